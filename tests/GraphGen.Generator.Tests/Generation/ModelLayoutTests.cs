using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using GraphGen.Generator.Tests.Infrastructure;

namespace GraphGen.Generator.Tests.Generation;

/// <summary>
/// Rarely sent members (edges, and node fields other than id, name and default fields) live in a nested object the
/// first set allocates: the generated code compiles, a model filled from JSON or from code reads, tracks presence and
/// writes the same as before, and a struct or a node with few such members keeps everything in line.
/// </summary>
public sealed class ModelLayoutTests
{
    private const string Schema = """
        api_version: v1.0
        namespace: Layout.Api
        nodes:
          Place:
            fields:
              id: id
              name: string
              city: string
              visits: int64
              open: bool
              opened_at: datetime
              rarely_sent: string
              kind: PlaceKind
            edges:
              guests:
                target: Place
          Pin:
            fields:
              id: id
              name: string
              note: string
        structs:
          Spot:
            fields:
              a: string
              b: string
              c: string
              d: string
              e: string
        enums:
          PlaceKind:
            values: [CAFE, PARK]
        """;

    private const string UserCode = """
        using Layout.Api;

        public static class Probe
        {
            // A reference: only id and name, so the nested object is never made; the rest reads as absent and null.
            public static string Reference()
            {
                var place = Place.FromJson("{\"id\":\"1\",\"name\":\"Cafe\"}"u8);
                return place.Id + "|" + place.Name + "|" + (place.City ?? "null") + "|" + place.Has(Place.Field.City)
                    + "|" + (place.Guests is null) + "|" + place.ToJson();
            }

            // Every member, one of them JSON null: presence, values and the written JSON as read.
            public static string Full()
            {
                var place = Place.FromJson("{\"id\":\"2\",\"name\":\"Park\",\"city\":null,\"visits\":7,\"open\":true,\"opened_at\":\"2020-01-02T03:04:05+0000\",\"rarely_sent\":\"r\",\"kind\":\"PARK\",\"guests\":{\"data\":[{\"id\":\"3\",\"name\":\"Pat\"}]}}"u8);
                return place.Has(Place.Field.City) + "|" + (place.City ?? "null") + "|" + place.Visits + "|" + place.Open + "|" + place.OpenedAt!.Value.ToUnixTimeSeconds()
                    + "|" + place.RarelySent + "|" + place.Kind + "|" + place.Guests!.Data[0].Name + "|" + place.ToJson();
            }

            // Set in code: the setter makes the nested object; setting null still marks the member present.
            public static string Set()
            {
                var place = new Place { Name = "Lake" };
                place.City = null;
                place.Visits = 4;
                return place.Has(Place.Field.City) + "|" + place.Has(Place.Field.Visits) + "|" + place.Has(Place.Field.Open) + "|" + place.ToJson();
            }
        }
        """;

    [Fact]
    public void Rarely_sent_members_read_write_and_track_presence_like_inline_ones()
    {
        var (result, output, diagnostics) = GeneratorHarness.Run(new[] { new InMemoryAdditionalText("/layout.graph.yaml", Schema) }, null, UserCode);
        Assert.Empty(result.Diagnostics);
        Assert.Empty(diagnostics);
        Assert.Empty(output.GetDiagnostics().Select(d => d.ToString()));

        var probe = Load(output).GetType("Probe")!;
        Assert.Equal("1|Cafe|null|False|True|{\"id\":\"1\",\"name\":\"Cafe\"}", Invoke(probe, "Reference"));
        Assert.Equal(
            "True|null|7|True|1577934245|r|Park|Pat|{\"id\":\"2\",\"name\":\"Park\",\"city\":null,\"visits\":7,\"open\":true,\"opened_at\":\"2020-01-02T03:04:05+0000\",\"rarely_sent\":\"r\",\"kind\":\"PARK\",\"guests\":{\"data\":[{\"id\":\"3\",\"name\":\"Pat\"}]}}",
            Invoke(probe, "Full"));
        Assert.Equal("True|True|False|{\"name\":\"Lake\",\"city\":null,\"visits\":4}", Invoke(probe, "Set"));
    }

    [Fact]
    public void Only_nodes_with_enough_rarely_sent_members_get_the_nested_object_and_its_name_avoids_properties()
    {
        var (result, _, _) = GeneratorHarness.Run(new[] { new InMemoryAdditionalText("/layout.graph.yaml", Schema) });
        string Model(string type) => result.Results.Single().GeneratedSources.Single(s => s.HintName == type + ".Model.g.cs").SourceText.ToString();

        // Place has a property RarelySent, so the nested class and its field take the next name; id and name stay in
        // the model.
        var place = Model("Place");
        Assert.Contains("private sealed class RarelySentMembers", place);
        Assert.Contains("private RarelySentMembers? _rarelySentMembers;", place);
        Assert.Contains("private string? _id;", place);
        Assert.Contains("private string? _name;", place);
        Assert.DoesNotContain("private string? _city;", place);

        // Pin has one such field (a nested object would cost more than it saves); Spot is a struct, read whole.
        Assert.DoesNotContain("RarelySent", Model("Pin"));
        Assert.DoesNotContain("RarelySent", Model("Spot"));
    }

    private static string Invoke(Type type, string method) => (string)type.GetMethod(method, BindingFlags.Public | BindingFlags.Static)!.Invoke(null, null)!;

    private static Assembly Load(Microsoft.CodeAnalysis.Compilation compilation)
    {
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        stream.Position = 0;
        return new AssemblyLoadContext("layout-probe", isCollectible: true).LoadFromStream(stream);
    }
}
