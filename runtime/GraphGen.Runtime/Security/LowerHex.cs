using System;

namespace GraphGen.Runtime;

/// <summary>
/// Lowercase hex, the form Facebook expects for <c>appsecret_proof</c> and audience hashes.
/// <c>Convert.ToHexStringLower</c> exists from .NET 9 only, and this runtime also targets .NET 8.
/// </summary>
internal static class LowerHex
{
    private const string Digits = "0123456789abcdef";

    /// <summary>Writes two characters per byte into <paramref name="destination"/>.</summary>
    public static void Write(ReadOnlySpan<byte> bytes, Span<char> destination)
    {
        for (int i = 0; i < bytes.Length; i++)
        {
            destination[2 * i] = Digits[bytes[i] >> 4];
            destination[(2 * i) + 1] = Digits[bytes[i] & 0xF];
        }
    }

    /// <summary>The bytes as a new lowercase hex string.</summary>
    public static string Format(ReadOnlySpan<byte> bytes)
    {
        Span<char> chars = bytes.Length <= 128 ? stackalloc char[bytes.Length * 2] : new char[bytes.Length * 2];
        Write(bytes, chars);
        return new string(chars);
    }
}
