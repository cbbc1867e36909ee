using System;
using System.Buffers;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace GraphGen.Runtime;

/// <summary>
/// One file part of a multipart body: opens the <see cref="GraphFile"/> when the handler asks for the bytes (so every
/// attempt and every redirect hop reads the file from its start) and copies it in pooled chunks, never buffering it.
/// A file whose declared length differs from what the stream gives fails the attempt instead of sending a body the
/// <c>Content-Length</c> does not describe.
/// </summary>
internal sealed class GraphFileContent : HttpContent
{
    private const int ChunkSize = 81920;

    private readonly GraphFile _file;
    private readonly long? _length;

    public GraphFileContent(GraphFile file)
    {
        _file = file;
        _length = file.Length;
        Headers.ContentType = MediaTypeHeaderValue.Parse(file.ContentType);
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        Stream source = await _file.OpenAsync(cancellationToken).ConfigureAwait(false);
        byte[] buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            long sent = 0;
            int read;
            while ((read = await source.ReadAsync(buffer.AsMemory(0, ChunkSize), cancellationToken).ConfigureAwait(false)) > 0)
            {
                sent += read;
                if (sent > _length) break;
                await stream.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
            }

            if (_length is { } expected && sent != expected)
            {
                throw new IOException($"File '{_file.FileName}' gave {(sent > expected ? "more than" : sent.ToString(System.Globalization.CultureInfo.InvariantCulture))} bytes where {expected} were declared; nothing more was sent.");
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            if (_file.OwnsStream) await source.DisposeAsync().ConfigureAwait(false);
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = _length ?? 0;
        return _length is not null;
    }
}
