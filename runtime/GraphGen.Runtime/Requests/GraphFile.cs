using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace GraphGen.Runtime;

/// <summary>
/// A file parameter (an ad image, a video, a photo's <c>source</c>): sent as one part of a <c>multipart/form-data</c>
/// body, streamed from its source in chunks, never read into memory whole. The content is opened once per attempt,
/// so a retried or redirected request sends the whole file again: create it from something that can be reopened
/// (<see cref="FromPath"/>, <see cref="FromStream(Func{CancellationToken, ValueTask{Stream}}, string, string?, long?)"/>,
/// <see cref="FromBytes"/>). A file made from one open stream (<see cref="FromStream(Stream, string, string?)"/>) is
/// rewound per attempt when it can seek; when it cannot, the request is sent once and not retried, rather than
/// resent half-read.
/// </summary>
public sealed class GraphFile
{
    /// <summary>The content type sent when none is given.</summary>
    public const string DefaultContentType = "application/octet-stream";

    private readonly Func<CancellationToken, ValueTask<Stream>> _open;
    private readonly Func<long?> _length;

    private GraphFile(Func<CancellationToken, ValueTask<Stream>> open, Func<long?> length, string fileName, string? contentType, bool canResend, bool ownsStream = true)
    {
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        if (fileName.IndexOfAny(['\r', '\n', '"']) >= 0) throw new ArgumentException("A file name must not contain quotes or line breaks.", nameof(fileName));
        if (!string.IsNullOrEmpty(contentType) && !System.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out _))
        {
            throw new ArgumentException($"'{contentType}' is not a content type such as image/png.", nameof(contentType));
        }

        _open = open;
        _length = length;
        FileName = fileName;
        ContentType = string.IsNullOrEmpty(contentType) ? DefaultContentType : contentType;
        CanResend = canResend;
        OwnsStream = ownsStream;
    }

    /// <summary>The file name Graph is told (the <c>filename</c> of the part); Graph uses its extension to tell formats apart.</summary>
    public string FileName { get; }

    /// <summary>The part's content type, e.g. <c>image/jpeg</c> or <c>video/mp4</c>.</summary>
    public string ContentType { get; }

    /// <summary>Whether the content can be sent again (a retry, a redirect); <c>false</c> only for a non-seekable stream.</summary>
    public bool CanResend { get; }

    /// <summary>A file on disk, opened (read-only, shared read) for each attempt.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="contentType">The content type; <see cref="DefaultContentType"/> when <c>null</c>.</param>
    /// <param name="fileName">The name sent to Graph; the path's file name when <c>null</c>.</param>
    /// <returns>The file.</returns>
    /// <exception cref="FileNotFoundException">There is no file at <paramref name="path"/>.</exception>
    public static GraphFile FromPath(string path, string? contentType = null, string? fileName = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string full = Path.GetFullPath(path);
        // Checked here, where the caller can act on it, rather than as a transport failure the client would retry.
        if (!File.Exists(full)) throw new FileNotFoundException("No file to upload at the given path.", full);
        return new GraphFile(
            _ => ValueTask.FromResult<Stream>(new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.Asynchronous | FileOptions.SequentialScan)),
            () => new FileInfo(full).Length,
            fileName ?? Path.GetFileName(full),
            contentType,
            canResend: true);
    }

    /// <summary>Content opened by <paramref name="open"/> once per attempt; the stream returned is disposed after it is sent.</summary>
    /// <param name="open">Opens the content from its start, e.g. a blob download or a generated stream.</param>
    /// <param name="fileName">The name sent to Graph.</param>
    /// <param name="contentType">The content type; <see cref="DefaultContentType"/> when <c>null</c>.</param>
    /// <param name="length">The length in bytes when known: sent as the part's length (no chunked encoding) and checked.</param>
    /// <returns>The file.</returns>
    public static GraphFile FromStream(Func<CancellationToken, ValueTask<Stream>> open, string fileName, string? contentType = null, long? length = null)
    {
        ArgumentNullException.ThrowIfNull(open);
        if (length < 0) throw new ArgumentOutOfRangeException(nameof(length), "The length must not be negative.");
        return new GraphFile(open, () => length, fileName, contentType, canResend: true);
    }

    /// <summary>
    /// An open stream, read from its current position. A seekable stream is rewound to that position for each attempt;
    /// a non-seekable one is sent once: the request is not retried, and a second send fails instead of sending a
    /// half-read stream. The caller keeps ownership and disposes it after the call.
    /// </summary>
    /// <param name="stream">The stream.</param>
    /// <param name="fileName">The name sent to Graph.</param>
    /// <param name="contentType">The content type; <see cref="DefaultContentType"/> when <c>null</c>.</param>
    /// <returns>The file.</returns>
    public static GraphFile FromStream(Stream stream, string fileName, string? contentType = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanRead) throw new ArgumentException("The stream is not readable.", nameof(stream));
        if (stream.CanSeek)
        {
            long start = stream.Position;
            return new GraphFile(
                _ =>
                {
                    stream.Position = start;
                    return ValueTask.FromResult(stream);
                },
                () => stream.Length - start, fileName, contentType, canResend: true, ownsStream: false);
        }

        int opened = 0;
        return new GraphFile(
            _ => Interlocked.Exchange(ref opened, 1) == 0
                ? ValueTask.FromResult(stream)
                : throw new InvalidOperationException($"The stream of file '{fileName}' cannot seek and was already sent once; use GraphFile.FromStream(open, ...) to resend it."),
            () => null, fileName, contentType, canResend: false, ownsStream: false);
    }

    /// <summary>Content held in memory (small images); the bytes are not copied, so do not change them during the call.</summary>
    /// <param name="content">The content.</param>
    /// <param name="fileName">The name sent to Graph.</param>
    /// <param name="contentType">The content type; <see cref="DefaultContentType"/> when <c>null</c>.</param>
    /// <returns>The file.</returns>
    public static GraphFile FromBytes(ReadOnlyMemory<byte> content, string fileName, string? contentType = null) =>
        new(_ => ValueTask.FromResult(AsStream(content)), () => content.Length, fileName, contentType, canResend: true);

    /// <inheritdoc />
    public override string ToString() => $"{FileName} ({ContentType})";

    /// <summary>Opens the content from its start, for one attempt.</summary>
    internal ValueTask<Stream> OpenAsync(CancellationToken cancellationToken) => _open(cancellationToken);

    /// <summary>The length in bytes, when known before sending.</summary>
    internal long? Length => _length();

    /// <summary>Whether the stream <see cref="OpenAsync"/> returns is disposed after sending (not a caller's stream).</summary>
    internal bool OwnsStream { get; }

    private static Stream AsStream(ReadOnlyMemory<byte> content) =>
        System.Runtime.InteropServices.MemoryMarshal.TryGetArray(content, out ArraySegment<byte> segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false);
}
