using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using System.Xml.Linq;
using GraphGen.Package.Tests.Infrastructure;

namespace GraphGen.Package.Tests;

/// <summary>A user's first hour: `dotnet new console`, one PackageReference, schema files, build, run.</summary>
[Collection(PackageCollection.Name)]
public sealed class ConsumerProjectTests
{
    private static readonly TimeSpan NewTimeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(2);

    private readonly PackedPackages _packages;

    public ConsumerProjectTests(PackedPackages packages) => _packages = packages;

    [Fact]
    public async Task A_new_console_project_with_the_package_and_yaml_files_builds_without_warnings_and_runs_the_generated_code()
    {
        var project = await NewConsumerAsync("Consumer");
        // Stale copies in bin/ and obj/ must not reach the generator: were they read, this broken YAML would fail the build.
        foreach (var output in new[] { "bin", "obj" })
        {
            Directory.CreateDirectory(Path.Combine(project, output));
            File.WriteAllText(Path.Combine(project, output, "stale.graph.yaml"), "nodes: [ not a schema\n");
        }

        // A package folder of its own: the machine's global cache never sees this run's GraphGen.
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_packages.WorkDirectory, "nuget-packages") };
        var build = await DotnetCli.RunAsync(
            project,
            ["build", "-c", "Release", "-p:TreatWarningsAsErrors=true", "--disable-build-servers", "-nodeReuse:false"],
            BuildTimeout,
            environment);
        build.EnsureSucceeded();
        // The editor schema landed at the version-independent path the README tells VS Code and Rider to use.
        Assert.Equal(
            File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "schema", "graph-schema.json")),
            File.ReadAllText(Path.Combine(project, "obj", "graph-schema.json")));
        var run = await DotnetCli.RunAsync(project, ["run", "-c", "Release", "--no-build"], RunTimeout, environment);
        run.EnsureSucceeded();

        string[] expected =
        [
            "fields=id,name,items.limit(2){price}",
            "name=Corner Shop",
            "status=CLOSED_FOR_NOW",
            """json={"id":"42","name":"Corner Shop","status":"CLOSED_FOR_NOW"}""",
            "code 4=RateLimit",
            // GraphGenAccessibility=internal in the project file reached the generator.
            "public=False",
            // So did GraphGenRoots=Shop: Warehouse, which Shop does not reach, was not generated.
            "warehouse generated=False",
        ];
        var lines = run.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.True(expected.SequenceEqual(lines), $"expected{Environment.NewLine}{string.Join(Environment.NewLine, expected)}{Environment.NewLine}but {run.Describe()}");
    }

    [Fact]
    public async Task The_packaged_analyzer_warns_GG0029_when_the_consumer_reads_a_field_its_request_did_not_select_and_editorconfig_sets_its_severity()
    {
        var project = await NewConsumerAsync("AnalyzerConsumer");
        File.WriteAllText(Path.Combine(project, "UnselectedRead.cs"), """
            using System.Threading.Tasks;
            using Consumer.Graph;

            static class UnselectedRead
            {
                public static async Task<string?> StatusAsync(ShopsRequestBuilder shops)
                {
                    var shop = await shops["1"].GetAsync(f => f.Id.Name);
                    return shop.Status?.ToWireValue();
                }
            }
            """);

        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_packages.WorkDirectory, "nuget-packages") };
        var build = await DotnetCli.RunAsync(
            project,
            ["build", "-c", "Release", "-p:TreatWarningsAsErrors=false", "--disable-build-servers", "-nodeReuse:false"],
            BuildTimeout,
            environment);
        build.EnsureSucceeded();
        Assert.True(
            build.StandardOutput.Contains("UnselectedRead.cs(9,21): warning GG0029: 'Shop.Status' is read here", StringComparison.Ordinal),
            $"expected GG0029 on UnselectedRead.cs(9,21) but {build.Describe()}");

        // A project's .editorconfig sets the severity, as for any Roslyn rule: an error fails the build...
        var editorConfig = Path.Combine(project, ".editorconfig");
        File.WriteAllText(editorConfig, "root = true\n\n[*.cs]\ndotnet_diagnostic.GG0029.severity = error\n");
        var strict = await DotnetCli.RunAsync(
            project, ["build", "-c", "Release", "-p:TreatWarningsAsErrors=false", "--disable-build-servers", "-nodeReuse:false"], BuildTimeout, environment);
        Assert.True(strict.ExitCode != 0 && strict.StandardOutput.Contains("UnselectedRead.cs(9,21): error GG0029", StringComparison.Ordinal),
            $"expected the build to fail with error GG0029 but {strict.Describe()}");

        // ...and none turns the rule off.
        File.WriteAllText(editorConfig, "root = true\n\n[*.cs]\ndotnet_diagnostic.GG0029.severity = none\n");
        var off = await DotnetCli.RunAsync(
            project, ["build", "-c", "Release", "-p:TreatWarningsAsErrors=false", "--disable-build-servers", "-nodeReuse:false"], BuildTimeout, environment);
        off.EnsureSucceeded();
        Assert.DoesNotContain("GG0029", off.StandardOutput, StringComparison.Ordinal);
    }

    // `dotnet new console` with the package referenced and the Consumer folder (program and schema) copied in.
    private async Task<string> NewConsumerAsync(string name)
    {
        await _packages.PackAsync(PackedPackages.GraphGenProject, "GraphGen");
        var project = _packages.NewDirectory(name);
        var created = await DotnetCli.RunAsync(
            project,
            ["new", "console", "--name", "Consumer", "--output", project, "--no-restore", "--no-update-check"],
            NewTimeout);
        created.EnsureSucceeded();

        WriteNuGetConfig(project);
        AddPackageReference(Path.Combine(project, "Consumer.csproj"));
        CopyDirectory(Path.Combine(AppContext.BaseDirectory, "Consumer"), project);
        return project;
    }

    // The run's folder feed first, and the machine's own sources (inherited: no <clear/>) for anything else.
    private void WriteNuGetConfig(string project)
        => new XDocument(
            new XElement("configuration",
                new XElement("packageSources",
                    new XElement("add", new XAttribute("key", "graphgen-test-feed"), new XAttribute("value", _packages.Feed)))))
            .Save(Path.Combine(project, "nuget.config"));

    // All a user adds to the project file: the package, and here the accessibility and roots switches the package exposes.
    private void AddPackageReference(string projectFile)
    {
        var document = XDocument.Load(projectFile);
        var root = document.Root!;
        root.Add(
            new XElement("PropertyGroup", new XElement("GraphGenAccessibility", "internal"), new XElement("GraphGenRoots", "Shop")),
            new XElement("ItemGroup",
                new XElement("PackageReference", new XAttribute("Include", "GraphGen"), new XAttribute("Version", _packages.Version))));
        document.Save(projectFile);
    }

    private static void CopyDirectory(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
        }
    }
}
