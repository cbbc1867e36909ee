using System;
using System.Buffers;
using System.Text;

namespace GraphGen.Runtime.Audiences;

/// <summary>SHA-256 of a normalized value's UTF-8 bytes, as 64 lowercase hex characters, into a caller buffer.</summary>
public static class AudienceHasher
{
    /// <summary>Length of a SHA-256 digest in hex characters.</summary>
    public const int HexLength = 64;

    // Up to this many UTF-8 bytes are encoded on the stack; longer values rent from the shared pool.
    private const int StackByteLimit = 1024;

    /// <summary>
    /// Writes the lowercase hex SHA-256 of <paramref name="normalized"/> (encoded as UTF-8, as Facebook requires for
    /// non-ASCII names) into the first 64 characters of <paramref name="destination"/>. Allocates nothing.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than 64 characters.</exception>
    public static void Sha256Hex(ReadOnlySpan<char> normalized, Span<char> destination)
    {
        if (destination.Length < HexLength)
        {
            throw new ArgumentException("The destination needs room for 64 hex characters.", nameof(destination));
        }

        int maxBytes = Encoding.UTF8.GetMaxByteCount(normalized.Length);
        byte[]? rented = null;

        // Sized to the value: stackalloc zeroes what it reserves, so a fixed 1 KB buffer cost more than the hash.
        Span<byte> utf8 = maxBytes <= StackByteLimit
            ? stackalloc byte[maxBytes]
            : (rented = ArrayPool<byte>.Shared.Rent(maxBytes));
        try
        {
            int byteCount = Encoding.UTF8.GetBytes(normalized, utf8);
            // Managed SHA-256: for values of a block or two it is faster than a call into OpenSSL (docs/performance.md).
            Span<byte> digest = stackalloc byte[Sha256Managed.HashSizeInBytes];
            Sha256Managed.HashData(utf8.Slice(0, byteCount), digest);

            LowerHex.Write(digest, destination);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>The lowercase hex SHA-256 of <paramref name="normalized"/> as a new string.</summary>
    public static string Sha256Hex(ReadOnlySpan<char> normalized)
    {
        Span<char> hex = stackalloc char[HexLength];
        Sha256Hex(normalized, hex);
        return new string(hex);
    }

    /// <summary>Whether <paramref name="value"/> already is a SHA-256 hex digest (64 hex digits, either case).</summary>
    public static bool IsSha256Hex(ReadOnlySpan<char> value)
    {
        if (value.Length != HexLength)
        {
            return false;
        }

        foreach (char c in value)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
