using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CsCheck;
using GraphGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace GraphGen.Generator.Tests.Properties;

/// <summary>
/// Random valid schemas whose names are chosen to hurt — C# keywords, case variants, leading digits, non-ASCII
/// letters, the suffixes the generator derives names with (Fields, Query, RequestBuilder, Extensions, Get), the names of
/// its own plumbing — either get GG diagnostics and no C# at all, or compile without a single diagnostic. Never a
/// generator crash, never a C# error in generated code. Fixed seed, one thread, bounded iterations: the same cases in
/// every CI run; a failure prints the smallest schema CsCheck shrank it to.
/// </summary>
public sealed class AdversarialNamePropertyTests
{
    private static readonly string[] TypeNames =
    {
        "Item", "item", "ITEM", "ItemFields", "ItemRequestBuilder", "ItemGet", "ItemItemsQuery", "ItemsRequestBuilder",
        "ItemKindExtensions", "ItemKind", "Größe", "Naïve", "Ñandú", "A1", "_x", "GraphPage", "GraphApi", "Thing",
        "ThingFields", "thing", "class", "Field",
    };

    private static readonly string[] MemberNames =
    {
        "id", "with", "all", "default", "select", "to_string", "has", "read_json", "path", "validate", "add_to",
        "field", "fields", "event", "class", "object", "string", "2fa", "1", "a1b", "naïve", "größe", "日本",
        "item", "Item", "ITEM", "items", "item_fields", "get", "list", "equals", "get_type", "is_empty", "present0",
        "first_name", "firstName", "thing", "kind",
    };

    private static readonly string[] Scalars = { "string", "id", "bool", "int32", "int64", "float", "datetime", "json" };

    private static readonly Gen<string> SchemaGen =
        from typeCount in Gen.Int[1, 4]
        from types in Gen.Select(Gen.OneOf(TypeNames), Gen.Bool, Gen.Int[0, 4], Gen.Int[0, 2], Gen.Int[0, 2], Gen.Bool).Array[typeCount]
        from fieldNames in Gen.OneOf(MemberNames).Array[24]
        from fieldTypes in Gen.Int[0, Scalars.Length + 3].Array[24]
        from enumValues in Gen.OneOf(MemberNames).Array[0, 4]
        from root in Gen.OneOf("Items", "Things", "Client", "Schema", "ItemFields", "Größen")
        select Render(types, fieldNames, fieldTypes, enumValues, root);

    // CsCheck seeds only the first iteration; one iteration of a 30-schema batch makes every run the same 30 cases.
    // GRAPHGEN_HUNT=1 runs six random batches instead, to look for new failures locally.
    [Fact]
    public void Adversarial_names_give_gg_diagnostics_only_or_compile_with_zero_diagnostics()
        => SchemaGen.Array[30].Sample(
            schemas =>
            {
                foreach (var yaml in schemas)
                {
                    try
                    {
                        AssertGgOnlyOrClean(yaml);
                    }
                    catch (Exception ex)
                    {
                        throw new InvalidOperationException("Failed for the schema:\n" + yaml + "\n" + ex.Message, ex);
                    }
                }
            },
            seed: Environment.GetEnvironmentVariable("GRAPHGEN_HUNT") is null ? "aDgQww5ia2z1" : null,
            iter: Environment.GetEnvironmentVariable("GRAPHGEN_HUNT") is null ? 1 : 6,
            threads: 1,
            print: schemas => schemas.Length + " schemas");

    private static void AssertGgOnlyOrClean(string yaml)
    {
        var (result, output, driverDiagnostics) = GeneratorHarness.Run(new[] { new InMemoryAdditionalText("/p/adversarial.graph.yaml", yaml) });
        var run = result.Results.Single();
        Assert.Null(run.Exception);
        Assert.DoesNotContain(driverDiagnostics, d => d.Id is "CS8785" or "GG9999");
        Assert.All(result.Diagnostics, d => Assert.StartsWith("GG", d.Id, StringComparison.Ordinal));

        // DefaultSeverity: the test compilation reports warnings as errors.
        if (result.Diagnostics.Any(d => d.DefaultSeverity == DiagnosticSeverity.Error))
        {
            Assert.Empty(run.GeneratedSources);
        }
        else
        {
            Assert.NotEmpty(run.GeneratedSources);
        }

        Assert.Empty(output.GetDiagnostics().Select(d => d.ToString()));
    }

    private static string Render(
        (string Name, bool IsNode, int Fields, int Edges, int Operations, bool HasRoot)[] types, string[] fieldNames, int[] fieldTypes, string[] enumValues, string root)
    {
        var yaml = new StringBuilder("api_version: v19.0\nnamespace: Adversarial.Api\n");
        var declared = types.Select(t => t.Name).Distinct().ToList();
        var next = 0;
        string Pick() => fieldNames[next++ % fieldNames.Length];
        string TypeOf(int i)
        {
            var choice = fieldTypes[i % fieldTypes.Length];
            return choice < Scalars.Length ? Scalars[choice]
                : choice == Scalars.Length ? "list<" + declared[i % declared.Count] + ">"
                : choice == Scalars.Length + 1 && enumValues.Length > 0 ? "ItemKind"
                : declared[i % declared.Count];
        }

        foreach (var section in new[] { true, false })
        {
            var inSection = types.Where(t => t.IsNode == section).GroupBy(t => t.Name).Select(g => g.First()).ToList();
            if (inSection.Count == 0)
            {
                continue;
            }

            yaml.Append(section ? "nodes:\n" : "structs:\n");
            foreach (var type in inSection)
            {
                yaml.Append("  \"").Append(type.Name).Append("\":\n");
                if (section && type.HasRoot)
                {
                    yaml.Append("    root: ").Append(root).Append('\n');
                }

                yaml.Append("    fields:\n      id: id\n");
                foreach (var name in Enumerable.Range(0, type.Fields).Select(_ => Pick()).Where(n => n != "id").Distinct())
                {
                    yaml.Append("      \"").Append(name).Append("\": ").Append(TypeOf(next)).Append('\n');
                }

                if (!section)
                {
                    continue;
                }

                if (type.Edges > 0)
                {
                    yaml.Append("    edges:\n");
                    foreach (var name in Enumerable.Range(0, type.Edges).Select(_ => Pick()).Distinct())
                    {
                        yaml.Append("      \"").Append(name).Append("\": { target: \"").Append(declared[next % declared.Count]).Append("\" }\n");
                    }
                }

                if (type.Operations > 0)
                {
                    yaml.Append("    operations:\n");
                    foreach (var name in Enumerable.Range(0, type.Operations).Select(_ => Pick()).Distinct())
                    {
                        yaml.Append("      \"").Append(name).Append("\":\n        method: POST\n        params:\n          \"")
                            .Append(Pick()).Append("\": string\n");
                    }
                }
            }
        }

        if (enumValues.Length > 0)
        {
            yaml.Append("enums:\n  ItemKind:\n    values: [");
            yaml.Append(string.Join(", ", enumValues.Distinct().Select(v => "\"" + v + "\"")));
            yaml.Append("]\n");
        }

        return yaml.ToString();
    }
}
