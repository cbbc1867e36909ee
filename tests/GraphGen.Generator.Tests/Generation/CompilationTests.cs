using System.Collections.Generic;
using System.Linq;
using GraphGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace GraphGen.Generator.Tests.Generation;

/// <summary>
/// The generated code plus the runtime compile with zero diagnostics under C# 12 (the .NET 8 SDK default),
/// nullable enabled, documentation checks on and every warning an error.
/// </summary>
public sealed class CompilationTests
{
    [Fact]
    public void Shipped_schema_output_compiles_without_any_diagnostic()
        => AssertCompilesClean(GeneratorHarness.ShippedSchema());

    [Fact]
    public void Small_test_schema_output_compiles_without_any_diagnostic()
        => AssertCompilesClean(new[] { GeneratorHarness.TestSchema("small.graph.yaml") });

    [Fact]
    public void Internal_accessibility_option_makes_every_generated_type_internal()
    {
        var options = new Dictionary<string, string> { ["build_property.GraphGenAccessibility"] = "internal" };
        var (result, output, diagnostics) = GeneratorHarness.Run(new[] { GeneratorHarness.TestSchema("small.graph.yaml") }, options);
        Assert.Empty(diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var text = string.Concat(result.Results.Single().GeneratedSources.Select(s => s.SourceText.ToString()));
        // Top-level declarations sit at one indentation level inside the namespace block.
        Assert.DoesNotMatch(new System.Text.RegularExpressions.Regex("^    public ", System.Text.RegularExpressions.RegexOptions.Multiline), text);
        Assert.Contains("internal sealed partial class Shop", text);
    }

    [Fact]
    public void User_code_calling_the_builders_compiles_and_reads_like_the_url()
    {
        const string userCode = """
            using System.Threading.Tasks;
            using GraphGen.Facebook;
            using GraphGen.Runtime;

            public static class Usage
            {
                public static async Task Run(GraphApi graph)
                {
                    var me = await graph.Users["me"].GetAsync(f => f.Id.Name.Albums(a => a.Name.Photos(p => p.Name, limit: 2), limit: 5));
                    await graph.Users["me"].UpdateAsync(new UserUpdate { Firstname = "Ada" });
                    await graph.Users["1"].DeleteAsync();
                    await foreach (var album in graph.Users["me"].Albums.ListAsync(new AlbumFields().Name)) { _ = album.Name; }
                    GraphPage<Album> page = await graph.Users["me"].Albums.GetPageAsync(limit: 10);
                    await graph.AdAccounts["act_1"].AssignedUsers.RemoveAsync("42");
                    _ = me.Has(User.Field.Email);
                    _ = page.Data.Count;
                }
            }
            """;
        var (_, output, diagnostics) = GeneratorHarness.Run(GeneratorHarness.ShippedSchema(), null, userCode);
        Assert.Empty(diagnostics);
        Assert.Empty(output.GetDiagnostics().Select(d => d.ToString()));
    }

    private static void AssertCompilesClean(IEnumerable<AdditionalText> schema)
    {
        var (result, output, diagnostics) = GeneratorHarness.Run(schema);
        Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
        Assert.Empty(diagnostics.Select(d => d.ToString()));
        Assert.Empty(output.GetDiagnostics().Select(d => d.ToString()));
    }
}
