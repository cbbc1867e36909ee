using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using GraphGen.Analyzers.CodeFixes;
using GraphGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace GraphGen.Analyzers.Tests.Infrastructure;

/// <summary>Runs GG0029 and its fixes on test code, with the generated API and Roslyn's {|GG0029:...|} markup.</summary>
public static class Verify
{
    /// <summary>The analyzer reports exactly the marked spans (and the code compiles).</summary>
    public static Task AnalyzerAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest { TestCode = source };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>The analyzer reports the marked spans with an .editorconfig applied.</summary>
    public static Task AnalyzerWithEditorConfigAsync(string source, string editorConfig, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest { TestCode = source };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", editorConfig));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>The "add the field to the selection" fix turns <paramref name="source"/> into <paramref name="fixedSource"/>.</summary>
    public static Task AddFieldFixAsync(string source, string fixedSource) => FixAsync<AddFieldToSelectionCodeFix>(source, fixedSource);

    /// <summary>The "check Has first" fix turns <paramref name="source"/> into <paramref name="fixedSource"/>.</summary>
    public static Task HasFixAsync(string source, string fixedSource) => FixAsync<GuardWithHasCodeFix>(source, fixedSource);

    private static Task FixAsync<TFix>(string source, string fixedSource)
        where TFix : CodeFixProvider, new()
    {
        var test = new FixTest<TFix> { TestCode = source, FixedCode = fixedSource };
        return test.RunAsync();
    }

    private static void Configure(SolutionState state) => GeneratedApi.AddTo(state);

    private sealed class AnalyzerTest : CSharpAnalyzerTest<UnselectedFieldAnalyzer, DefaultVerifier>
    {
        public AnalyzerTest()
        {
            ReferenceAssemblies = GeneratedApi.NoPackages;
            TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
            Configure(TestState);
        }

        protected override IEnumerable<Type> GetSourceGenerators() => new[] { typeof(GraphGenerator) };

        protected override ParseOptions CreateParseOptions() =>
            ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.CSharp12);

        protected override CompilationOptions CreateCompilationOptions() =>
            ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithNullableContextOptions(NullableContextOptions.Enable);
    }

    private sealed class FixTest<TFix> : CSharpCodeFixTest<UnselectedFieldAnalyzer, TFix, DefaultVerifier>
        where TFix : CodeFixProvider, new()
    {
        public FixTest()
        {
            ReferenceAssemblies = GeneratedApi.NoPackages;
            TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
            Configure(TestState);
            Configure(FixedState);
        }

        protected override IEnumerable<Type> GetSourceGenerators() => new[] { typeof(GraphGenerator) };

        protected override ParseOptions CreateParseOptions() =>
            ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.CSharp12);

        protected override CompilationOptions CreateCompilationOptions() =>
            ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithNullableContextOptions(NullableContextOptions.Enable);
    }
}
