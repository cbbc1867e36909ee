using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using GraphGen.Facebook;
using GraphGen.Runtime;
using GraphGen.Runtime.Tests.Support;

namespace GraphGen.Generated.Tests;

/// <summary>
/// The generated readers over mutated Graph responses (fixed seed, bounded): the only exception allowed is
/// <see cref="JsonException"/>, and whatever was read can be written back.
/// </summary>
public sealed class ReaderFuzzTests
{
    private const int RandomMutations = 3_000;

    private const string Page = """
        {"id":"108424279189115","name":"Dublin \u00e9","about":"a\nb","category":"City","emails":["a@b.c"],"fan_count":12345678901,
         "followers_count":"42","is_published":true,"is_verified":0,"link":"https://example.com/","verification_status":"blue_verified"}
        """;

    private const string CustomAudience = """
        {"id":"23850000000000000","account_id":"act_1","approximate_count_lower_bound":1000,"approximate_count_upper_bound":"1200",
         "data_source":{"type":"FILE_IMPORTED","sub_type":"HASHES","creation_params":"{}"},"delivery_status":{"code":200,"description":"ok"},
         "is_value_based":false,"lookalike_audience_ids":["1","2"],"name":"Buyers","retention_days":180,"time_created":1546344000}
        """;

    private const string AlbumPage = """
        {"data":[{"id":"501","name":"Holidays","created_time":"2020-07-01T08:30:00+0000","count":12,"can_upload":true,
                  "updated_time":1546344000,"photos":{"data":[{"id":"601","name":"Beach","created_time":"2020-07-01T08:30:00-0700"}]}},
                 {"id":"502","name":"Work","photo_count":"3","video_count":null}],
         "paging":{"cursors":{"before":"MTAx","after":"NTAx"},"next":"https://graph.facebook.com/v25.0/1/albums?after=NTAx"}}
        """;

    public static IEnumerable<object[]> Readers() => new[]
    {
        new object[] { "User", JsonRoundTripTests.FullUser },
        new object[] { "Page", Page },
        new object[] { "CustomAudience", CustomAudience },
        new object[] { "GraphPage<Album>", AlbumPage },
    };

    [Theory]
    [MemberData(nameof(Readers))]
    public void Mutated_responses_throw_only_json_exceptions_and_what_is_read_writes_back(string reader, string json)
    {
        Func<byte[], string> readAndWrite = Reader(reader);
        Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(json).RootElement.ValueKind); // the seed itself is valid
        readAndWrite(Encoding.UTF8.GetBytes(json));

        int read = 0, rejected = 0;
        foreach (byte[] mutated in Mutations.Of(Encoding.UTF8.GetBytes(json), RandomMutations))
        {
            try
            {
                readAndWrite(mutated);
                read++;
            }
            catch (JsonException)
            {
                rejected++;
            }
            catch (Exception ex)
            {
                Assert.Fail($"{reader} threw {ex.GetType().Name} (only JsonException is allowed) for: {Convert.ToBase64String(mutated)}\n{ex}");
            }
        }

        // Both outcomes must occur, or the mutations are not exercising the reader.
        Assert.True(read > 100 && rejected > 100, $"read {read}, rejected {rejected}");
    }

    [Fact]
    public void Direct_read_json_calls_obey_the_same_contract()
    {
        byte[] loneSurrogate = "{\"name\":\"\\ud800\"}"u8.ToArray();
        byte[] badUtf8 = { (byte)'{', (byte)'"', (byte)'n', (byte)'a', (byte)'m', (byte)'e', (byte)'"', (byte)':', (byte)'"', 0xFF, (byte)'"', (byte)'}' };
        byte[] farPast = "{\"updated_time\":\"0001-01-01T00:00:00+1400\"}"u8.ToArray();
        byte[] nan = "{\"timezone\":\"NaN\"}"u8.ToArray();
        foreach (byte[] input in new[] { loneSurrogate, badUtf8, farPast, nan })
        {
            var reader = new GraphJsonReader(input);
            reader.Read();
            try
            {
                User.ReadJson(ref reader);
                Assert.Fail("expected a JsonException for " + Encoding.UTF8.GetString(input));
            }
            catch (JsonException)
            {
            }
        }
    }

    private static Func<byte[], string> Reader(string name) => name switch
    {
        "User" => bytes => User.FromJson(bytes).ToJson(),
        "Page" => bytes => GraphGen.Facebook.Page.FromJson(bytes).ToJson(),
        "CustomAudience" => bytes => GraphGen.Facebook.CustomAudience.FromJson(bytes).ToJson(),
        _ => bytes =>
        {
            GraphPage<Album> page = GraphJson.Deserialize(bytes, (ref GraphJsonReader r) => GraphPage<Album>.Read(ref r, Album.ReadJson));
            return GraphJson.Serialize(page, (w, p) => GraphEnvelope.WritePage(w, p, Album.WriteJson));
        },
    };
}
