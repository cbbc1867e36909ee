using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace GraphGen.Runtime.Tests;

public sealed class GraphJsonTests
{
    [Theory]
    [InlineData("\"2019-01-01T12:00:00+0000\"", "2019-01-01T12:00:00+00:00")]
    [InlineData("\"2019-01-01T12:00:00-0700\"", "2019-01-01T19:00:00+00:00")]
    [InlineData("\"2019-01-01T12:00:00Z\"", "2019-01-01T12:00:00+00:00")]
    [InlineData("\"2019-01-01T12:00:00+02:00\"", "2019-01-01T10:00:00+00:00")]
    [InlineData("\"2019-01-01\"", "2019-01-01T00:00:00+00:00")]
    [InlineData("1546344000", "2019-01-01T12:00:00+00:00")]
    [InlineData("\"1546344000\"", "2019-01-01T12:00:00+00:00")]
    [InlineData("\"2024-02-29T23:59:59+0530\"", "2024-02-29T18:29:59+00:00")]
    [InlineData("\"2019-01-01T12:00:00\\u002B0000\"", "2019-01-01T12:00:00+00:00")]
    public void ReadDateTime_accepts_graph_formats(string json, string expectedUtc)
    {
        DateTimeOffset? value = Read(json, GraphJson.ReadDateTime);

        Assert.Equal(DateTimeOffset.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("\"2023-02-29T12:00:00+0000\"")]
    [InlineData("\"2019-13-01T12:00:00+0000\"")]
    [InlineData("\"2019-01-01T25:00:00+0000\"")]
    [InlineData("\"not a date at all\"")]
    [InlineData("\"20x9-01-01T12:00:00+0000\"")]
    [InlineData("\"2019-01-01T12:00:0x+0000\"")]
    [InlineData("\"2019-01-01T12:00:00+00x0\"")]
    public void ReadDateTime_rejects_impossible_dates_with_a_json_error(string json)
        => Assert.ThrowsAny<JsonException>(() => Read(json, GraphJson.ReadDateTime));

    [Fact]
    public void WriteDateTime_uses_graph_offset_without_colon()
    {
        string json = GraphJson.Serialize(new DateTimeOffset(2019, 1, 1, 14, 0, 0, TimeSpan.FromHours(2)), GraphJson.WriteDateTime);

        Assert.Equal("\"2019-01-01T12:00:00+0000\"", json);
    }

    [Fact]
    public void Primitives_tolerate_graph_number_and_string_forms()
    {
        Assert.Equal("10150000000000001", Read("10150000000000001", GraphJson.ReadId));
        Assert.Equal("123", Read("\"123\"", GraphJson.ReadId));
        Assert.Equal(42L, Read("\"42\"", GraphJson.ReadInt64));
        Assert.Equal(7, Read("7", GraphJson.ReadInt32));
        Assert.Equal(12.5, Read("\"12.50\"", GraphJson.ReadDouble));
        Assert.True(Read("\"1\"", GraphJson.ReadBool));
        Assert.False(Read("0", GraphJson.ReadBool));
        Assert.True(Read("\"true\"", GraphJson.ReadBool));
        Assert.Null(Read("null", GraphJson.ReadString));
        Assert.Throws<JsonException>(() => Read("\"maybe\"", GraphJson.ReadBool));
        Assert.Throws<JsonException>(() => Read("{}", GraphJson.ReadInt32));
    }

    [Fact]
    public void ReadList_accepts_an_array_or_a_data_wrapper()
    {
        IReadOnlyList<int?>? plain = Read("[1,2]", (ref GraphJsonReader r) => GraphJson.ReadList(ref r, GraphJson.ReadInt32));
        IReadOnlyList<int?>? wrapped = Read("{\"data\":[3],\"paging\":{\"next\":\"x\"}}", (ref GraphJsonReader r) => GraphJson.ReadList(ref r, GraphJson.ReadInt32));

        Assert.Equal(new int?[] { 1, 2 }, plain);
        Assert.Equal(new int?[] { 3 }, wrapped);
    }

    [Fact]
    public void ReadMap_and_ReadJson_and_Skip_leave_the_reader_on_the_last_token()
    {
        IReadOnlyDictionary<string, string?>? map = Read("{\"a\":\"1\",\"b\":2}", (ref GraphJsonReader r) => GraphJson.ReadMap(ref r, GraphJson.ReadString));
        JsonElement? raw = Read("{\"nested\":[1,{\"x\":true}]}", GraphJson.ReadJson);

        Assert.Equal("2", map!["b"]);
        Assert.Equal(JsonValueKind.Array, raw!.Value.GetProperty("nested").ValueKind);
        Assert.ThrowsAny<JsonException>(() => GraphJson.Deserialize("1 2"u8, GraphJson.ReadInt32));
    }

    [Fact]
    public void Usage_headers_parse_and_compute_the_wait()
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["x-business-use-case-usage"] = "{\"99\":[{\"type\":\"ads_insights\",\"call_count\":100,\"total_cputime\":3,\"total_time\":4,\"estimated_time_to_regain_access\":12}]}",
            ["X-Ad-Account-Usage"] = "{\"acc_id_util_pct\":100,\"reset_time_duration\":1800}",
            ["X-App-Usage"] = "not json",
        };

        GraphUsage usage = GraphUsage.Parse(name => headers.TryGetValue(name, out string? v) ? v : null)!;

        Assert.Null(usage.App);
        Assert.Equal("ads_insights", Assert.Single(usage.BusinessUseCases).Type);
        Assert.Equal(TimeSpan.FromMinutes(30), usage.WaitBeforeRetry);
        Assert.Equal(100, usage.MaxPercent);
    }

    private static T Read<T>(string json, JsonValueReader<T> read) => GraphJson.Deserialize(Encoding.UTF8.GetBytes(json), read);
}
