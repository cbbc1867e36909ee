using System;
using System.Security.Cryptography;

namespace GraphGen.Runtime.Audiences;

/// <summary>
/// Normalizes and hashes the values of one upload into caller buffers, reusing one SHA-256 state for every value
/// (the uploader makes one per upload). Same rules and results as <see cref="AudienceNormalizer.TryNormalizeToWire"/>;
/// allocates nothing per value. Not thread-safe: one instance per upload or thread.
/// </summary>
public sealed class AudienceWireEncoder : IDisposable
{
    private readonly IncrementalHash _sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    /// <summary>Creates an encoder for values in the given form.</summary>
    /// <param name="form">What was already done to the values. Default <see cref="AudienceValueForm.Raw"/>.</param>
    public AudienceWireEncoder(AudienceValueForm form = AudienceValueForm.Raw) => Form = form;

    /// <summary>What was already done to the values this encoder is given.</summary>
    public AudienceValueForm Form { get; }

    /// <summary>
    /// Writes the wire value of <paramref name="input"/> for <paramref name="key"/>: the SHA-256 hex of the normalized
    /// value for hashed keys, the normalized value for the others, nothing (<paramref name="written"/> = 0) when empty.
    /// </summary>
    /// <param name="key">The column.</param>
    /// <param name="input">The value.</param>
    /// <param name="output">At least <see cref="AudienceNormalizer.GetMaxWireLength"/> characters.</param>
    /// <param name="written">Characters written.</param>
    /// <param name="reason">Why the value was refused.</param>
    /// <returns><see langword="false"/> when the value cannot be sent.</returns>
    /// <exception cref="ArgumentException"><paramref name="output"/> is too short.</exception>
    public bool TryEncode(AudienceKey key, ReadOnlySpan<char> input, Span<char> output, out int written, out AudienceRejectReason reason) =>
        AudienceNormalizer.TryEncode(key, input, Form, _sha256, output, out written, out reason);

    /// <inheritdoc />
    public void Dispose() => _sha256.Dispose();
}
