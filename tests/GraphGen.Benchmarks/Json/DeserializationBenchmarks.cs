using System.Text.Json;
using BenchmarkDotNet.Attributes;
using GraphGen.Facebook;
using GraphGen.Runtime;

namespace GraphGen.Benchmarks.Json;

/// <summary>
/// An all-fields User response read four ways: the generated reader, System.Text.Json source-gen (baseline),
/// System.Text.Json reflection, and System.Text.Json's floor, a bare <see cref="Utf8JsonReader"/> walk that materializes
/// every string value (the generated readers run on GraphGen's own <see cref="GraphJsonReader"/>, which tokenizes about
/// twice as fast, so they can be under it). Two payloads: the benchmark's own (<see cref="GraphPayloads.FullUser"/>) and one written independently from
/// the reference page with unknown fields and values (<see cref="GraphPayloads.ReferenceUser"/>). Goal: the generated
/// reader &gt;= 2x source-gen throughput (ratio &lt;= 0.50), no more bytes allocated.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Json")]
public class UserDeserializationBenchmarks
{
    private byte[] _json = null!;

    [Params("benchmark", "reference-page")]
    public string Payload { get; set; } = "benchmark";

    [GlobalSetup]
    public void Setup() => _json = Payload == "reference-page" ? GraphPayloads.ReferenceUser : GraphPayloads.FullUser;

    [Benchmark(Description = "Generated: User.FromJson")]
    public User Generated() => User.FromJson(_json);

    [Benchmark(Baseline = true, Description = "STJ source-gen (metadata)")]
    public UserDto? SourceGen() => JsonSerializer.Deserialize(_json, GraphStjContext.Default.UserDto);

    [Benchmark(Description = "STJ reflection")]
    public UserDto? Reflection() => JsonSerializer.Deserialize<UserDto>(_json, GraphStjContext.ReflectionOptions);

    [Benchmark(Description = "Floor: Utf8JsonReader + GetString")]
    public int Floor() => RawWalk.MaterializeStrings(_json);
}

/// <summary>The same four readers over a 100-item page of albums (every Album field).</summary>
[MemoryDiagnoser]
[BenchmarkCategory("Json")]
public class AlbumPageDeserializationBenchmarks
{
    private readonly byte[] _json = GraphPayloads.AlbumPage;

    [Benchmark(Description = "Generated: GraphPage<Album>.Read")]
    public GraphPage<Album> Generated() => GraphJson.Deserialize(_json, static (ref GraphJsonReader r) => GraphPage<Album>.Read(ref r, Album.ReadJson));

    [Benchmark(Baseline = true, Description = "STJ source-gen (metadata)")]
    public PageOfDto<AlbumDto>? SourceGen() => JsonSerializer.Deserialize(_json, GraphStjContext.Default.PageOfDtoAlbumDto);

    [Benchmark(Description = "STJ reflection")]
    public PageOfDto<AlbumDto>? Reflection() => JsonSerializer.Deserialize<PageOfDto<AlbumDto>>(_json, GraphStjContext.ReflectionOptions);

    [Benchmark(Description = "Floor: Utf8JsonReader + GetString")]
    public int Floor() => RawWalk.MaterializeStrings(_json);
}

/// <summary>The least a reader on <see cref="Utf8JsonReader"/> that returns strings must do: tokenize, and create a string for each string value.</summary>
public static class RawWalk
{
    public static int MaterializeStrings(byte[] json)
    {
        var reader = new Utf8JsonReader(json);
        int chars = 0;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.String) chars += reader.GetString()!.Length;
        }

        return chars;
    }
}
