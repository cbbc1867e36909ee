using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace GraphGen.Runtime.Tests;

/// <summary>The reader contract: malformed input throws <see cref="JsonException"/> and nothing else.</summary>
public sealed class ReaderContractTests
{
    [Theory]
    [InlineData(new byte[] { (byte)'"', 0xFF, (byte)'"' })]
    [InlineData(new byte[] { (byte)'"', (byte)'a', 0xC0, 0x80, (byte)'"' })]
    [InlineData(new byte[] { (byte)'"', 0xED, 0xA0, 0x80, (byte)'"' })]
    public void Invalid_utf8_in_a_string_is_a_json_error(byte[] json)
    {
        Assert.Throws<JsonException>(() => GraphJson.Deserialize(json, GraphJson.ReadString));
        Assert.Throws<JsonException>(() => GraphJson.Deserialize(json, GraphJson.ReadId));
        Assert.Throws<JsonException>(() => GraphJson.Deserialize(json, GraphJson.ReadDateTime));
        Assert.Throws<JsonException>(() => GraphJson.Deserialize(json, GraphJson.ReadBool));
    }

    [Theory]
    [InlineData("\"\\ud800\"")]
    [InlineData("\"abc\\udc00\"")]
    [InlineData("\"\\ud800\\u0041\"")]
    public void An_escaped_lone_surrogate_is_a_json_error(string json)
    {
        Assert.Throws<JsonException>(() => GraphJson.Deserialize(Encoding.UTF8.GetBytes(json), GraphJson.ReadString));
        Assert.Throws<JsonException>(() => GraphJson.Deserialize(Encoding.UTF8.GetBytes(json), GraphJson.ReadInt64));
    }

    [Fact]
    public void A_property_name_with_a_lone_surrogate_is_a_json_error_in_maps_and_pages()
    {
        byte[] map = "{\"\\ud800\":1}"u8.ToArray();
        Assert.Throws<JsonException>(() => GraphJson.Deserialize(map, (ref GraphJsonReader r) => GraphJson.ReadMap(ref r, GraphJson.ReadInt32)));

        byte[] model = "{\"\\udc00\":1}"u8.ToArray();
        Assert.Throws<JsonException>(() => GraphJson.Deserialize(model, (ref GraphJsonReader r) =>
        {
            GraphModelJson.ExpectObject(ref r, "Test");
            while (GraphModelJson.ReadProperty(ref r, out _)) GraphJson.Skip(ref r);
            return 0;
        }));
    }

    [Theory]
    [InlineData(new byte[] { (byte)'{', (byte)'"', (byte)'a', (byte)'"', (byte)':', (byte)'[', (byte)'"', 0xFF, (byte)'"', (byte)']', (byte)'}' })]
    [InlineData(new byte[] { (byte)'{', (byte)'"', 0xC0, 0x80, (byte)'"', (byte)':', (byte)'1', (byte)'}' })]
    [InlineData(new byte[] { (byte)'[', (byte)'{', (byte)'"', (byte)'a', (byte)'"', (byte)':', (byte)'"', (byte)'\\', (byte)'u', (byte)'d', (byte)'8', (byte)'0', (byte)'0', (byte)'"', (byte)'}', (byte)']' })]
    [InlineData(new byte[] { (byte)'"', (byte)'\\', (byte)'u', (byte)'d', (byte)'c', (byte)'0', (byte)'0', (byte)'"' })]
    public void An_untyped_value_holding_text_that_does_not_decode_is_a_json_error(byte[] json)
        => Assert.Throws<JsonException>(() => GraphJson.Deserialize(json, GraphJson.ReadJson));

    [Fact]
    public void An_untyped_value_with_escaped_and_plain_text_reads_whole_and_the_reader_moves_past_it()
    {
        byte[] json = "[{\"a\":\"caf\\u00e9\",\"\\u00e9\":[1,\"x\",{}]},\"\\ud83d\\ude00\"]"u8.ToArray();
        IReadOnlyList<JsonElement?> items = GraphJson.Deserialize(json, (ref GraphJsonReader r) => GraphJson.ReadList(ref r, GraphJson.ReadJson))!;
        Assert.Equal(2, items.Count);
        Assert.Equal("caf\u00e9", items[0]!.Value.GetProperty("a").GetString());
        Assert.Equal(3, items[0]!.Value.GetProperty("\u00e9").GetArrayLength());
        Assert.Equal("\U0001F600", items[1]!.Value.GetString());
    }

    [Fact]
    public void An_untyped_value_with_an_escaped_backslash_before_surrogate_like_text_reads_as_text()
    {
        // "\\ud800" is a backslash and the letters "ud800", not an escape: the check for escaped surrogates must not reject it.
        byte[] json = "{\"a\":\"x\\\\ud800\",\"b\":[\"\\u00e9\"]}"u8.ToArray();
        JsonElement element = GraphJson.Deserialize(json, GraphJson.ReadJson)!.Value;
        Assert.Equal("x\\ud800", element.GetProperty("a").GetString());
        Assert.Equal("\u00e9", element.GetProperty("b")[0].GetString());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(100)]
    public void A_list_of_any_length_reads_every_item_in_order(int count)
    {
        byte[] json = Encoding.UTF8.GetBytes("[" + string.Join(",", System.Linq.Enumerable.Range(0, count).Select(i => "\"" + i + "\"")) + "]");
        IReadOnlyList<string> items = GraphJson.Deserialize(json, (ref GraphJsonReader r) => GraphJson.ReadList(ref r, (ref GraphJsonReader e) => GraphJson.ReadString(ref e)!))!;
        Assert.Equal(System.Linq.Enumerable.Range(0, count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), items);
    }

    [Theory]
    [InlineData("\"0001-01-01T00:00:00+1400\"")]
    [InlineData("\"9999-12-31T23:59:59-1400\"")]
    [InlineData("\"0001-01-01T00:00:00+14:00\"")]
    public void A_date_whose_utc_instant_is_out_of_range_is_a_json_error(string json)
        => Assert.Throws<JsonException>(() => GraphJson.Deserialize(Encoding.UTF8.GetBytes(json), GraphJson.ReadDateTime));

    [Theory]
    [InlineData("\"NaN\"")]
    [InlineData("\"Infinity\"")]
    [InlineData("\"-Infinity\"")]
    [InlineData("\"1e400\"")]
    [InlineData("1e400")]
    public void A_number_that_is_not_finite_is_a_json_error(string json)
        => Assert.Throws<JsonException>(() => GraphJson.Deserialize(Encoding.UTF8.GetBytes(json), GraphJson.ReadDouble));

    [Fact]
    public void A_finite_double_read_can_always_be_written_back()
    {
        double value = GraphJson.Deserialize("\"-12.5e3\""u8, GraphJson.ReadDouble)!.Value;

        Assert.Equal("-12500", GraphJson.Serialize(value, (w, v) => w.WriteNumberValue(v)));
    }
}
