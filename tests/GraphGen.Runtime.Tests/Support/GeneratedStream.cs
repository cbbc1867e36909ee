using System;
using System.IO;
using System.Security.Cryptography;

namespace GraphGen.Runtime.Tests.Support;

/// <summary>
/// A read-only stream of <c>length</c> pseudo-random bytes made on the fly (nothing held but the generator state),
/// hashing what it hands out so a test can compare it with what the server received.
/// </summary>
internal sealed class GeneratedStream : Stream
{
    private readonly long _length;
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private ulong _state;
    private long _position;
    private string? _finalHash;

    public GeneratedStream(long length, ulong seed = 0x9E3779B97F4A7C15)
    {
        _length = length;
        _state = seed;
    }

    /// <summary>The SHA-256 of the bytes read so far, lower-case hex.</summary>
    public string Sha256 => _finalHash ?? Convert.ToHexStringLower(_hash.GetCurrentHash());

    public long BytesRead => _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    // Synchronous underneath: the base class would queue every read to the thread pool.
    public override System.Threading.Tasks.ValueTask<int> ReadAsync(Memory<byte> buffer, System.Threading.CancellationToken cancellationToken = default) =>
        System.Threading.Tasks.ValueTask.FromResult(Read(buffer.Span));

    public override int Read(Span<byte> buffer)
    {
        int count = (int)Math.Min(buffer.Length, _length - _position);
        for (int i = 0; i < count; i++)
        {
            // xorshift64: cheap, deterministic, not compressible.
            _state ^= _state << 13;
            _state ^= _state >> 7;
            _state ^= _state << 17;
            buffer[i] = (byte)_state;
        }

        _hash.AppendData(buffer[..count]);
        _position += count;
        return count;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && _finalHash is null)
        {
            _finalHash = Sha256;
            _hash.Dispose();
        }

        base.Dispose(disposing);
    }
}
