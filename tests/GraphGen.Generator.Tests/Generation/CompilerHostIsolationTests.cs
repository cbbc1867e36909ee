using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using GraphGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace GraphGen.Generator.Tests.Generation;

/// <summary>
/// Scriban's netstandard2.0 build references System.Text.Json 10.0.0.0, which a .NET 8 SDK's compiler host cannot
/// supply. These tests load the generator the way the compiler does (its own load context, dependencies from its
/// folder) but refuse System.Text.Json, and run it over the shipped schema: if any code path the generator uses
/// needed System.Text.Json, generation would fail (as GG9999) instead of producing the usual output.
/// <see cref="Net8HostTests"/> runs the generator on a real .NET 8 runtime.
/// </summary>
public sealed class CompilerHostIsolationTests
{
    [Fact]
    public void Generator_runs_without_ever_loading_system_text_json()
    {
        var context = new AnalyzerLikeLoadContext(AppContext.BaseDirectory);
        var generator = (IIncrementalGenerator)Activator.CreateInstance(
            context.LoadFromAssemblyPath(Path.Combine(AppContext.BaseDirectory, "GraphGen.Generator.dll")).GetType("GraphGen.Generator.GraphGenerator")!)!;

        var driver = CSharpGeneratorDriver.Create(
            new[] { generator.AsSourceGenerator() },
            GeneratorHarness.ShippedSchema(),
            GeneratorHarness.ParseOptions);
        var result = driver.RunGenerators(GeneratorHarness.CreateCompilation("public class A { }")).GetRunResult();

        Assert.True(result.Diagnostics.IsEmpty, string.Join("\n", result.Diagnostics.Select(d => d.GetMessage()).Take(2)));
        Assert.True(result.GeneratedTrees.Length > 100, $"only {result.GeneratedTrees.Length} files were generated");
        Assert.Empty(context.RefusedLoads);
        Assert.Contains(context.Assemblies, a => a.GetName().Name == "Scriban.Signed");
    }

    /// <summary>
    /// Loads the generator and its bundled dependencies from their folder, shares Roslyn and the core framework with
    /// the host (as the compiler does), and refuses System.Text.Json like a .NET 8 host would (it only has 8.0).
    /// </summary>
    private sealed class AnalyzerLikeLoadContext : AssemblyLoadContext
    {
        private readonly string _folder;

        public AnalyzerLikeLoadContext(string folder)
            : base("analyzer-like", isCollectible: false) => _folder = folder;

        public System.Collections.Concurrent.ConcurrentBag<string> RefusedLoads { get; } = new();

        protected override Assembly? Load(AssemblyName name)
        {
            if (name.Name == "System.Text.Json")
            {
                RefusedLoads.Add(name.FullName);
                throw new FileLoadException($"{name.FullName} is not available in this compiler host.");
            }

            if (name.Name is "GraphGen.Generator" or "YamlDotNet" or "Scriban.Signed")
            {
                return LoadFromAssemblyPath(Path.Combine(_folder, name.Name + ".dll"));
            }

            return null; // Roslyn, netstandard and the framework come from the host.
        }
    }
}
