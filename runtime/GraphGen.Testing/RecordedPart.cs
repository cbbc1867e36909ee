namespace GraphGen.Testing;

/// <summary>
/// One part of a <c>multipart/form-data</c> request the <see cref="FakeGraphServer"/> received. A file part is read
/// in chunks and hashed as it arrives: its bytes are kept only up to <see cref="FakeGraphServer.KeepFileBytesUpTo"/>,
/// so a test can upload gigabytes and still assert what arrived.
/// </summary>
/// <param name="Name">The part's form name, e.g. <c>source</c>.</param>
/// <param name="FileName">The file name of a file part; <c>null</c> for a plain form field.</param>
/// <param name="ContentType">The part's content type, or <c>null</c>.</param>
/// <param name="Length">The number of bytes the part held.</param>
/// <param name="Sha256">The SHA-256 of the part's bytes, lower-case hex.</param>
/// <param name="Content">The bytes, when <paramref name="Length"/> is at most <see cref="FakeGraphServer.KeepFileBytesUpTo"/>
/// (always for form fields); otherwise <c>null</c>.</param>
public sealed record RecordedPart(string Name, string? FileName, string? ContentType, long Length, string Sha256, byte[]? Content)
{
    /// <summary>Whether the part is a file (has a file name).</summary>
    public bool IsFile => FileName is not null;
}
