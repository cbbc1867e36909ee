using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using GraphGen.Package.Tests.Infrastructure;

namespace GraphGen.Package.Tests;

/// <summary>What `dotnet pack` puts in the packages: exactly the files a user needs, and no dependencies to pull in.</summary>
[Collection(PackageCollection.Name)]
public sealed class PackageLayoutTests
{
    private readonly PackedPackages _packages;

    public PackageLayoutTests(PackedPackages packages) => _packages = packages;

    [Fact]
    public async Task GraphGen_package_holds_the_runtime_the_generator_with_its_libraries_the_analyzers_and_the_props_and_nothing_else()
    {
        var path = await _packages.PackAsync(PackedPackages.GraphGenProject, "GraphGen");
        var package = NupkgContents.Read(path);

        string[] expected =
        [
            "README.md",
            // The compiler loads an analyzer's dependencies only from beside it: the netstandard2.0 builds of YamlDotNet
            // and Scriban ship with the generator. Scriban's own package dependencies come from the compiler's host.
            "analyzers/dotnet/cs/GraphGen.Analyzers.CodeFixes.dll",
            "analyzers/dotnet/cs/GraphGen.Analyzers.dll",
            "analyzers/dotnet/cs/GraphGen.Generator.dll",
            "analyzers/dotnet/cs/Scriban.Signed.dll",
            "analyzers/dotnet/cs/YamlDotNet.dll",
            "build/GraphGen.props",
            "buildTransitive/GraphGen.props",
            "lib/net10.0/GraphGen.Runtime.dll",
            "lib/net10.0/GraphGen.Runtime.xml",
            "lib/net8.0/GraphGen.Runtime.dll",
            "lib/net8.0/GraphGen.Runtime.xml",
            // For editors: build/GraphGen.props copies it to the consumer's obj/graph-schema.json.
            "schema/graph-schema.json",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), package.Files);
        Assert.Equal(package.File("build/GraphGen.props"), package.File("buildTransitive/GraphGen.props"));

        Assert.Equal("GraphGen", package.Text("id"));
        Assert.Equal(_packages.Version, package.Text("version"));
        AssertPublishingMetadata(package);

        // The runtime needs the framework only: one empty dependency group per target framework.
        var groups = package.Element("dependencies")!.Elements().ToArray();
        Assert.Equal(["net10.0", "net8.0"], groups.Select(g => (string?)g.Attribute("targetFramework")).Order(StringComparer.Ordinal));
        Assert.All(groups, group => Assert.Empty(group.Elements()));

        var symbols = NupkgContents.Read(Path.ChangeExtension(path, ".snupkg"));
        Assert.Equal(["lib/net10.0/GraphGen.Runtime.pdb", "lib/net8.0/GraphGen.Runtime.pdb"], symbols.Files);
    }

    [Fact]
    public async Task GraphGen_Testing_package_holds_the_fake_server_and_depends_on_the_same_GraphGen_version()
    {
        var path = await _packages.PackAsync(PackedPackages.TestingProject, "GraphGen.Testing");
        var package = NupkgContents.Read(path);

        Assert.Equal(
            ["README.md", "lib/net10.0/GraphGen.Testing.dll", "lib/net10.0/GraphGen.Testing.xml"],
            package.Files);
        Assert.Equal("GraphGen.Testing", package.Text("id"));
        AssertPublishingMetadata(package);

        var group = Assert.Single(package.Element("dependencies")!.Elements());
        Assert.Equal("net10.0", (string?)group.Attribute("targetFramework"));
        var dependency = Assert.Single(group.Elements());
        Assert.Equal("GraphGen", (string?)dependency.Attribute("id"));
        Assert.Equal(_packages.Version, (string?)dependency.Attribute("version"));

        var frameworks = package.Element("frameworkReferences")!.Descendants()
            .Where(e => e.Name.LocalName == "frameworkReference")
            .Select(e => (string?)e.Attribute("name"));
        Assert.Equal(["Microsoft.AspNetCore.App"], frameworks);
    }

    [Fact]
    public async Task GraphGen_Extensions_DependencyInjection_package_holds_its_library_for_both_frameworks_and_depends_on_the_same_GraphGen_version()
    {
        var path = await _packages.PackAsync(PackedPackages.DependencyInjectionProject, "GraphGen.Extensions.DependencyInjection");
        var package = NupkgContents.Read(path);

        Assert.Equal(
            [
                "README.md",
                "lib/net10.0/GraphGen.Extensions.DependencyInjection.dll", "lib/net10.0/GraphGen.Extensions.DependencyInjection.xml",
                "lib/net8.0/GraphGen.Extensions.DependencyInjection.dll", "lib/net8.0/GraphGen.Extensions.DependencyInjection.xml",
            ],
            package.Files);
        AssertPublishingMetadata(package);

        var groups = package.Element("dependencies")!.Elements().ToArray();
        Assert.Equal(["net10.0", "net8.0"], groups.Select(g => (string?)g.Attribute("targetFramework")).Order(StringComparer.Ordinal));
        Assert.All(groups, group =>
        {
            var graphGen = Assert.Single(group.Elements(), d => (string?)d.Attribute("id") == "GraphGen");
            Assert.Equal(_packages.Version, (string?)graphGen.Attribute("version"));
            Assert.Contains(group.Elements(), d => (string?)d.Attribute("id") == "Microsoft.Extensions.Http");
        });
    }

    private static void AssertPublishingMetadata(NupkgContents package)
    {
        var license = package.Element("license");
        Assert.Equal("expression", (string?)license?.Attribute("type"));
        Assert.Equal("MIT", license?.Value);
        Assert.Equal("README.md", package.Text("readme"));
        Assert.False(string.IsNullOrWhiteSpace(package.Text("description")));
        Assert.False(string.IsNullOrWhiteSpace(package.Text("tags")));

        var repository = package.Element("repository");
        Assert.Equal("git", (string?)repository?.Attribute("type"));
        Assert.StartsWith("https://", (string?)repository?.Attribute("url"));
    }
}
