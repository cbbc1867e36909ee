using System;
using System.Linq;
using GraphGen.Generator.Tests.Infrastructure;

namespace GraphGen.Generator.Tests.Generation;

/// <summary>The "did you mean" of docs/diagnostics.md, through the generator, with the docs' own examples.</summary>
public sealed class SpellingSuggestionTests
{
    private const string Header = "api_version: v1.0\nnamespace: X\n";

    [Theory]
    [InlineData("GG0010", "nodes:\n  Page:\n    fields:\n      id: id\n  User:\n    fields:\n      hometown: Pagee\n", "(did you mean 'Page'?)")]
    [InlineData("GG0018", "errors:\n  4: { name: TooManyCalls, category: ratelimit }\n", "(did you mean 'rate_limit'?)")]
    [InlineData("GG0020", "nodes:\n  User:\n    fields:\n      id: id\n    operations:\n      update: { method: POST, params: { user: id, uid: id }, one_of: [[user, usr]] }\n", "(did you mean 'user'?)")]
    [InlineData("GG0006", "nodes:\n  User:\n    fields:\n      email: { type: string, descripton: The email }\n", "(did you mean 'description'?)")]
    public void Misspelt_name_gets_the_closest_known_name_as_a_suggestion(string id, string yaml, string suggestion)
    {
        var (result, _, _) = GeneratorHarness.Run(new[] { new InMemoryAdditionalText("/p/x.graph.yaml", Header + yaml) });

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == id);
        Assert.EndsWith(suggestion, diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Name_far_from_every_known_one_gets_no_suggestion()
    {
        var (result, _, _) = GeneratorHarness.Run(new[] { new InMemoryAdditionalText("/p/x.graph.yaml", Header + "nodes:\n  User:\n    fields:\n      hometown: Zxqvw\n") });

        var diagnostic = Assert.Single(result.Diagnostics.Where(d => d.Id == "GG0010"));
        Assert.DoesNotContain("did you mean", diagnostic.GetMessage(), StringComparison.Ordinal);
    }
}
