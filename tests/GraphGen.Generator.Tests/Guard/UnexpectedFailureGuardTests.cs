using System;
using System.Linq;
using GraphGen.Generator.Diagnostics;
using GraphGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace GraphGen.Generator.Tests.Guard;

/// <summary>
/// "Failures never escape": a bug that throws inside model building or rendering (simulated through the internal
/// <see cref="FailureInjection"/> seam) becomes GG9999 naming what failed, never the compiler's CS8785, and the
/// outputs the failure did not touch are still generated.
/// </summary>
public sealed class UnexpectedFailureGuardTests
{
    [Fact]
    public void Exception_while_building_the_type_models_becomes_gg9999_naming_the_stage_and_the_rest_is_generated()
    {
        var (result, driverDiagnostics) = RunWithFailureAt("types");

        var failure = Assert.Single(result.Diagnostics);
        Assert.Equal("GG9999", failure.Id);
        Assert.Equal(DiagnosticSeverity.Error, failure.Severity);
        Assert.Equal("The GraphGen generator failed while processing 'types': InvalidOperationException: injected at types", failure.GetMessage());
        AssertNoCrash(result, driverDiagnostics);

        string[] generated = result.GeneratedTrees.Select(t => System.IO.Path.GetFileName(t.FilePath)).ToArray();
        Assert.DoesNotContain("Shop.Model.g.cs", generated);
        Assert.Contains("Shop.Requests.g.cs", generated);
        Assert.Contains("ShopStatus.Enum.g.cs", generated);
        Assert.Contains("SmallGraph.Client.g.cs", generated);
    }

    [Fact]
    public void Exception_while_rendering_one_output_becomes_gg9999_naming_the_output_and_its_yaml_file()
    {
        var (result, driverDiagnostics) = RunWithFailureAt("Shop.Json.g.cs");

        var failure = Assert.Single(result.Diagnostics);
        Assert.Equal("GG9999", failure.Id);
        Assert.Equal(
            "The GraphGen generator failed while processing 'Shop.Json.g.cs (from /TestSchemas/small.graph.yaml)': InvalidOperationException: injected at Shop.Json.g.cs",
            failure.GetMessage());
        Assert.Equal("/TestSchemas/small.graph.yaml", failure.Location.GetLineSpan().Path);
        AssertNoCrash(result, driverDiagnostics);

        string[] generated = result.GeneratedTrees.Select(t => System.IO.Path.GetFileName(t.FilePath)).ToArray();
        Assert.DoesNotContain("Shop.Json.g.cs", generated);
        Assert.Contains("Shop.Model.g.cs", generated);
        Assert.Contains("Item.Json.g.cs", generated);
    }

    [Theory]
    [InlineData("request builders")]
    [InlineData("schema metadata")]
    [InlineData("enums")]
    [InlineData("error codes")]
    [InlineData("client")]
    [InlineData("GraphErrorCode.g.cs")]
    [InlineData("SmallGraph.Client.g.cs")]
    [InlineData("ShopStatus.Enum.g.cs")]
    [InlineData("Shop.Requests.g.cs")]
    [InlineData("Shop.Schema.g.cs")]
    public void Every_guarded_stage_and_output_kind_turns_an_exception_into_gg9999(string point)
    {
        var (result, driverDiagnostics) = RunWithFailureAt(point);

        var failure = Assert.Single(result.Diagnostics);
        Assert.Equal("GG9999", failure.Id);
        Assert.Contains($"'{point}", failure.GetMessage(), StringComparison.Ordinal);
        AssertNoCrash(result, driverDiagnostics);
    }

    [Fact]
    public void Without_an_injected_failure_the_same_run_reports_nothing()
    {
        var (result, driverDiagnostics) = RunWithFailureAt("no such point");

        Assert.Empty(result.Diagnostics);
        AssertNoCrash(result, driverDiagnostics);
        Assert.Contains(result.GeneratedTrees, t => t.FilePath.EndsWith("Shop.Json.g.cs", StringComparison.Ordinal));
    }

    private static (GeneratorDriverRunResult Result, System.Collections.Immutable.ImmutableArray<Diagnostic> DriverDiagnostics) RunWithFailureAt(string point)
    {
        FailureInjection.Hook = at =>
        {
            if (at == point) throw new InvalidOperationException("injected at " + at);
        };
        try
        {
            var (result, _, diagnostics) = GeneratorHarness.Run(new[] { GeneratorHarness.TestSchema("small.graph.yaml") });
            return (result, diagnostics);
        }
        finally
        {
            FailureInjection.Hook = null;
        }
    }

    private static void AssertNoCrash(GeneratorDriverRunResult result, System.Collections.Immutable.ImmutableArray<Diagnostic> driverDiagnostics)
    {
        Assert.All(result.Results, r => Assert.Null(r.Exception));
        Assert.DoesNotContain(driverDiagnostics, d => d.Id == "CS8785");
    }
}
