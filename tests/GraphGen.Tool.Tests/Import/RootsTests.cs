using System.Linq;
using GraphGen.Generator.Schema.Model;
using GraphGen.Tool.Cli;
using GraphGen.Tool.Import;
using GraphGen.Tool.Tests.Infrastructure;

namespace GraphGen.Tool.Tests.Import;

public sealed class RootsTests
{
    [Fact]
    public void Roots_keep_only_the_reachable_types_and_only_the_roots_get_an_accessor()
    {
        using var temp = new TempFolder();

        var result = Importer.Run(new ImportOptions(SpecTarballs.V25, temp.Sub("out")) { Roots = ["User"] }, Progress.Silent);

        var names = result.Schema.Nodes.Select(n => n.Name).ToHashSet();
        Assert.Contains("User", names);
        Assert.Contains("Page", names);                     // User.accounts
        Assert.Contains("AdAccount", names);                // User.adaccounts
        Assert.DoesNotContain("AdCampaignPlacement", names); // nothing from User leads there
        Assert.True(result.Report.TypeCount < 993);
        Assert.Equal("Users", Assert.Single(result.Schema.Nodes, n => n.Root is not null).Root);
        // Closed under references: the Schema stage resolves every type name.
        Assert.DoesNotContain(result.Schema.Diagnostics, d => d.Descriptor.DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
    }

    [Fact]
    public void Without_roots_every_node_gets_an_accessor_named_by_its_plural()
    {
        using var temp = new TempFolder();

        var result = Importer.Run(new ImportOptions(SpecTarballs.V25, temp.Sub("out")), Progress.Silent);

        var nodes = result.Schema.Nodes.Where(n => n.Kind == NodeKind.Node).ToList();
        Assert.All(nodes, n => Assert.NotNull(n.Root));
        Assert.Equal(nodes.Count, nodes.Select(n => n.Root).Distinct(System.StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal("Businesses", nodes.Single(n => n.Name == "Business").Root);
        Assert.Equal("AdAccounts", nodes.Single(n => n.Name == "AdAccount").Root);
    }

    [Theory]
    [InlineData("Nope", "'Nope' is not a type of the spec")]
    [InlineData("user", "did you mean 'User'?")]
    [InlineData("AgeRange", "'AgeRange' is not a node")]
    public void A_root_that_is_not_a_node_of_the_spec_is_refused(string root, string message)
    {
        using var temp = new TempFolder();

        var error = Assert.Throws<UsageException>(() => Importer.Run(new ImportOptions(SpecTarballs.V25, temp.Sub("out")) { Roots = [root] }, Progress.Silent));

        Assert.Contains(message, error.Message, System.StringComparison.Ordinal);
    }
}
