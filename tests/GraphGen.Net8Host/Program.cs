using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace GraphGen.Net8Host;

/// <summary>
/// Loads GraphGen.Generator.dll from an analyzer folder the way the compiler does (its own load context, its
/// dependencies from that folder, Roslyn and the framework from this host), runs it over schema files, and compiles
/// the output against this process's framework (net8.0) and GraphGen.Runtime's net8.0 build.
/// Usage: GraphGen.Net8Host &lt;analyzer folder&gt; &lt;schema file&gt;... ; exits 0 only when generation and the
/// compilation report no diagnostics (warnings count).
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        try
        {
            return Run(args);
        }
        catch (Exception exception)
        {
            Console.WriteLine($"exception: {exception}");
            Console.WriteLine("result: failed");
            return 1;
        }
    }

    private static int Run(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: GraphGen.Net8Host <analyzer folder> <schema.graph.yaml>...");
            return 2;
        }

        Console.WriteLine($"runtime: {RuntimeInformation.FrameworkDescription}");
        Console.WriteLine($"environment-version: {Environment.Version}");
        Console.WriteLine($"roslyn: {typeof(CSharpCompilation).Assembly.GetName().Version}");

        var analyzerFolder = Path.GetFullPath(args[0]);
        var context = new AnalyzerDirectoryLoadContext(analyzerFolder);
        var generatorAssembly = context.LoadFromAssemblyPath(Path.Combine(analyzerFolder, "GraphGen.Generator.dll"));
        var generators = generatorAssembly.GetTypes()
            .Where(t => !t.IsAbstract && t.GetCustomAttribute<GeneratorAttribute>() is not null && typeof(IIncrementalGenerator).IsAssignableFrom(t))
            .Select(t => ((IIncrementalGenerator)Activator.CreateInstance(t)!).AsSourceGenerator())
            .ToList();
        Console.WriteLine($"generators: {generators.Count}");
        if (generators.Count == 0)
        {
            Console.WriteLine("result: failed");
            return 1;
        }

        var schemas = args.Skip(1)
            .Select(Path.GetFullPath)
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (AdditionalText)new FileText(p))
            .ToImmutableArray();
        var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp12, DocumentationMode.Diagnose);
        var compilation = CSharpCompilation.Create(
            "GraphGen.Net8Consumer",
            new[] { CSharpSyntaxTree.ParseText("public static class Consumer { }", parseOptions, path: "/src/Consumer.cs") },
            References(),
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                generalDiagnosticOption: ReportDiagnostic.Error,
                specificDiagnosticOptions: new Dictionary<string, ReportDiagnostic> { ["CS1591"] = ReportDiagnostic.Suppress }));

        GeneratorDriver driver = CSharpGeneratorDriver.Create(generators, schemas, parseOptions);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics, CancellationToken.None);
        var result = driver.GetRunResult();
        var generated = result.Results.SelectMany(r => r.GeneratedSources).OrderBy(s => s.HintName, StringComparer.Ordinal).ToList();
        var exceptions = result.Results.Where(r => r.Exception is not null).Select(r => r.Exception!.ToString()).ToList();

        using (var sha = SHA256.Create())
        {
            foreach (var source in generated)
            {
                var bytes = Encoding.UTF8.GetBytes(source.HintName + "\n" + source.SourceText + "\n");
                sha.TransformBlock(bytes, 0, bytes.Length, null, 0);
            }

            sha.TransformFinalBlock(Array.Empty<byte>(), 0, 0);
            Console.WriteLine($"generated-sha256: {Convert.ToHexString(sha.Hash!)}");
        }

        Console.WriteLine($"schemas: {schemas.Length}");
        Console.WriteLine($"generated: {generated.Count}");
        foreach (var source in generated)
        {
            Console.WriteLine($"file: {source.HintName}");
        }

        var compileDiagnostics = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        using (var peStream = new MemoryStream())
        {
            var emit = output.Emit(peStream);
            compileDiagnostics.AddRange(emit.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning && !compileDiagnostics.Contains(d)));
            Console.WriteLine($"emitted: {emit.Success} ({peStream.Length} bytes)");
        }

        Console.WriteLine($"generator-diagnostics: {generatorDiagnostics.Length}");
        Console.WriteLine($"compile-diagnostics: {compileDiagnostics.Count}");
        Console.WriteLine($"generator-exceptions: {exceptions.Count}");
        foreach (var diagnostic in generatorDiagnostics.Concat(compileDiagnostics).Take(20))
        {
            Console.WriteLine($"diagnostic: {diagnostic}");
        }

        foreach (var exception in exceptions)
        {
            Console.WriteLine($"exception: {exception}");
        }

        foreach (var assembly in context.Assemblies.OrderBy(a => a.GetName().Name, StringComparer.Ordinal))
        {
            Console.WriteLine($"analyzer-context: {assembly.GetName().Name} {assembly.GetName().Version}");
        }

        var systemTextJson = AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => a.GetName().Name == "System.Text.Json");
        Console.WriteLine($"system-text-json: {(systemTextJson is null ? "not loaded" : systemTextJson.GetName().Version + " in " + AssemblyLoadContext.GetLoadContext(systemTextJson)?.Name)}");

        var readsOk = compileDiagnostics.Count == 0 && exceptions.Count == 0 && ReadResponses(output, parseOptions);
        var ok = generated.Count > 0 && generatorDiagnostics.IsEmpty && compileDiagnostics.Count == 0 && exceptions.Count == 0 && readsOk;
        Console.WriteLine(ok ? "result: ok" : "result: failed");
        return ok ? 0 : 1;
    }

    /// <summary>
    /// Runs the generated readers on this runtime (GraphGen.Runtime's net8.0 build, whose code differs from the net10.0
    /// one in places): a probe compiled against the generated code reads a Graph response and a malformed one, and
    /// prints <c>read: name=value</c> lines the test compares.
    /// </summary>
    private static bool ReadResponses(Compilation generatedCode, CSharpParseOptions parseOptions)
    {
        // Only when the shipped schema's User is there (the test passes the shipped schema).
        if (generatedCode.GetTypeByMetadataName("GraphGen.Facebook.User") is null) return true;
        const string Probe = """
            public static class RuntimeProbe
            {
                public static string[] Read(byte[] json, byte[] loneSurrogate)
                {
                    var user = GraphGen.Facebook.User.FromJson(json);
                    string rejected;
                    try
                    {
                        GraphGen.Facebook.User.FromJson(loneSurrogate);
                        rejected = "no";
                    }
                    catch (System.Text.Json.JsonException)
                    {
                        rejected = "JsonException";
                    }

                    return new[]
                    {
                        "name=" + user.Name,
                        "login-upgrade-by=" + user.SharedLoginUpgradeRequiredBy?.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                        "cover-caption=" + user.Cover?.GetProperty("caption").GetString(),
                        "languages=" + user.Languages?.Count,
                        "has-birthday=" + user.Has(GraphGen.Facebook.User.Field.Birthday),
                        "lone-surrogate=" + rejected,
                        "written=" + user.ToJson(),
                    };
                }
            }
            """;
        var probe = generatedCode.AddSyntaxTrees(CSharpSyntaxTree.ParseText(Probe, parseOptions, path: "/src/RuntimeProbe.cs"));
        using var peStream = new MemoryStream();
        var emit = probe.Emit(peStream);
        if (!emit.Success)
        {
            foreach (var diagnostic in emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10)) Console.WriteLine($"diagnostic: {diagnostic}");
            return false;
        }

        peStream.Position = 0;
        var assembly = AssemblyLoadContext.Default.LoadFromStream(peStream);
        var json = """{"id":"1","name":"Zo\u00eb \"Zo\"","shared_login_upgrade_required_by":"2024-02-29T23:59:59+0000","cover":{"caption":"Caf\u00e9","offset_y":5},"languages":[{"id":"2","name":"Irish"}],"unknown":{"a":[1,2]}}"""u8.ToArray();
        var loneSurrogate = """{"name":"\ud800"}"""u8.ToArray();
        var lines = (string[])assembly.GetType("RuntimeProbe")!.GetMethod("Read")!.Invoke(null, new object[] { json, loneSurrogate })!;
        foreach (var line in lines) Console.WriteLine($"read: {line}");
        return true;
    }

    /// <summary>This process's framework (System.*, netstandard, mscorlib: net8.0 here) and GraphGen.Runtime.</summary>
    private static IEnumerable<MetadataReference> References()
    {
        var tpa = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        foreach (var path in tpa.Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll"))
        {
            yield return MetadataReference.CreateFromFile(path);
        }

        yield return MetadataReference.CreateFromFile(typeof(GraphGen.Runtime.GraphClient).Assembly.Location);
    }

    /// <summary>
    /// Like the compiler's analyzer loader on .NET Core: one context per analyzer folder; Roslyn (and whatever the
    /// host has in its default context, the framework included) is shared with the host; any other dependency is
    /// loaded from the analyzer's folder.
    /// </summary>
    private sealed class AnalyzerDirectoryLoadContext : AssemblyLoadContext
    {
        private readonly string _folder;

        public AnalyzerDirectoryLoadContext(string folder)
            : base("analyzer:" + folder, isCollectible: false) => _folder = folder;

        protected override Assembly? Load(AssemblyName name)
        {
            if (name.Name is null || name.Name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
            {
                return null; // the compiler's own assemblies come from the host
            }

            var path = Path.Combine(_folder, name.Name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }

    private sealed class FileText : AdditionalText
    {
        private readonly Lazy<SourceText> _text;

        public FileText(string path)
        {
            Path = path;
            _text = new Lazy<SourceText>(() => SourceText.From(File.ReadAllText(path), Encoding.UTF8));
        }

        public override string Path { get; }

        public override SourceText? GetText(CancellationToken cancellationToken = default) => _text.Value;
    }
}
