using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using GraphGen.Generator.Schema;

namespace GraphGen.Generator.Tests.Schema;

/// <summary>The loader runs inside the compiler on whatever the user typed: it must never throw nor blow up.</summary>
public sealed class SchemaRobustnessTests
{
    [Fact]
    public void Billion_laughs_document_is_rejected_without_expanding_aliases()
    {
        var yaml = new StringBuilder("api_version: v19.0\nlol0: &lol0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 1; level <= 9; level++)
        {
            var previous = "*lol" + (level - 1);
            yaml.Append("lol").Append(level).Append(": &lol").Append(level).Append(" [")
                .Append(string.Join(", ", Enumerable.Repeat(previous, 9))).Append("]\n");
        }

        var document = SchemaText.Load(yaml.ToString());

        var aliases = document.Diagnostics.Where(static d => d.Descriptor.Id == "GG0005").ToList();
        Assert.Equal(81, aliases.Count);
        Assert.Equal("YAML alias '*lol0' is not allowed in schema files; write the content out instead", aliases[0].Message);
        Assert.Equal(2, aliases[0].Location!.StartLine);
    }

    [Fact]
    public void File_over_one_mebibyte_is_rejected_before_parsing()
    {
        var text = "api_version: v19.0\n# " + new string('x', SchemaLoader.MaxFileBytes) + "\n";

        var document = SchemaText.Load(text);

        Assert.Equal(new[] { "GG0003@1:1" }, SchemaText.Describe(document));
    }

    [Fact]
    public void Multi_byte_text_is_measured_in_utf8_bytes()
    {
        // 400,000 'é' are 400,000 UTF-16 chars but 800,000 UTF-8 bytes: under the limit. 600,000 are over it.
        var under = SchemaText.Load("api_version: v19.0\n# " + new string('é', 400_000) + "\n");
        var over = SchemaText.Load("api_version: v19.0\n# " + new string('é', 600_000) + "\n");

        Assert.Empty(under.Diagnostics);
        Assert.Equal(new[] { "GG0003@1:1" }, SchemaText.Describe(over));
    }

    [Fact]
    public void Large_valid_file_just_under_the_limit_loads_without_diagnostics()
    {
        var yaml = new StringBuilder("api_version: v19.0\nstructs:\n");
        for (var i = 0; yaml.Length < SchemaLoader.MaxFileBytes - 500; i++)
        {
            yaml.Append("  Struct").Append(i).Append(":\n    description: A generated struct to make the file big.\n    fields:\n")
                .Append("      id: id\n      name: { type: string, description: The name }\n      items: list<string>\n");
        }

        var schema = SchemaValidator.Combine(new[] { SchemaText.Load(yaml.ToString()) });

        Assert.Empty(schema.Diagnostics);
        Assert.True(schema.Nodes.Count > 5000);
    }

    [Fact]
    public void Replacement_character_from_a_non_utf8_file_is_reported_where_it_is()
    {
        var document = SchemaText.Load("api_version: v19.0\nstructs:\n  Caf\uFFFD:\n    fields: { x: string }\n");

        Assert.Equal(new[] { "GG0004@3:6" }, SchemaText.Describe(document));
        Assert.Empty(document.Nodes);
    }

    [Fact]
    public void Deep_nesting_is_cut_off_with_a_diagnostic()
    {
        var yaml = "api_version: v19.0\nstructs: " + new string('[', 10_000) + new string(']', 10_000) + "\n";

        var document = SchemaText.Load(yaml);

        // 'structs' expects a map, so the (truncated) sequence is also reported as the wrong kind of value.
        Assert.Equal(new[] { "GG0025@2:" + ("structs: ".Length + YamlDepthLimit), "GG0008@2:10" }, SchemaText.Describe(document));
    }

    [Fact]
    public void Deeply_nested_type_expression_is_an_invalid_type_not_a_crash()
    {
        var type = string.Concat(Enumerable.Repeat("list<", 5_000)) + "string" + new string('>', 5_000);

        var document = SchemaText.Load("api_version: v19.0\nstructs:\n  A:\n    fields:\n      x: " + type + "\n");

        Assert.Equal(new[] { "GG0009@5:10" }, SchemaText.Describe(document));
    }

    [Fact]
    public void Cancellation_is_honoured()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => SchemaLoader.Load("a.graph.yaml", SchemaText.Minimal, cancellation.Token));
    }

    [Fact]
    public void Mutated_schemas_never_throw_nor_hit_an_internal_failure()
    {
        foreach (var (name, text) in Mutations(SchemaText.Minimal, seed: 20240601, count: 400))
        {
            var document = SchemaLoader.Load(name, text);
            var schema = SchemaValidator.Combine(new[] { document });

            // GG9999 is the loader's last-resort catch: seeing it means a bug, not a bad schema.
            Assert.DoesNotContain(schema.Diagnostics, static d => d.Descriptor.Id == "GG9999");
        }
    }

    [Fact]
    public void Random_garbage_never_throws()
    {
        var random = new Random(7);
        const string alphabet = "abcXYZ019 :-_{}[],&*!|>'\"#%@?\t\n\r\\<>~.\u00e9\uFFFF\u0000";
        for (var i = 0; i < 200; i++)
        {
            var chars = new char[random.Next(0, 400)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = alphabet[random.Next(alphabet.Length)];
            }

            var schema = SchemaValidator.Combine(new[] { SchemaLoader.Load("garbage" + i + ".graph.yaml", new string(chars)) });

            Assert.DoesNotContain(schema.Diagnostics, static d => d.Descriptor.Id == "GG9999");
        }
    }

    // The reader's nesting cap (YamlTreeReader.MaxDepth): the root map is one level, so the 64th '[' is reported.
    private const int YamlDepthLimit = 64;

    /// <summary>Deterministic mutations of a valid file: truncations, character flips, deletions and duplicated lines.</summary>
    private static IEnumerable<(string Name, string Text)> Mutations(string text, int seed, int count)
    {
        var random = new Random(seed);
        const string interesting = ":{}[],&*!|>-'\"#%@?\t\n <>~.0";
        for (var i = 0; i < count; i++)
        {
            var position = random.Next(text.Length);
            string mutated;
            switch (i % 4)
            {
                case 0:
                    mutated = text.Substring(0, position);
                    break;
                case 1:
                    var chars = text.ToCharArray();
                    for (var flips = random.Next(1, 4); flips > 0; flips--)
                    {
                        chars[random.Next(chars.Length)] = interesting[random.Next(interesting.Length)];
                    }

                    mutated = new string(chars);
                    break;
                case 2:
                    mutated = text.Remove(position, Math.Min(random.Next(1, 40), text.Length - position));
                    break;
                default:
                    var lines = text.Split('\n').ToList();
                    var line = random.Next(lines.Count);
                    lines.Insert(random.Next(lines.Count), lines[line]);
                    mutated = string.Join("\n", lines);
                    break;
            }

            yield return ("mutation" + i + ".graph.yaml", mutated);
        }
    }
}
