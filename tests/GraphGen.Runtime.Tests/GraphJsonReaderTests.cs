using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using GraphGen.Runtime.Tests.Support;
using static GraphGen.Runtime.Tests.Support.ReaderLockstep;

namespace GraphGen.Runtime.Tests;

/// <summary>
/// <see cref="GraphJsonReader"/> against <see cref="Utf8JsonReader"/> (default options, MaxDepth 256), token by token:
/// the same tokens, values, offsets and depths, the same text or the same refusal to decode it, and the same inputs
/// rejected at the same token. Ours may only ever throw <see cref="JsonException"/>.
/// </summary>
public sealed class GraphJsonReaderTests
{
    private const int RandomMutations = 3_000;

    private const string User = GraphUserPayload.FullUser;

    // A page of insights, compact as Graph sends it: escapes of every kind, an emoji pair, numbers of every shape, dates.
    private const string InsightsPage = """
        {"data":[{"name":"page_impressions","period":"day","values":[{"value":1234567,"end_time":"2024-02-28T08:00:00+0000"},{"value":0,"end_time":"2024-02-29T08:00:00+0000"}],"title":"Daily Total Impressions","description":"Daily: The number of times any content from your Page or about your Page entered a person's screen.\n\t\"Total\" \u00e9\ud83d\ude00 \/ \\ \b\f\r","id":"108424279189115\/insights\/page_impressions\/day"},{"name":"page_fan_adds_by_paid_non_paid_unique","period":"lifetime","values":[{"value":{"paid":-0,"unpaid":12.5e-3,"total":1E5,"ratio":-1.5e-3,"big":123456789012345678901234567890,"huge":1e400},"end_time":1546344000}],"id":"108424279189115\/insights\/x"}],
         "paging":{"previous":"https://graph.facebook.com/v25.0/108424279189115/insights?since=1&until=2","next":null},"summary":{"total_count":2,"can_like":true,"has_more":false}}
        """;

    public static TheoryData<string> Payloads() => new() { "User", "InsightsPage" };

    [Theory]
    [InlineData("\\\"", "\"")]
    [InlineData("\\\\", "\\")]
    [InlineData("\\/", "/")]
    [InlineData("\\b", "\b")]
    [InlineData("\\f", "\f")]
    [InlineData("\\n", "\n")]
    [InlineData("\\r", "\r")]
    [InlineData("\\t", "\t")]
    [InlineData("\\u00e9", "\u00e9")]
    [InlineData("\\u00E9", "\u00e9")]
    [InlineData("\\u0000", "\0")]
    [InlineData("caf\\u00e9 au lait", "caf\u00e9 au lait")]
    [InlineData("\\ud83d\\ude00", "\U0001F600")]
    [InlineData("a\\uD83D\\uDE00b", "a\U0001F600b")]
    [InlineData("\\\\ud800", "\\ud800")]
    [InlineData("\u00e9\\n\U0001F600\\t\u2019", "\u00e9\n\U0001F600\t\u2019")]
    public void Every_escape_decodes_as_utf8_json_reader_decodes_it(string escaped, string text)
    {
        foreach ((byte[] json, long start) in InEveryPlace(escaped))
        {
            Outcome outcome = AssertSameTokens(json);
            Assert.False(outcome.Rejected, Show(json));
            GraphJsonReader reader = At(json, start);
            Assert.Equal(text, reader.GetString());
            Assert.Equal(escaped.Contains('\\', StringComparison.Ordinal), reader.ValueIsEscaped);
            Assert.True(reader.ValueTextEquals(Encoding.UTF8.GetBytes(text)));
        }
    }

    [Theory]
    [InlineData("\\ud83d")]
    [InlineData("\\ude00")]
    [InlineData("abc\\udc00")]
    [InlineData("\\ud83d\\u0041")]
    [InlineData("\\ud83d\\n")]
    [InlineData("\\ud83dx")]
    [InlineData("\\ud83d\\ud83d")]
    [InlineData("\\ude00\\ud83d")]
    [InlineData("\\ud83d\\ude00\\ud83d")]
    public void A_lone_or_unpaired_surrogate_escape_reads_but_its_text_is_a_json_error(string escaped)
    {
        foreach ((byte[] json, long start) in InEveryPlace(escaped))
        {
            Assert.False(AssertSameTokens(json).Rejected, Show(json));
            Assert.Throws<JsonException>(() => At(json, start).GetString());
        }
    }

    [Theory]
    [InlineData("\\a")]
    [InlineData("\\x41")]
    [InlineData("\\U00e9")]
    [InlineData("\\u00g9")]
    [InlineData("\\u00e")]
    [InlineData("\\u12")]
    [InlineData("\\u")]
    [InlineData("\\'")]
    [InlineData("\\0")]
    [InlineData("\\ ")]
    [InlineData("\\")]
    [InlineData("\\\\\\")]
    public void An_invalid_escape_is_rejected(string escaped)
    {
        foreach ((byte[] json, long start) in InEveryPlace(escaped))
        {
            Assert.True(AssertSameTokens(json).Rejected, Show(json));
        }
    }

    [Fact]
    public void A_control_byte_in_a_string_is_rejected_and_del_is_not()
    {
        for (int c = 0; c <= 0x7F; c++)
        {
            foreach ((byte[] json, long start) in InEveryPlace(Encoding.Latin1.GetString(new[] { (byte)c })))
            {
                Outcome outcome = AssertSameTokens(json);
                Assert.Equal(c < 0x20 || c == '"' || c == '\\', outcome.Rejected);
            }
        }
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("1E5")]
    [InlineData("1e5")]
    [InlineData("1e+5")]
    [InlineData("1E-5")]
    [InlineData("-1.5e-3")]
    [InlineData("0.1")]
    [InlineData("1.0")]
    [InlineData("-0.0e0")]
    [InlineData("2147483647")]
    [InlineData("2147483648")]
    [InlineData("-2147483648")]
    [InlineData("-2147483649")]
    [InlineData("9223372036854775807")]
    [InlineData("9223372036854775808")]
    [InlineData("-9223372036854775808")]
    [InlineData("123456789012345678901234567890")]
    [InlineData("1e400")]
    [InlineData("-1e400")]
    [InlineData("1e-400")]
    [InlineData("4.9e-324")]
    [InlineData("1.7976931348623157e308")]
    public void A_json_number_reads_with_the_same_integer_and_double_values(string number)
    {
        foreach (byte[] json in InEveryValuePlace(number))
        {
            Assert.False(AssertSameTokens(json).Rejected, Show(json));
        }
    }

    [Theory]
    [InlineData("01")]
    [InlineData("-01")]
    [InlineData("00")]
    [InlineData("1.")]
    [InlineData(".5")]
    [InlineData("1.e5")]
    [InlineData("1e")]
    [InlineData("1e+")]
    [InlineData("1E-")]
    [InlineData("1ee5")]
    [InlineData("1e5.5")]
    [InlineData("1.5.2")]
    [InlineData("-")]
    [InlineData("--1")]
    [InlineData("+1")]
    [InlineData("-a")]
    [InlineData("1a")]
    [InlineData("0x10")]
    [InlineData("Infinity")]
    [InlineData("NaN")]
    [InlineData("1/")]
    public void A_malformed_number_is_rejected(string number)
    {
        foreach (byte[] json in InEveryValuePlace(number))
        {
            Assert.True(AssertSameTokens(json).Rejected, Show(json));
        }
    }

    [Theory]
    [InlineData("true", false)]
    [InlineData("false", false)]
    [InlineData("null", false)]
    [InlineData("tru", true)]
    [InlineData("t", true)]
    [InlineData("nul", true)]
    [InlineData("fals", true)]
    [InlineData("falsey", true)]
    [InlineData("truex", true)]
    [InlineData("true1", true)]
    [InlineData("nulll", true)]
    [InlineData("True", true)]
    [InlineData("NULL", true)]
    [InlineData("nan", true)]
    public void Literals_are_read_exactly(string literal, bool rejected)
    {
        foreach (byte[] json in InEveryValuePlace(literal))
        {
            Assert.Equal(rejected, AssertSameTokens(json).Rejected);
        }
    }

    [Theory]
    [InlineData("{}", false)]
    [InlineData("[]", false)]
    [InlineData("[[],{},[{}]]", false)]
    [InlineData("{\"a\":1,\"a\":2}", false)]
    [InlineData("{\"\":{\"\":[]}}", false)]
    [InlineData("{\"a\":1,}", true)]
    [InlineData("[1,]", true)]
    [InlineData("[1,,2]", true)]
    [InlineData("[,]", true)]
    [InlineData("[,1]", true)]
    [InlineData("{,}", true)]
    [InlineData("{\"a\" 1}", true)]
    [InlineData("{\"a\"}", true)]
    [InlineData("{\"a\",1}", true)]
    [InlineData("{\"a\"::1}", true)]
    [InlineData("{\"a\":1 \"b\":2}", true)]
    [InlineData("[1 2]", true)]
    [InlineData("[\"a\" \"b\"]", true)]
    [InlineData("{", true)]
    [InlineData("[", true)]
    [InlineData("{\"a\":1", true)]
    [InlineData("{\"a\":", true)]
    [InlineData("{\"a\"", true)]
    [InlineData("{\"a", true)]
    [InlineData("[1", true)]
    [InlineData("[1,", true)]
    [InlineData("[[[]]", true)]
    [InlineData("]", true)]
    [InlineData("}", true)]
    [InlineData("[]]", true)]
    [InlineData("{}}", true)]
    [InlineData("[}", true)]
    [InlineData("{]", true)]
    [InlineData("[1}", true)]
    [InlineData("{\"a\":1]", true)]
    [InlineData("{\"a\":[1}]", true)]
    [InlineData("", true)]
    [InlineData(" ", true)]
    [InlineData(" \t\r\n ", true)]
    [InlineData("1 2", true)]
    [InlineData("{} {}", true)]
    [InlineData("[][]", true)]
    [InlineData("\"a\" \"b\"", true)]
    [InlineData("[] x", true)]
    [InlineData("{1:2}", true)]
    [InlineData("{a:1}", true)]
    [InlineData("{'a':1}", true)]
    [InlineData("['a']", true)]
    [InlineData("{\"a\":1}:", true)]
    [InlineData("//c\n1", true)]
    [InlineData("/*c*/1", true)]
    [InlineData("1//c", true)]
    [InlineData("[1/*c*/]", true)]
    public void Structure_is_accepted_and_rejected_alike(string json, bool rejected)
        => Assert.Equal(rejected, AssertSameTokens(Encoding.UTF8.GetBytes(json)).Rejected);

    [Theory]
    [InlineData("1")]
    [InlineData("{}")]
    [InlineData("\"a\"")]
    public void A_byte_order_mark_is_not_skipped(string json)
    {
        // Graph sends no BOM; Utf8JsonReader (unlike JsonDocument.Parse) does not skip one, and neither do we.
        Assert.True(AssertSameTokens(Bytes("", new byte[] { 0xEF, 0xBB, 0xBF }, json)).Rejected);
        Assert.True(AssertSameTokens(Bytes(json, new byte[] { 0xEF, 0xBB, 0xBF }, "")).Rejected);
    }

    [Theory]
    [InlineData(" ", false)]
    [InlineData("\t", false)]
    [InlineData("\r", false)]
    [InlineData("\n", false)]
    [InlineData("\r\n \t", false)]
    [InlineData("\f", true)]
    [InlineData("\v", true)]
    [InlineData("\u00a0", true)]
    [InlineData("\u2028", true)]
    [InlineData("\0", true)]
    public void Only_json_whitespace_may_stand_between_tokens(string whitespace, bool rejected)
    {
        string[] tokens = { "{", "\"a\"", ":", "[", "1", ",", "true", ",", "\"b\"", "]", ",", "\"c\"", ":", "{", "}", "}" };
        // The whitespace at every gap in turn (and around the root), then at every gap at once.
        for (int gap = 0; gap <= tokens.Length; gap++)
        {
            string json = string.Concat(tokens.Take(gap)) + whitespace + string.Concat(tokens.Skip(gap));
            Assert.Equal(rejected, AssertSameTokens(Encoding.UTF8.GetBytes(json)).Rejected);
        }

        byte[] everywhere = Encoding.UTF8.GetBytes(whitespace + string.Join(whitespace, tokens) + whitespace);
        Assert.Equal(rejected, AssertSameTokens(everywhere).Rejected);
    }

    [Theory]
    [InlineData("\"", false)]
    [InlineData("\\\"\"", false)]
    [InlineData("\\\\\"", false)]
    [InlineData("\\u00e9\"", false)]
    [InlineData("\\ud83d\\ude00\"", false)]
    [InlineData("\u00e9\U0001F600\"", false)]
    [InlineData("\u0001\"", true)]
    [InlineData("\u001f\"", true)]
    [InlineData("\n\"", true)]
    [InlineData("\\x\"", true)]
    [InlineData("\\u00g0\"", true)]
    [InlineData("\\", true)]
    [InlineData("\\u00", true)]
    [InlineData("", true)]
    public void A_string_reads_alike_whatever_its_stop_byte_lands_on_in_a_sixteen_byte_block(string stop, bool rejected)
    {
        // The reader looks for the quote, a backslash or a control byte sixteen bytes at a time, then byte by byte near
        // the end of the buffer: the stop at every position 0..40, the string at every alignment, as the root (the
        // buffer ends right after it), an item, a property value and a property name. (DOTNET_EnableHWIntrinsic=0 runs
        // this class on the byte-by-byte path alone; it passes there too.)
        byte[] stopBytes = Encoding.UTF8.GetBytes(stop);
        (string Open, string Close)[] places =
        {
            ("", ""), ("[", "]"), ("[", ",\"bbbbbbbbbbbbbbbbbbbbbbbb\"]"), ("{\"k\":", "}"), ("{", ":1}"), ("{", ":\"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\"}"),
        };
        foreach (int alignment in new[] { 0, 1, 2, 7, 15, 16 })
        {
            foreach ((string open, string close) in places)
            {
                for (int position = 0; position <= 40; position++)
                {
                    byte[] json = Bytes(open + new string(' ', alignment) + "\"" + new string('a', position), stopBytes, close);
                    Assert.Equal(rejected, AssertSameTokens(json).Rejected);
                }
            }
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(250)]
    [InlineData(255)]
    [InlineData(256)]
    [InlineData(257)]
    [InlineData(260)]
    [InlineData(5_000)]
    public void Escaped_strings_of_any_length_decode_alike(int length)
    {
        // Unescaping uses a stack buffer up to 256 bytes of escaped text and a pooled one past it.
        var rng = new Random(length);
        string[] pieces = { "a", "\\n", "\\u00e9", "\\ud83d\\ude00", "é", "\\\"", "\\/", "😀", "\\ud800" };
        for (int round = 0; round < 20; round++)
        {
            var body = new StringBuilder();
            while (Encoding.UTF8.GetByteCount(body.ToString()) < length)
            {
                body.Append(pieces[rng.Next(round < 10 ? pieces.Length - 1 : pieces.Length)]);
            }

            foreach ((byte[] json, _) in InEveryPlace(body.ToString()))
            {
                Assert.False(AssertSameTokens(json).Rejected);
            }
        }
    }

    [Fact]
    public void Asking_a_token_for_what_it_is_not_is_a_json_error_where_utf8_json_reader_throws_invalid_operation()
    {
        // Deliberate: every read of an unexpected response must surface as JsonException (the client's protocol
        // error), so where Utf8JsonReader calls a wrong-token GetString or ValueTextEquals a programming error, we call
        // it bad JSON; the TryGet* methods just answer false off a number.
        byte[] json = "[1,true,false,{},null,\"s\"]"u8.ToArray();
        var expected = new Utf8JsonReader(json);
        var actual = new GraphJsonReader(json);
        while (expected.Read() && actual.Read())
        {
            switch (expected.TokenType)
            {
                case JsonTokenType.Null:
                    Assert.Null(expected.GetString());
                    Assert.Null(actual.GetString());
                    break;
                case JsonTokenType.String:
                    Assert.Equal(expected.GetString(), actual.GetString());
                    break;
                default:
                    JsonTokenType type = expected.TokenType;
                    try
                    {
                        expected.GetString();
                        Assert.Fail($"Utf8JsonReader read {type} as a string");
                    }
                    catch (InvalidOperationException)
                    {
                    }

                    try
                    {
                        actual.GetString();
                        Assert.Fail($"GraphJsonReader read {type} as a string");
                    }
                    catch (JsonException)
                    {
                    }

                    try
                    {
                        expected.ValueTextEquals("1"u8);
                        Assert.Fail($"Utf8JsonReader compared {type} as text");
                    }
                    catch (InvalidOperationException)
                    {
                    }

                    try
                    {
                        actual.ValueTextEquals("1"u8);
                        Assert.Fail($"GraphJsonReader compared {type} as text");
                    }
                    catch (JsonException)
                    {
                    }

                    break;
            }

            if (expected.TokenType != JsonTokenType.Number)
            {
                Assert.False(actual.TryGetInt32(out int i) || actual.TryGetInt64(out long l) || actual.TryGetDouble(out double d));
            }
        }
    }

    public static TheoryData<byte[]> BadUtf8() => new()
    {
        new byte[] { 0xFF },
        new byte[] { 0xFE },
        new byte[] { 0x80 },
        new byte[] { 0xC0, 0x80 },
        new byte[] { 0xC1, 0xBF },
        new byte[] { 0xC3 },
        new byte[] { 0xE2, 0x82 },
        new byte[] { 0xE0, 0x80, 0x80 },
        new byte[] { 0xED, 0xA0, 0x80 },
        new byte[] { 0xED, 0xBF, 0xBF },
        new byte[] { 0xF0, 0x9F, 0x98 },
        new byte[] { 0xF4, 0x90, 0x80, 0x80 },
        new byte[] { 0xF8, 0x88, 0x80, 0x80, 0x80 },
    };

    [Theory]
    [MemberData(nameof(BadUtf8))]
    public void A_string_with_invalid_utf8_reads_but_its_text_is_a_json_error(byte[] bad)
    {
        // Plain, before an escape, after one, between two: the escaped path decodes runs between escapes separately.
        foreach ((string before, string after) in new[] { ("", ""), ("ab", "cd"), ("", "\\n"), ("\\t", ""), ("\\u00e9", "\\n"), (new string('x', 20), new string('y', 20)) })
        {
            foreach ((byte[] json, long start) in InEveryPlace(Bytes(before, bad, after)))
            {
                Assert.False(AssertSameTokens(json).Rejected, Show(json));
                Assert.Throws<JsonException>(() => At(json, start).GetString());
            }
        }
    }

    [Fact]
    public void Valid_multibyte_utf8_next_to_escapes_decodes()
    {
        foreach ((byte[] json, long start) in InEveryPlace(Bytes("\u00e9\\n\u2019\\u00e9\U0001F600\\\\", new byte[] { 0xF0, 0x9F, 0x98, 0x80 }, "\\t\u00e9")))
        {
            Assert.False(AssertSameTokens(json).Rejected, Show(json));
        }
    }

    [Theory]
    [InlineData("[", "]")]
    [InlineData("{\"a\":", "}")]
    [InlineData("[{\"a\":", "}]")]
    [InlineData("{\"a\":[", "]}")]
    public void Nesting_of_exactly_max_depth_is_read_and_one_more_is_rejected(string open, string close)
    {
        // Levels repeat in pairs for the two-level patterns; count the containers actually opened.
        int perRepeat = open.Count(c => c is '[' or '{');
        int repeats = GraphJsonReader.MaxDepth / perRepeat;
        string deepest = string.Concat(Enumerable.Repeat(open, repeats)) + "1" + string.Concat(Enumerable.Repeat(close, repeats));
        Assert.Equal(GraphJsonReader.MaxDepth, repeats * perRepeat);
        Assert.False(AssertSameTokens(Encoding.UTF8.GetBytes(deepest)).Rejected);

        string tooDeep = "[" + deepest + "]";
        Assert.True(AssertSameTokens(Encoding.UTF8.GetBytes(tooDeep)).Rejected);
        Assert.True(AssertSameTokens(Encoding.UTF8.GetBytes("{\"x\":" + deepest + "}")).Rejected);
    }

    [Theory]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(127)]
    [InlineData(128)]
    [InlineData(129)]
    [InlineData(192)]
    [InlineData(255)]
    [InlineData(256)]
    public void Which_container_is_open_is_remembered_at_every_depth(int depth)
    {
        // Objects and arrays alternate irregularly, so a wrong bit anywhere past 64 levels closes the wrong way.
        var open = new StringBuilder();
        var close = new StringBuilder();
        for (int level = 0; level < depth; level++)
        {
            bool isObject = level % 3 == 1 || level % 7 == 0;
            open.Append(isObject ? "{\"k\":" : "[");
            close.Insert(0, isObject ? ",\"z\":0}" : ",0]");
        }

        string json = open + "\"v\"" + close;
        Assert.False(AssertSameTokens(Encoding.UTF8.GetBytes(json)).Rejected);

        // The innermost container closed with the other bracket is rejected by both.
        int last = json.IndexOfAny(new[] { ']', '}' });
        string swapped = json[..last] + (json[last] == ']' ? '}' : ']') + json[(last + 1)..];
        Assert.True(AssertSameTokens(Encoding.UTF8.GetBytes(swapped)).Rejected);
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Every_prefix_of_a_graph_payload_is_read_alike(string payload)
    {
        byte[] json = Encoding.UTF8.GetBytes(Payload(payload));
        Assert.False(AssertSameTokens(json).Rejected);
        for (int length = 0; length < json.Length; length++)
        {
            Assert.True(AssertSameTokens(json.AsSpan(0, length)).Rejected, $"prefix {length}");
        }
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Mutated_graph_payloads_are_read_and_rejected_alike(string payload)
    {
        byte[] json = Encoding.UTF8.GetBytes(Payload(payload));
        int read = 0, rejected = 0;
        foreach (byte[] mutated in Mutations.Of(json, RandomMutations).Skip(json.Length).Concat(ByteMutations(json, RandomMutations)))
        {
            if (AssertSameTokens(mutated).Rejected) rejected++;
            else read++;
        }

        // Both outcomes must occur often, or the mutations are not exercising the readers.
        Assert.True(read > 300 && rejected > 300, $"read {read}, rejected {rejected}");
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Skip_from_every_container_and_property_name_lands_on_the_same_token(string payload)
    {
        byte[] json = Encoding.UTF8.GetBytes(Payload(payload));
        int tokens = AssertSameTokens(json).Tokens;
        for (int at = 1; at <= tokens; at++)
        {
            Assert.False(AssertSameTokens(json, skipAt: at).Rejected);
        }

        // Skipping into a truncated document fails alike.
        for (int length = 1; length < json.Length; length += 29)
        {
            for (int at = 1; at <= tokens; at += 5)
            {
                Assert.True(AssertSameTokens(json.AsSpan(0, length), skipAt: at).Rejected);
            }
        }
    }

    [Theory]
    [InlineData("{\"a\":{\"b\":[1,2]},\"c\":3}")]
    [InlineData("[[1,[2]],{\"a\":{}},\"s\",null]")]
    [InlineData("{\"a\":1}")]
    [InlineData("{\"a\":\"x\",\"b\":[]}")]
    [InlineData("[1,true,null,\"x\",{},[]]")]
    public void Skip_on_any_token_of_a_small_document_lands_on_the_same_token(string json)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(json);
        int tokens = AssertSameTokens(bytes).Tokens;
        for (int at = 1; at <= tokens; at++)
        {
            Assert.False(AssertSameTokens(bytes, skipAt: at).Rejected);
        }
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void ReadProperty_reads_names_and_values_as_read_does_in_whole_truncated_and_mutated_payloads(string payload)
    {
        // Generated readers step through objects with ReadProperty (name and value in one call, the name unescaped),
        // which has its own comma and brace handling: it must see the tokens Utf8JsonReader sees and reject alike.
        byte[] json = Encoding.UTF8.GetBytes(Payload(payload));
        IEnumerable<byte[]> inputs = new[] { json }.Concat(Mutations.Of(json, RandomMutations / 2)).Concat(ByteMutations(json, RandomMutations / 2, seed: 7));
        int read = 0, rejected = 0;
        foreach (byte[] input in inputs)
        {
            List<string> expected = ModelWalk(input, out bool expectedRejected);
            List<string> actual = PropertyWalk(input, out bool actualRejected);
            Assert.True(expectedRejected == actualRejected, $"{Show(input)}: rejected {expectedRejected} vs {actualRejected}");
            // On a rejection ReadProperty may fail before handing out the name whose value is malformed.
            Assert.Equal(expected.Take(expectedRejected ? actual.Count : expected.Count), actual);
            if (actualRejected) rejected++;
            else read++;
        }

        Assert.True(read > 300 && rejected > 300, $"read {read}, rejected {rejected}");
    }

    // A reader on the token that starts at byte start.
    private static GraphJsonReader At(byte[] json, long start)
    {
        var reader = new GraphJsonReader(json);
        while (reader.Read() && reader.TokenStartIndex != start)
        {
        }

        Assert.Equal(start, reader.TokenStartIndex);
        return reader;
    }

    // The string body as a root string, an array item, a property name and a property value, with where its string starts.
    private static IEnumerable<(byte[] Json, long Start)> InEveryPlace(string body) => InEveryPlace(Encoding.UTF8.GetBytes(body));

    private static IEnumerable<(byte[] Json, long Start)> InEveryPlace(byte[] body)
    {
        yield return (Bytes("\"", body, "\""), 0);
        yield return (Bytes("[\"", body, "\",1]"), 1);
        yield return (Bytes("{\"", body, "\":1}"), 1);
        yield return (Bytes("{\"a\":\"", body, "\"}"), 5);
    }

    // The value as the root (end of buffer right after it), an array item, a property value, and before a space.
    private static IEnumerable<byte[]> InEveryValuePlace(string value)
    {
        yield return Encoding.UTF8.GetBytes(value);
        yield return Encoding.UTF8.GetBytes(value + " ");
        yield return Encoding.UTF8.GetBytes("[" + value + "]");
        yield return Encoding.UTF8.GetBytes("[" + value + ",1]");
        yield return Encoding.UTF8.GetBytes("{\"a\":" + value + "}");
        yield return Encoding.UTF8.GetBytes("{\"a\":" + value + ",\"b\":2}");
    }

    private static byte[] Bytes(string before, byte[] middle, string after) =>
        Encoding.UTF8.GetBytes(before).Concat(middle).Concat(Encoding.UTF8.GetBytes(after)).ToArray();

    private static string Payload(string name) => name switch
    {
        "User" => User,
        "InsightsPage" => InsightsPage,
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    // Byte-level mutations from a fixed seed: one to three bytes replaced, inserted or deleted, the new bytes drawn from
    // those JSON gives meaning to (and a few it forbids), so most mutations land on a boundary of the grammar.
    private static IEnumerable<byte[]> ByteMutations(byte[] json, int count, int seed = 20261130)
    {
        byte[] significant = Encoding.ASCII.GetBytes("\"\\/{}[]:,.-+eE019 \t\r\nuftnal")
            .Concat(new byte[] { 0x00, 0x0C, 0x1F, 0x7F, 0x80, 0xC3, 0xED, 0xFF }).ToArray();
        var rng = new Random(seed);
        for (int i = 0; i < count; i++)
        {
            var bytes = new List<byte>(json);
            int edits = 1 + rng.Next(3);
            for (int e = 0; e < edits; e++)
            {
                int at = rng.Next(bytes.Count + 1);
                byte value = significant[rng.Next(significant.Length)];
                switch (rng.Next(3))
                {
                    case 0 when at < bytes.Count: bytes[at] = value; break;
                    case 1 when at < bytes.Count: bytes.RemoveAt(at); break;
                    default: bytes.Insert(at, value); break;
                }
            }

            yield return bytes.ToArray();
        }
    }
}
