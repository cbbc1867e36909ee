using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using GraphGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace GraphGen.Generator.Tests.Generation;

/// <summary>
/// The generator on a real .NET 8 runtime, as in a .NET 8 SDK's compiler: tests/GraphGen.Net8Host is published
/// self-contained for linux-x64 (net8.0, from the runtime pack NuGet serves, so no installed .NET 8 is needed) and run
/// as a process. It loads GraphGen.Generator.dll from a package-like analyzer folder in its own load context (YamlDotNet
/// and Scriban from that folder, Roslyn 4.8 and the framework from the host), runs it over the shipped schema and
/// compiles the output against its own net8.0 framework and GraphGen.Runtime's net8.0 build, then reads a response
/// with the generated readers there.
/// <see cref="CompilerHostIsolationTests"/> only simulates this on the test's own runtime.
/// </summary>
public sealed class Net8HostTests : IClassFixture<Net8HostTests.PublishedHost>
{
    private readonly PublishedHost _host;
    private readonly Xunit.Abstractions.ITestOutputHelper _output;

    public Net8HostTests(PublishedHost host, Xunit.Abstractions.ITestOutputHelper output)
    {
        _host = host;
        _output = output;
    }

    [Fact]
    public async Task Generator_runs_on_dotnet_8_and_its_output_compiles_there()
    {
        var publish = await _host.Publish.Value;
        Assert.True(publish.ExitCode == 0, "publishing the .NET 8 host failed:\n" + publish);
        var hostPath = Path.Combine(_host.PublishFolder, "GraphGen.Net8Host");
        Assert.True(File.Exists(hostPath), $"no host executable at {hostPath}:\n{publish}");

        var analyzerFolder = Path.Combine(_host.Root, "analyzers", "dotnet", "cs");
        Directory.CreateDirectory(analyzerFolder);
        foreach (var file in new[] { "GraphGen.Generator.dll", "YamlDotNet.dll", "Scriban.Signed.dll" })
        {
            File.Copy(Path.Combine(AppContext.BaseDirectory, file), Path.Combine(analyzerFolder, file), overwrite: true);
        }

        var schemaFolder = Path.Combine(AppContext.BaseDirectory, "Inputs", "schema");
        var schemaFiles = Directory.GetFiles(schemaFolder, "*.graph.yaml", SearchOption.AllDirectories)
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(schemaFiles);

        var run = await ProcessRunner.RunAsync(hostPath, new[] { analyzerFolder }.Concat(schemaFiles).ToList(), _host.Root, TimeSpan.FromMinutes(5));
        _output.WriteLine(string.Join("\n", run.StandardOutput.Split('\n').Where(l => !l.StartsWith("file: ", StringComparison.Ordinal))));
        Assert.True(run.ExitCode == 0, "the .NET 8 host failed:\n" + run);

        // It really ran on .NET 8 (a self-contained app never rolls forward to the machine's runtime).
        Assert.StartsWith(".NET 8.", Value(run, "runtime"), StringComparison.Ordinal);
        Assert.StartsWith("8.0.", Value(run, "environment-version"), StringComparison.Ordinal);
        Assert.Equal("4.8.0.0", Value(run, "roslyn"));

        // The generator and its dependencies came from the analyzer folder, in the analyzer's own context.
        var loaded = Values(run, "analyzer-context").Select(v => v.Split(' ')[0]).OrderBy(n => n, StringComparer.Ordinal).ToList();
        Assert.Equal(new[] { "GraphGen.Generator", "Scriban.Signed", "YamlDotNet" }, loaded);

        // Exactly what the generator produces in-process on this runtime, byte for byte, and it compiles on .NET 8.
        var expected = ExpectedOutput(schemaFiles);
        Assert.Equal(expected.Files.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), Value(run, "generated"));
        Assert.True(expected.Files.Count > 100, $"only {expected.Files.Count} files are generated in-process");
        Assert.Equal(expected.Files, Values(run, "file"));
        Assert.Equal(expected.Sha256, Value(run, "generated-sha256"));
        Assert.Equal("0", Value(run, "generator-diagnostics"));
        Assert.Equal("0", Value(run, "compile-diagnostics"));
        Assert.Equal("0", Value(run, "generator-exceptions"));

        // And the generated readers run there, on GraphGen.Runtime's net8.0 build: escapes, Graph's dates, an untyped
        // value parsed on first read, an unknown field skipped, a lone surrogate rejected as a JsonException.
        var read = Values(run, "read");
        Assert.Equal("name=Zoë \"Zo\"", read[0]);
        Assert.Equal("login-upgrade-by=2024-02-29T23:59:59.0000000+00:00", read[1]);
        Assert.Equal("cover-caption=Café", read[2]);
        Assert.Equal("languages=1", read[3]);
        Assert.Equal("has-birthday=False", read[4]);
        Assert.Equal("lone-surrogate=JsonException", read[5]);
        using (var written = System.Text.Json.JsonDocument.Parse(read[6].Substring("written=".Length)))
        {
            Assert.Equal("Zoë \"Zo\"", written.RootElement.GetProperty("name").GetString());
            Assert.Equal(5, written.RootElement.GetProperty("cover").GetProperty("offset_y").GetInt32());
            Assert.False(written.RootElement.TryGetProperty("unknown", out _));
        }

        Assert.Equal("ok", Value(run, "result"));
    }

    /// <summary>The in-process run over the same files (same paths), hashed the way the host hashes its output.</summary>
    private static (IReadOnlyList<string> Files, string Sha256) ExpectedOutput(IReadOnlyList<string> schemaFiles)
    {
        var texts = schemaFiles.Select(p => new InMemoryAdditionalText(p, File.ReadAllText(p))).ToList();
        var (result, _, diagnostics) = GeneratorHarness.Run(texts, globalOptions: null, "public static class Consumer { }");
        Assert.Empty(diagnostics);
        var sources = result.Results.SelectMany(r => r.GeneratedSources).OrderBy(s => s.HintName, StringComparer.Ordinal).ToList();
        using var sha = SHA256.Create();
        foreach (var source in sources)
        {
            var bytes = Encoding.UTF8.GetBytes(source.HintName + "\n" + source.SourceText + "\n");
            sha.TransformBlock(bytes, 0, bytes.Length, null, 0);
        }

        sha.TransformFinalBlock(Array.Empty<byte>(), 0, 0);
        return (sources.Select(s => s.HintName).ToList(), Convert.ToHexString(sha.Hash!));
    }

    private static string Value(ProcessResult run, string key)
    {
        var values = Values(run, key);
        Assert.True(values.Count == 1, $"expected one '{key}:' line from the host, found {values.Count}:\n{run}");
        return values[0];
    }

    private static List<string> Values(ProcessResult run, string key)
        => run.StandardOutput.Split('\n')
            .Select(l => l.TrimEnd('\r'))
            .Where(l => l.StartsWith(key + ": ", StringComparison.Ordinal))
            .Select(l => l.Substring(key.Length + 2))
            .ToList();

    /// <summary>
    /// Publishes the host once per test run into a temporary folder: <c>--artifacts-path</c> keeps its build (and
    /// the net8.0 builds of the runtime and generator it references) out of the repository's bin/obj, so it never
    /// races the solution's own builds or another test project.
    /// </summary>
    public sealed class PublishedHost : IDisposable
    {
        public PublishedHost()
        {
            Root = Path.Combine(Path.GetTempPath(), "graphgen-net8host-" + Guid.NewGuid().ToString("N"));
            PublishFolder = Path.Combine(Root, "host");
            Directory.CreateDirectory(Root);
            var project = Path.Combine(RepositoryRoot(), "tests", "GraphGen.Net8Host", "GraphGen.Net8Host.csproj");
            Publish = new Lazy<Task<ProcessResult>>(() => ProcessRunner.RunAsync(
                ProcessRunner.DotnetPath(),
                new[]
                {
                    "publish", project, "-c", "Release", "-r", "linux-x64", "--self-contained",
                    "--artifacts-path", Path.Combine(Root, "artifacts"), "-o", PublishFolder,
                },
                Root,
                TimeSpan.FromMinutes(15)));
        }

        public string Root { get; }

        public string PublishFolder { get; }

        public Lazy<Task<ProcessResult>> Publish { get; }

        public void Dispose()
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        private static string RepositoryRoot()
            => typeof(Net8HostTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "RepositoryRoot").Value!;
    }
}
