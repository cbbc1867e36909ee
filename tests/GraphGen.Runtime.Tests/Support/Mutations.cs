using System;
using System.Collections.Generic;
using System.Text;

namespace GraphGen.Runtime.Tests.Support;

/// <summary>
/// Deterministic mutations of a valid JSON input, for fuzz tests that must run the same way every time: truncation at
/// every byte, byte flips, values swapped for other types and extreme numbers, invalid UTF-8, lone surrogates
/// (escaped and raw) and deep nesting. A fixed seed; the count is bounded by the caller.
/// </summary>
internal static class Mutations
{
    // Values a field of any type may be swapped for.
    private static readonly string[] Replacements =
    {
        "1e300", "-1e300", "1e-300", "99999999999999999999999999", "-1", "0", "1.5", "\"NaN\"", "\"Infinity\"", "\"-Infinity\"",
        "\"1e300\"", "\"\\ud800\"", "\"\\udc00x\"", "\"a\\ud800\"", "[]", "{}", "null", "true", "\"\"", "[1,\"a\",{}]",
        "{\"id\":{}}", "\"0001-01-01T00:00:00+1400\"", "\"9999-12-31T23:59:59-1400\"", "-62135596801", "253402300800",
        "\"2019-02-30T00:00:00+0000\"", "\"9999999999999999999\"",
    };

    private static readonly byte[][] BadUtf8 =
    {
        new byte[] { 0xFF }, new byte[] { 0xC0, 0x80 }, new byte[] { 0x80 }, new byte[] { 0xE2, 0x82 }, new byte[] { 0xED, 0xA0, 0x80 },
        new byte[] { 0xF4, 0x90, 0x80, 0x80 },
    };

    /// <summary>Every prefix of <paramref name="json"/>, then <paramref name="random"/> more mutations from a fixed seed.</summary>
    public static IEnumerable<byte[]> Of(byte[] json, int random, int seed = 20261130)
    {
        for (int length = 0; length < json.Length; length++)
        {
            yield return json.AsSpan(0, length).ToArray();
        }

        var rng = new Random(seed);
        string text = Encoding.UTF8.GetString(json);
        for (int i = 0; i < random; i++)
        {
            yield return (i % 6) switch
            {
                0 => FlipBytes(json, rng),
                1 => Encoding.UTF8.GetBytes(SwapValue(text, rng)),
                2 => InsertBadUtf8(json, rng),
                3 => Encoding.UTF8.GetBytes(SwapValue(SwapValue(text, rng), rng)),
                4 => Nest(json, rng),
                _ => Encoding.UTF8.GetBytes(InsertEscapedSurrogate(text, rng)),
            };
        }
    }

    /// <summary>Mutated header strings (UTF-16, so raw lone surrogates are possible too).</summary>
    public static IEnumerable<string> OfText(string value, int random, int seed = 20261130)
    {
        for (int length = 0; length < value.Length; length++)
        {
            yield return value[..length];
        }

        var rng = new Random(seed);
        for (int i = 0; i < random; i++)
        {
            yield return (i % 4) switch
            {
                0 => SwapValue(value, rng),
                1 => value.Insert(rng.Next(value.Length + 1), rng.Next(2) == 0 ? "\uD800" : "\uDC00"),
                2 => InsertEscapedSurrogate(SwapValue(value, rng), rng),
                _ => Encoding.UTF8.GetString(FlipBytes(Encoding.UTF8.GetBytes(value), rng)),
            };
        }
    }

    private static byte[] FlipBytes(byte[] json, Random rng)
    {
        byte[] copy = (byte[])json.Clone();
        int flips = 1 + rng.Next(3);
        for (int f = 0; f < flips && copy.Length > 0; f++)
        {
            copy[rng.Next(copy.Length)] = (byte)rng.Next(256);
        }

        return copy;
    }

    // Replaces one scalar value (after a ':' or in an array) with another type or an extreme number.
    private static string SwapValue(string text, Random rng)
    {
        var starts = new List<int>();
        for (int i = 0; i < text.Length - 1; i++)
        {
            if (text[i] is ':' or '[' or ',') starts.Add(i + 1);
        }

        if (starts.Count == 0) return text;
        int start = starts[rng.Next(starts.Count)];
        while (start < text.Length && text[start] == ' ') start++;
        int end = ScalarEnd(text, start);
        return string.Concat(text.AsSpan(0, start), Replacements[rng.Next(Replacements.Length)], text.AsSpan(end));
    }

    private static int ScalarEnd(string text, int start)
    {
        if (start >= text.Length) return start;
        if (text[start] == '"')
        {
            for (int i = start + 1; i < text.Length; i++)
            {
                if (text[i] == '\\') i++;
                else if (text[i] == '"') return i + 1;
            }

            return text.Length;
        }

        if (text[start] is '{' or '[') return start; // insert before a container: its value becomes malformed or extra
        int j = start;
        while (j < text.Length && text[j] is not (',' or '}' or ']')) j++;
        return j;
    }

    private static byte[] InsertBadUtf8(byte[] json, Random rng)
    {
        // Inside a string when possible: that is where a reader decodes text.
        int quote = Array.IndexOf(json, (byte)'"', rng.Next(Math.Max(1, json.Length)));
        int at = quote < 0 ? rng.Next(json.Length + 1) : quote + 1;
        byte[] bad = BadUtf8[rng.Next(BadUtf8.Length)];
        var result = new byte[json.Length + bad.Length];
        json.AsSpan(0, at).CopyTo(result);
        bad.CopyTo(result, at);
        json.AsSpan(at).CopyTo(result.AsSpan(at + bad.Length));
        return result;
    }

    private static string InsertEscapedSurrogate(string text, Random rng)
    {
        int quote = text.IndexOf('"', rng.Next(Math.Max(1, text.Length)));
        if (quote < 0) return text;
        return text.Insert(quote + 1, rng.Next(2) == 0 ? "\\ud800" : "\\udfff");
    }

    private static byte[] Nest(byte[] json, Random rng)
    {
        int depth = rng.Next(2) == 0 ? 300 : 5_000;
        string open = new('[', depth);
        string close = new(']', depth);
        string text = Encoding.UTF8.GetString(json);
        int colon = text.IndexOf(':', rng.Next(Math.Max(1, text.Length)));
        if (colon < 0) return Encoding.UTF8.GetBytes(open + text + close);
        int end = ScalarEnd(text, colon + 1);
        return Encoding.UTF8.GetBytes(text[..(colon + 1)] + open + "1" + close + text[end..]);
    }
}
