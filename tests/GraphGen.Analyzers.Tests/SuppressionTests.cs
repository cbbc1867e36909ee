using System.Threading.Tasks;
using GraphGen.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;

namespace GraphGen.Analyzers.Tests;

/// <summary>GG0029 can be turned off per line (#pragma) and per project (.editorconfig), and says what to do.</summary>
public sealed class SuppressionTests
{
    [Fact]
    public Task Pragma_suppresses_one_line() => Verify.AnalyzerAsync(Code.InMethod("""
        var shop = await graph.Shops["1"].GetAsync(f => f.Id);
        Print(shop.{|GG0029:Rating|});
        #pragma warning disable GG0029 // The test reads the absent field on purpose.
        Print(shop.Email);
        """));

    [Fact]
    public Task Editorconfig_severity_none_turns_it_off() => Verify.AnalyzerWithEditorConfigAsync(
        Code.InMethod("""
            var shop = await graph.Shops["1"].GetAsync(f => f.Id);
            Print(shop.Email);
            """),
        "root = true\n\n[*]\ndotnet_diagnostic.GG0029.severity = none\n");

    [Fact]
    public Task Message_names_the_field_and_the_Has_check() => Verify.AnalyzerAsync(
        Code.InMethod("""
            var shop = await graph.Shops["1"].GetAsync(f => f.Id);
            Print(shop.{|#0:Email|});
            """),
        new DiagnosticResult(AnalyzerDiagnostics.UnselectedFieldRead).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithMessage(
            "'Shop.Email' is read here but the request's field selection does not include it, so it is always null; add 'Email' to the selection or check Has(Shop.Field.Email) first"));
}
