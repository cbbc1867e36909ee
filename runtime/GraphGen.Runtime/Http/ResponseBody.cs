using System;
using System.Buffers;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace GraphGen.Runtime;

/// <summary>A response body read into a pooled buffer; dispose to return the buffer.</summary>
internal sealed class ResponseBody : IDisposable
{
    /// <summary>Larger bodies are refused: Graph pages are far smaller, so this is a runaway response.</summary>
    public const int MaxBytes = 64 * 1024 * 1024;

    private const int PreviewBytes = 256;

    private byte[]? _buffer;

    private ResponseBody(HttpStatusCode status, string? contentType, byte[] buffer, int length, GraphUsage? usage)
    {
        Status = status;
        ContentType = contentType;
        _buffer = buffer;
        Length = length;
        Usage = usage;
    }

    public HttpStatusCode Status { get; }
    public string? ContentType { get; }
    public int Length { get; }
    public GraphUsage? Usage { get; }

    public ReadOnlySpan<byte> Span => new(_buffer ?? throw new ObjectDisposedException(nameof(ResponseBody)), 0, Length);

    /// <summary>Reads the whole body; throws <see cref="IOException"/>/<see cref="HttpRequestException"/> when it is cut off.</summary>
    public static async Task<ResponseBody> ReadAsync(HttpResponseMessage response, GraphUsage? usage, CancellationToken cancellationToken)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        int length = 0;
        try
        {
            using Stream stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (buffer.Length >= MaxBytes) throw new InvalidDataException($"The response body exceeds {MaxBytes} bytes.");
                    byte[] larger = ArrayPool<byte>.Shared.Rent(Math.Min(MaxBytes, buffer.Length * 2));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                int read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                if (read == 0) break;
                length += read;
            }

            return new ResponseBody(response.StatusCode, response.Content.Headers.ContentType?.MediaType, buffer, length, usage);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    /// <summary>The first bytes as printable text with credentials redacted, for error messages.</summary>
    public string Preview(SecretRedactor redactor) => MakePreview(Span, redactor);

    public static string MakePreview(ReadOnlySpan<byte> body, SecretRedactor redactor)
    {
        if (body.IsEmpty) return string.Empty;

        // Redact a wider window before cutting, so a secret that straddles the cut cannot leave a visible prefix.
        string text = redactor.RedactText(Encoding.UTF8.GetString(body[..Math.Min(body.Length, PreviewBytes * 16)]))!;
        bool cut = text.Length > PreviewBytes || body.Length > PreviewBytes * 16;
        var sb = new StringBuilder(PreviewBytes + 1);
        foreach (char c in text.AsSpan(0, Math.Min(text.Length, PreviewBytes)))
        {
            sb.Append(char.IsControl(c) ? ' ' : c);
        }

        if (cut) sb.Append('…');
        return sb.ToString();
    }

    public void Dispose()
    {
        byte[]? buffer = Interlocked.Exchange(ref _buffer, null);
        if (buffer is not null) ArrayPool<byte>.Shared.Return(buffer);
    }
}
