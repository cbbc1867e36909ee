using System;
using System.Linq;
using GraphGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace GraphGen.Generator.Tests.Generation;

/// <summary>
/// <c>[Obsolete]</c> on deprecated fields reaches the user: reading the property or selecting the field gives CS0618
/// with the schema's reason, exactly on the lines that use it, and never inside the generated code itself.
/// </summary>
public sealed class ObsoleteDiagnosticTests
{
    [Fact]
    public void Deprecated_field_gives_cs0618_on_the_property_and_the_selector_and_nowhere_else()
    {
        const string userCode = """
            using Small.Api;

            public static class Usage
            {
                public static string? Name(Shop shop) => shop.Name;
                public static string? Legacy(Shop shop) => shop.LegacyCode;
                public static ShopFields Current() => new ShopFields().Id.Name;
                public static ShopFields Old() => new ShopFields().Id.LegacyCode;
                public static bool Asked(Shop shop) => shop.Has(Shop.Field.Name);
            }
            """;

        var (_, output, driverDiagnostics) = GeneratorHarness.Run(new[] { GeneratorHarness.TestSchema("small.graph.yaml") }, null, userCode);

        Assert.Empty(driverDiagnostics);
        var all = output.GetDiagnostics();
        Assert.Equal(new[] { "/src/Source0.cs:6", "/src/Source0.cs:8" }, Cs0618Lines(all));
        Assert.All(all.Where(d => d.Id == "CS0618"), d => Assert.Contains("Use name instead.", d.GetMessage(), StringComparison.Ordinal));
        Assert.Empty(all.Where(d => d.Id != "CS0618").Select(d => d.ToString()));
    }

    [Fact]
    public void Field_that_returns_no_data_and_core_deprecated_field_give_cs0618_saying_so()
    {
        const string userCode = """
            using GraphGen.Facebook;

            public static class Usage
            {
                public static string? About(User user) => user.About;
                public static UserFields AboutSelected() => new UserFields().About;
                public static string? Locale(User user) => user.Locale;
                public static UserFields Email() => new UserFields().Id.Email;
            }
            """;

        var (_, output, driverDiagnostics) = GeneratorHarness.Run(GeneratorHarness.ShippedSchema(), null, userCode);

        Assert.Empty(driverDiagnostics);
        var all = output.GetDiagnostics();
        Assert.Equal(new[] { "/src/Source0.cs:5", "/src/Source0.cs:6", "/src/Source0.cs:7" }, Cs0618Lines(all));
        Assert.Contains("Returns no data since 2018-04-04.", all.First(d => d.Id == "CS0618").GetMessage(), StringComparison.Ordinal);
        Assert.Empty(all.Where(d => d.Id != "CS0618").Select(d => d.ToString()));
    }

    private static string[] Cs0618Lines(System.Collections.Immutable.ImmutableArray<Diagnostic> diagnostics)
        => diagnostics
            .Where(d => d.Id == "CS0618")
            .Select(d => d.Location.GetLineSpan())
            .Select(s => $"{s.Path}:{s.StartLinePosition.Line + 1}")
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToArray();
}
