using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using GraphGen.Runtime.Tests.Support;

namespace GraphGen.Runtime.Tests;

/// <summary>
/// <see cref="GraphJsonReader"/> against <see cref="Utf8JsonReader"/> (default options, MaxDepth 256), token by token:
/// the same tokens, values, offsets and depths, the same text or the same refusal to decode it, and the same inputs
/// rejected at the same token. Ours may only ever throw <see cref="JsonException"/>.
/// </summary>
public sealed class GraphJsonReaderTests
{
    private const int RandomMutations = 3_000;

    // The User of GraphGen.Generated.Tests' JsonRoundTripTests.FullUser (copied: this project cannot see that one).
    private const string User = """
        {
          "id": "10158392817263541",
          "first_name": "Zoë",
          "last_name": "O\u2019Brien",
          "middle_name": null,
          "name": "Zoë \"Zo\" O’Brien",
          "name_format": "{first} {last}",
          "short_name": "Zoë",
          "email": "zoe\/obrien@example.com",
          "birthday": "01/31/1990",
          "gender": "female",
          "age_range": { "min": 21 },
          "hometown": { "id": "108424279189115", "name": "Dublin, Ireland" },
          "location": { "id": "106078429431815", "name": "London, United Kingdom" },
          "favorite_teams": [ { "id": "1", "name": "Leinster Rugby", "with": [ { "id": "2", "name": "Aoife" } ] } ],
          "languages": [],
          "meeting_for": ["friendship", "networking"],
          "installed": true,
          "is_guest_user": false,
          "link": "https://www.facebook.com/app_scoped_user_id/10158392817263541/",
          "shared_login_upgrade_required_by": "2019-01-01T12:00:00+0000",
          "updated_time": "2024-02-29T23:59:59+0000",
          "timezone": -4.5,
          "supports_donate_button_in_live_video": false,
          "video_upload_limits": { "length": 14400, "size": 274877906944 },
          "significant_other": { "id": "42", "name": "Sam" },
          "picture": { "data": { "height": 50, "is_silhouette": false, "url": "https://example.com/p.jpg", "width": 50 } },
          "albums": {
            "data": [
              { "id": "501", "name": "Holidays", "created_time": "2020-07-01T08:30:00+0000", "count": 12,
                "photos": { "data": [ { "id": "601", "name": "Beach" } ], "paging": { "cursors": { "before": "QVFI", "after": "QVFJ" } } } }
            ],
            "paging": { "cursors": { "before": "MTAx", "after": "NTAx" }, "next": "https://graph.facebook.com/v25.0/10158392817263541/albums?after=NTAx" }
          },
          "field_from_the_future": { "nested": [1, 2, {"deep": true}] },
          "another_unknown": "ignored"
        }
        """;

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

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ReadValue_reads_graph_json_inside_a_utf8_json_reader_and_leaves_it_on_the_values_last_token(bool segmented)
    {
        byte[] json = """
            {"before":[1,{"x":"}"}],"user":{"id":"42","name":"Zo\u00eb \"Z\"","tags":["a","b"],"unknown":{"deep":[1,{"x":[]}]},"age":31},"after":true}
            """u8.ToArray();
        var reader = segmented ? new Utf8JsonReader(Segments(json, 7)) : new Utf8JsonReader(json);
        Assert.True(reader.Read());
        Assert.True(reader.Read()); // "before"
        reader.Skip();
        Assert.True(reader.Read()); // "user"
        Assert.Equal("user", reader.GetString());
        Assert.True(reader.Read());
        Assert.Equal(JsonTokenType.StartObject, reader.TokenType);

        Person person = GraphJson.ReadValue(ref reader, Person.Read);

        Assert.Equal(new Person("42", "Zo\u00eb \"Z\"", "a,b", 31), person);
        Assert.Equal(JsonTokenType.EndObject, reader.TokenType);
        Assert.Equal(1, reader.CurrentDepth);
        Assert.Equal(IndexOfUserEnd(json), reader.TokenStartIndex);
        Assert.True(reader.Read());
        Assert.Equal("after", reader.GetString());
        Assert.True(reader.Read());
        Assert.Equal(JsonTokenType.True, reader.TokenType);
        Assert.True(reader.Read());
        Assert.False(reader.Read());
    }

    [Theory]
    [InlineData("[\"caf\\u00e9\",2]", "caf\u00e9", JsonTokenType.String)]
    [InlineData("[null,2]", null, JsonTokenType.Null)]
    [InlineData("[1234,2]", "1234", JsonTokenType.Number)]
    [InlineData("[[\"a\",[\"b\"]],2]", "a|b", JsonTokenType.EndArray)]
    public void ReadValue_of_a_primitive_or_array_leaves_the_utf8_json_reader_on_that_value(string json, string? expected, JsonTokenType last)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        reader.Read();

        string? value = GraphJson.ReadValue(ref reader, (ref GraphJsonReader r) => r.TokenType == JsonTokenType.StartArray
            ? string.Join("|", GraphJson.ReadList(ref r, (ref GraphJsonReader item) => item.TokenType == JsonTokenType.StartArray
                ? string.Join("|", GraphJson.ReadList(ref item, GraphJson.ReadString)!)
                : GraphJson.ReadString(ref item))!)
            : GraphJson.ReadString(ref r));

        Assert.Equal(expected, value);
        Assert.Equal(last, reader.TokenType);
        Assert.True(reader.Read());
        Assert.Equal(JsonTokenType.Number, reader.TokenType);
        Assert.Equal(2, reader.GetInt32());
    }

    [Fact]
    public void ReadValue_with_text_that_does_not_decode_is_a_json_error()
    {
        var reader = new Utf8JsonReader("[{\"id\":\"\\ud800\"}]"u8);
        reader.Read();
        reader.Read();
        try
        {
            GraphJson.ReadValue(ref reader, Person.Read);
            Assert.Fail("A lone surrogate was read as text.");
        }
        catch (JsonException)
        {
        }
    }

    // Walks json with both readers in lockstep (Skip instead of Read once skipAt tokens have been read) and asserts each
    // step gives the same token or both reject; returns how many tokens were read and whether the input was rejected.
    // Messages are built only on a failure: this runs for every token of every input.
    private static Outcome AssertSameTokens(ReadOnlySpan<byte> json, int skipAt = -1)
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
            if (!expectedMoved) return new Outcome(tokens, Rejected: false);
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
    private static List<string> ModelWalk(ReadOnlySpan<byte> json, out bool rejected)
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
    private static List<string> PropertyWalk(ReadOnlySpan<byte> json, out bool rejected)
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

    private static long IndexOfUserEnd(byte[] json)
    {
        var reader = new Utf8JsonReader(json);
        while (reader.Read() && !(reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("user"u8)))
        {
        }

        reader.Read();
        reader.Skip();
        return reader.TokenStartIndex;
    }

    private static ReadOnlySequence<byte> Segments(byte[] json, int size)
    {
        var first = new Segment(json.AsMemory(0, Math.Min(size, json.Length)), 0);
        Segment last = first;
        for (int start = size; start < json.Length; start += size)
        {
            last = last.Append(json.AsMemory(start, Math.Min(size, json.Length - start)));
        }

        return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
    }

    private static string Show(ReadOnlySpan<byte> json)
    {
        var text = new StringBuilder(json.Length + 2).Append('`');
        foreach (byte b in json.Length > 300 ? json[..300] : json)
        {
            if (b is >= 0x20 and < 0x7F) text.Append((char)b);
            else text.Append("\\x").Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return text.Append(json.Length > 300 ? "…` (" + json.Length + " bytes)" : "`").ToString();
    }

    private readonly record struct Outcome(int Tokens, bool Rejected);

    // A model-like value as a generated ReadJson reads one: properties by name, lists, unknown properties skipped.
    private sealed record Person(string? Id, string? Name, string? Tags, int? Age)
    {
        public static Person Read(ref GraphJsonReader reader)
        {
            GraphModelJson.ExpectObject(ref reader, nameof(Person));
            string? id = null, name = null, tags = null;
            int? age = null;
            while (GraphModelJson.ReadProperty(ref reader, out ReadOnlySpan<byte> property))
            {
                if (property.SequenceEqual("id"u8)) id = GraphJson.ReadString(ref reader);
                else if (property.SequenceEqual("name"u8)) name = GraphJson.ReadString(ref reader);
                else if (property.SequenceEqual("tags"u8)) tags = string.Join(",", GraphJson.ReadList(ref reader, GraphJson.ReadString)!);
                else if (property.SequenceEqual("age"u8)) age = GraphJson.ReadInt32(ref reader);
                else GraphJson.Skip(ref reader);
            }

            return new Person(id, name, tags, age);
        }
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}
