using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace GraphGen.Runtime.Tests.Support;

/// <summary>
/// Runs <see cref="GraphJsonReader"/> and <see cref="Utf8JsonReader"/> (default options, MaxDepth 256) over the same
/// input in lockstep and fails on the first difference: token, offsets, depth, value bytes, text (or the refusal to
/// decode it: Utf8JsonReader's InvalidOperationException is our JsonException), numbers, or where the input is rejected.
/// </summary>
internal static class ReaderLockstep
{
    // Walks json with both readers in lockstep (Skip instead of Read once skipAt tokens have been read) and asserts each
    // step gives the same token or both reject; returns how many tokens were read and whether the input was rejected.
    // Messages are built only on a failure: this runs for every token of every input.
    internal static Outcome AssertSameTokens(ReadOnlySpan<byte> json, int skipAt = -1)
    {
        var expected = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = GraphJsonReader.MaxDepth });
        var actual = new GraphJsonReader(json);
        for (int tokens = 0; ; tokens++)
        {
            bool skip = tokens == skipAt;
            bool expectedMoved = true, actualMoved = true;
            JsonException? expectedError = null, actualError = null;
            try
            {
                if (skip) expected.Skip();
                else expectedMoved = expected.Read();
            }
            catch (JsonException ex)
            {
                expectedError = ex;
            }

            try
            {
                if (skip) actual.Skip();
                else actualMoved = actual.Read();
            }
            catch (JsonException ex)
            {
                actualError = ex;
            }
            catch (Exception ex)
            {
                Assert.Fail($"GraphJsonReader threw {ex.GetType().Name} (only JsonException is allowed) at token {tokens} of {Show(json)}\n{ex}");
            }

            if (expectedError is null != actualError is null)
            {
                Assert.Fail($"At token {tokens} ({(skip ? "Skip" : "Read")}) of {Show(json)}: Utf8JsonReader {expectedError?.Message ?? "read " + expected.TokenType}, " +
                    $"GraphJsonReader {actualError?.Message ?? "read " + actual.TokenType}");
            }

            if (expectedError is not null) return new Outcome(tokens, Rejected: true);
            if (expectedMoved != actualMoved) Assert.Fail($"At token {tokens} of {Show(json)}: Read() gave {expectedMoved} and {actualMoved}");
            if (!expectedMoved)
            {
                // At the end both stay at the end.
                if (expected.Read() || actual.Read()) Assert.Fail($"{Show(json)}: Read() after the end moved");
                return new Outcome(tokens, Rejected: false);
            }

            AssertSameToken(ref expected, ref actual, json, tokens);
        }
    }

    private static void AssertSameToken(ref Utf8JsonReader expected, ref GraphJsonReader actual, ReadOnlySpan<byte> json, int token)
    {
        JsonTokenType type = expected.TokenType;
        if (type != actual.TokenType) Differ(json, token, type, "TokenType", type, actual.TokenType);
        if (expected.TokenStartIndex != actual.TokenStartIndex) Differ(json, token, type, "TokenStartIndex", expected.TokenStartIndex, actual.TokenStartIndex);
        if (expected.CurrentDepth != actual.CurrentDepth) Differ(json, token, type, "CurrentDepth", expected.CurrentDepth, actual.CurrentDepth);
        if (expected.BytesConsumed != actual.BytesConsumed) Differ(json, token, type, "BytesConsumed", expected.BytesConsumed, actual.BytesConsumed);
        if (!expected.ValueSpan.SequenceEqual(actual.ValueSpan))
        {
            Differ(json, token, type, "ValueSpan", Show(expected.ValueSpan), Show(actual.ValueSpan));
        }

        if (expected.ValueIsEscaped != actual.ValueIsEscaped) Differ(json, token, type, "ValueIsEscaped", expected.ValueIsEscaped, actual.ValueIsEscaped);
        if (type is JsonTokenType.String or JsonTokenType.PropertyName)
        {
            AssertSameText(ref expected, ref actual, json, token);
        }
        else if (type == JsonTokenType.Number)
        {
            bool expectedOk = expected.TryGetInt32(out int expectedInt32), actualOk = actual.TryGetInt32(out int actualInt32);
            if (expectedOk != actualOk || expectedInt32 != actualInt32) Differ(json, token, type, "TryGetInt32", (expectedOk, expectedInt32), (actualOk, actualInt32));
            expectedOk = expected.TryGetInt64(out long expectedInt64);
            actualOk = actual.TryGetInt64(out long actualInt64);
            if (expectedOk != actualOk || expectedInt64 != actualInt64) Differ(json, token, type, "TryGetInt64", (expectedOk, expectedInt64), (actualOk, actualInt64));
            expectedOk = expected.TryGetDouble(out double expectedDouble);
            actualOk = actual.TryGetDouble(out double actualDouble);
            if (expectedOk != actualOk || BitConverter.DoubleToInt64Bits(expectedDouble) != BitConverter.DoubleToInt64Bits(actualDouble))
            {
                Differ(json, token, type, "TryGetDouble", (expectedOk, expectedDouble), (actualOk, actualDouble));
            }
        }
    }

    // The text, or the same refusal: Utf8JsonReader's InvalidOperationException is our JsonException.
    private static void AssertSameText(ref Utf8JsonReader expected, ref GraphJsonReader actual, ReadOnlySpan<byte> json, int token)
    {
        string? expectedText = null, actualText = null;
        bool expectedFailed = false, actualFailed = false;
        try
        {
            expectedText = expected.GetString();
        }
        catch (InvalidOperationException)
        {
            expectedFailed = true;
        }

        try
        {
            actualText = actual.GetString();
        }
        catch (JsonException)
        {
            actualFailed = true;
        }

        if (expectedFailed != actualFailed) Differ(json, token, expected.TokenType, "GetString failed", expectedFailed, actualFailed);
        if (expectedText != actualText) Differ(json, token, expected.TokenType, "GetString", expectedText, actualText);
        if (actualText is not null && !actual.ValueTextEquals(Encoding.UTF8.GetBytes(actualText))) Differ(json, token, expected.TokenType, "ValueTextEquals", true, false);
    }

    private static void Differ<T>(ReadOnlySpan<byte> json, int token, JsonTokenType type, string what, T expected, T actual) =>
        Assert.Fail($"Token {token} ({type}) of {Show(json)}: {what} is {expected} in Utf8JsonReader, {actual} in GraphJsonReader.");

    // Utf8JsonReader's tokens as a generated reader sees them: a property name as its unescaped UTF-8 (ReadProperty
    // decodes escaped names, so one that does not decode is a rejection; an unescaped one is handed out as it is).
    internal static List<string> ModelWalk(ReadOnlySpan<byte> json, out bool rejected)
    {
        var tokens = new List<string>();
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = GraphJsonReader.MaxDepth });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType != JsonTokenType.PropertyName)
                {
                    tokens.Add(Token(reader.TokenType, reader.TokenStartIndex, reader.ValueSpan));
                }
                else if (!reader.ValueIsEscaped)
                {
                    tokens.Add(Name(reader.ValueSpan));
                }
                else
                {
                    string? name;
                    try
                    {
                        name = reader.GetString();
                    }
                    catch (InvalidOperationException)
                    {
                        rejected = true;
                        return tokens;
                    }

                    tokens.Add(Name(Encoding.UTF8.GetBytes(name!)));
                }
            }

            rejected = false;
        }
        catch (JsonException)
        {
            rejected = true;
        }

        return tokens;
    }

    // Our tokens as a generated reader reads them: ReadProperty in objects, Read in arrays.
    internal static List<string> PropertyWalk(ReadOnlySpan<byte> json, out bool rejected)
    {
        var tokens = new List<string>();
        var reader = new GraphJsonReader(json);
        try
        {
            reader.Read();
            WalkValue(ref reader, tokens);
            rejected = reader.Read();
        }
        catch (JsonException)
        {
            rejected = true;
        }

        return tokens;
    }

    private static void WalkValue(ref GraphJsonReader reader, List<string> tokens)
    {
        tokens.Add(Token(reader.TokenType, reader.TokenStartIndex, reader.ValueSpan));
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            while (reader.ReadProperty(out ReadOnlySpan<byte> name))
            {
                tokens.Add(Name(name));
                WalkValue(ref reader, tokens);
            }

            tokens.Add(Token(reader.TokenType, reader.TokenStartIndex, default));
        }
        else if (reader.TokenType == JsonTokenType.StartArray)
        {
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                WalkValue(ref reader, tokens);
            }

            tokens.Add(Token(reader.TokenType, reader.TokenStartIndex, default));
        }
    }

    private static string Token(JsonTokenType type, long start, ReadOnlySpan<byte> value) =>
        type is JsonTokenType.String or JsonTokenType.Number ? $"{type}@{start}:{Convert.ToHexString(value)}" : $"{type}@{start}";

    private static string Name(ReadOnlySpan<byte> utf8) => "Name:" + Convert.ToHexString(utf8);

    internal static string Show(ReadOnlySpan<byte> json)
    {
        var text = new StringBuilder(json.Length + 2).Append('`');
        foreach (byte b in json.Length > 300 ? json[..300] : json)
        {
            if (b is >= 0x20 and < 0x7F) text.Append((char)b);
            else text.Append("\\x").Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return text.Append(json.Length > 300 ? "…` (" + json.Length + " bytes)" : "`").ToString();
    }

    internal readonly record struct Outcome(int Tokens, bool Rejected);
}
