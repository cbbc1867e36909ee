using System;
using System.Security.Cryptography;
using GraphGen.Runtime.Audiences;

namespace GraphGen.Audiences.Tests;

/// <summary>The managed SHA-256 the hasher uses for short values gives exactly the platform's digests.</summary>
public sealed class Sha256ManagedTests
{
    [Fact]
    public void Every_length_up_to_four_blocks_hashes_like_the_platform()
    {
        var rng = new Random(20261130);
        Span<byte> expected = stackalloc byte[32];
        Span<byte> actual = stackalloc byte[32];
        for (int length = 0; length <= 260; length++)
        {
            for (int sample = 0; sample < 20; sample++)
            {
                byte[] data = new byte[length];
                rng.NextBytes(data);
                SHA256.HashData(data, expected);
                Sha256Managed.HashData(data, actual);
                Assert.True(expected.SequenceEqual(actual), $"length {length}: {Convert.ToHexString(data)}");
            }
        }
    }

    [Theory]
    [InlineData("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    [InlineData("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")]
    public void Fips_180_examples_give_their_published_digests(string text, string hex)
    {
        Span<byte> digest = stackalloc byte[32];
        Sha256Managed.HashData(System.Text.Encoding.ASCII.GetBytes(text), digest);
        Assert.Equal(hex, Convert.ToHexString(digest).ToLowerInvariant());
    }
}
