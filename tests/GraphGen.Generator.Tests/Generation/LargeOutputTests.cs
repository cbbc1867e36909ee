using System.Linq;
using System.Text;
using GraphGen.Generator.Tests.Infrastructure;

namespace GraphGen.Generator.Tests.Generation;

/// <summary>A type whose generated file is larger than Scriban's default output limit (1,048,576 characters).</summary>
public sealed class LargeOutputTests
{
    [Fact]
    public void A_generated_file_over_a_million_characters_is_written_whole_and_compiles()
    {
        var yaml = new StringBuilder("api_version: v25.0\nnamespace: Large.Api\nstructs:\n  Wide:\n    fields:\n");
        for (var i = 0; i < 4000; i++)
        {
            yaml.Append("      field_number_").Append(i).Append(": { type: string, description: The field number ").Append(i).Append(" of a very wide struct. }\n");
        }

        var (result, output, diagnostics) = GeneratorHarness.Run(new[] { new InMemoryAdditionalText("/schema/wide.graph.yaml", yaml.ToString()) });

        Assert.Empty(diagnostics.Select(d => d.ToString()));
        var largest = result.GeneratedTrees.Select(t => t.GetText().ToString()).OrderByDescending(t => t.Length).First();
        Assert.True(largest.Length > 1_048_576, "the test needs a file over Scriban's limit; got " + largest.Length);
        Assert.EndsWith("}\n", largest.Replace("\r\n", "\n", System.StringComparison.Ordinal), System.StringComparison.Ordinal);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).Select(d => d.ToString()));
    }
}
