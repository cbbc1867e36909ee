using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using GraphGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace GraphGen.Generator.Tests.Generation;

/// <summary>
/// Names a schema may use freely (TestSchemas/names.graph.yaml): fields named like the selector's plumbing or like
/// object's members (<c>with</c>, <c>all</c>, <c>default</c>, <c>select</c>, <c>to_string</c>...) are ordinary members,
/// and <c>name:</c> / <c>params_name:</c> overrides rename what they say. Compiled, then run.
/// </summary>
public sealed class NamingTests
{
    private const string UserCode = """
        using System.Threading.Tasks;
        using GraphGen.Runtime;
        using Names.Api;

        public static class Probe
        {
            // Every selector member named like plumbing selects its own field; the plumbing stays reachable.
            public static string Selection()
                => ((FieldSelection)new ThingFields().Id.With.All.Default.Select.ToString.Equals.GetType.GetHashCode
                    .Append.Finalize.MemberwiseClone.ReferenceEquals.WithExpansion.AppendExpansion.Field
                    .Parent(p => p.ToString).Kids(k => k.Select, limit: 2)).ToString();

            // Thing has fields 'all' and 'default', so ThingFields.All is the field; the presets are on the base class.
            public static string Presets() => FieldSelection<ThingFields>.Default.ToString() + "|" + FieldSelection<ThingFields>.All.ToString().Split(',').Length;

            // On a selector where 'all' and 'default' are members, the presets are still there through the base class.
            public static string GadgetPresets()
                => ((FieldSelection)new GadgetFields().All(g => g.Id, limit: 1).Default(d => d.Id)).ToString() + "|" + FieldSelection<GadgetFields>.All.ToString();

            // A model property named ToString holds the field; the JSON round-trips. Thing has a field 'field', so the
            // enum Has(...) takes is FieldName.
            public static string Model()
            {
                var thing = Thing.FromJson("{\"to_string\":\"ts\",\"with\":\"w\",\"equals\":true,\"kind\":\"HAS_FLAG\",\"children\":{\"data\":[{\"id\":\"7\"}]}}"u8);
                return thing.ToString + "|" + thing.With + "|" + thing.Equals + "|" + thing.Kind + "|" + thing.Kids!.Data[0].Id
                    + "|" + thing.Has(Thing.FieldName.ToString) + "|" + thing.Has(Thing.FieldName.Select) + "|" + thing.ToJson();
            }

            public static Task<Thing> Calls(NamesApi api)
            {
                _ = api.Things["1"].SaveAsync(new ThingChanges { Caption = "c" });
                _ = api.Things["1"].IsEmpty.AddAsync(new ThingIsEmptyAdd { ToString = "x", Equals = "y" });
                WidgetKind kind = WidgetKind.Bee;
                _ = kind;
                Gadget gadget = new Gadget();
                _ = gadget.Default;
                // GET with parameters keeps field selection, both ways.
                _ = api.Things["1"].GetAsync(new ThingGet { Locale = "en" }, new ThingFields().Id);
                return api.Things["1"].GetAsync(new ThingGet { Locale = "en" }, f => f.Id.ToString);
            }
        }
        """;

    [Fact]
    public void Plumbing_and_object_member_names_are_ordinary_fields_and_overrides_rename()
    {
        var (result, output, diagnostics) = GeneratorHarness.Run(new[] { GeneratorHarness.TestSchema("names.graph.yaml") }, null, UserCode);
        Assert.Empty(result.Diagnostics);
        Assert.Empty(diagnostics);
        Assert.Empty(output.GetDiagnostics().Select(d => d.ToString()));

        // name: on a node renames every generated type and file; the YAML name stays the Graph type name.
        var hints = result.Results.Single().GeneratedSources.Select(s => s.HintName).ToList();
        Assert.Contains("Gadget.Model.g.cs", hints);
        Assert.DoesNotContain(hints, h => h.StartsWith("Widget.", StringComparison.Ordinal));

        var probe = Load(output).GetType("Probe")!;
        Assert.Equal(
            "id,with,all,default,select,to_string,equals,get_type,get_hash_code,append,finalize,memberwise_clone,reference_equals,"
            + "with_expansion,append_expansion,field,parent{to_string},children.limit(2){select}",
            Invoke(probe, "Selection"));
        Assert.Equal("default|20", Invoke(probe, "Presets"));
        Assert.Equal("all.limit(1){id},default{id}|id,default", Invoke(probe, "GadgetPresets"));
        Assert.Equal(
            "ts|w|True|HasFlag|7|True|False|{\"with\":\"w\",\"to_string\":\"ts\",\"equals\":true,\"kind\":\"HAS_FLAG\",\"children\":{\"data\":[{\"id\":\"7\"}]}}",
            Invoke(probe, "Model"));
    }

    [Fact]
    public void Readable_false_edge_gets_no_model_property_and_no_selector_member()
    {
        var (result, _, _) = GeneratorHarness.Run(new[] { GeneratorHarness.TestSchema("names.graph.yaml") });
        var sources = result.Results.Single().GeneratedSources;
        var model = sources.Single(s => s.HintName == "Thing.Model.g.cs").SourceText.ToString();
        var fields = sources.Single(s => s.HintName == "Thing.Fields.g.cs").SourceText.ToString();

        Assert.DoesNotContain("IsEmpty", model);
        Assert.DoesNotContain("\"is_empty\"", fields);
        // The edge's operations are still generated on the request builder.
        Assert.Contains("ThingIsEmptyRequestBuilder IsEmpty", sources.Single(s => s.HintName == "Thing.Requests.g.cs").SourceText.ToString());
    }

    [Fact]
    public void Runtime_type_names_the_generator_reserves_are_exactly_the_runtime_public_types()
    {
        var runtime = typeof(GraphGen.Runtime.GraphClient).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == "GraphGen.Runtime" && !t.IsNested)
            .Select(t => t.Name.Split('`')[0])
            .Distinct()
            .OrderBy(n => n, StringComparer.Ordinal);
        Assert.Equal(runtime, Model.NameAuthority.RuntimeTypeNames.OrderBy(n => n, StringComparer.Ordinal));
    }

    private static string Invoke(Type type, string method) => (string)type.GetMethod(method, BindingFlags.Public | BindingFlags.Static)!.Invoke(null, null)!;

    private static Assembly Load(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        stream.Position = 0;
        // Collectible and isolated: the generated Names.Api types must not meet the snapshot copies in this assembly.
        return new AssemblyLoadContext("naming-probe", isCollectible: true).LoadFromStream(stream);
    }
}
