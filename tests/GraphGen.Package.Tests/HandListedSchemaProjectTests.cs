using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using System.Xml.Linq;
using GraphGen.Package.Tests.Infrastructure;

namespace GraphGen.Package.Tests;

/// <summary>
/// The two README promises a default consumer never reaches, built through the package's real props file: a project
/// that sets <c>EnableDefaultGraphGenItems=false</c> and lists its schema as <c>AdditionalFiles</c> itself, with a
/// schema that has no <c>namespace:</c>, gets its types in the project's <c>RootNamespace</c>.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class HandListedSchemaProjectTests
{
    private static readonly TimeSpan NewTimeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(2);

    // No namespace: the generated code must take the project's RootNamespace.
    private const string OrdersSchema = """
        api_version: v25.0
        nodes:
          Order:
            root: Orders
            fields:
              id: id
              total: float
        """;

    private const string Program = """
        using System;

        Console.WriteLine($"type={typeof(Acme.Orders.Order).FullName}");
        Console.WriteLine($"fields={new Acme.Orders.OrderFields().Id.Total}");
        Console.WriteLine($"total={Acme.Orders.Order.FromJson("{\"id\":\"7\",\"total\":9.5}"u8).Total}");
        """;

    private readonly PackedPackages _packages;

    public HandListedSchemaProjectTests(PackedPackages packages) => _packages = packages;

    [Fact]
    public async Task Hand_listed_schema_without_namespace_builds_into_the_root_namespace_and_unlisted_files_are_not_read()
    {
        await _packages.PackAsync(PackedPackages.GraphGenProject, "GraphGen");
        var project = _packages.NewDirectory("HandListed");
        var created = await DotnetCli.RunAsync(
            project,
            ["new", "console", "--name", "HandListed", "--output", project, "--no-restore", "--no-update-check"],
            NewTimeout);
        created.EnsureSucceeded();

        WriteNuGetConfig(project);
        ConfigureProject(Path.Combine(project, "HandListed.csproj"));
        Directory.CreateDirectory(Path.Combine(project, "schemas"));
        File.WriteAllText(Path.Combine(project, "schemas", "orders.graph.yaml"), OrdersSchema);
        File.WriteAllText(Path.Combine(project, "Program.cs"), Program);

        // Were the default items still on, this unlisted file would fail the build (GG0001), and the listed one
        // would be read twice (GG0011: Order declared twice).
        Directory.CreateDirectory(Path.Combine(project, "drafts"));
        File.WriteAllText(Path.Combine(project, "drafts", "unlisted.graph.yaml"), "nodes: [ not a schema\n");

        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_packages.WorkDirectory, "nuget-packages") };
        var build = await DotnetCli.RunAsync(
            project,
            ["build", "-c", "Release", "-p:TreatWarningsAsErrors=true", "--disable-build-servers", "-nodeReuse:false"],
            BuildTimeout,
            environment);
        build.EnsureSucceeded();
        var run = await DotnetCli.RunAsync(project, ["run", "-c", "Release", "--no-build"], RunTimeout, environment);
        run.EnsureSucceeded();

        string[] expected = ["type=Acme.Orders.Order", "fields=id,total", "total=9.5"];
        var lines = run.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.True(expected.AsSpan().SequenceEqual(lines), $"expected{Environment.NewLine}{string.Join(Environment.NewLine, expected)}{Environment.NewLine}but {run.Describe()}");
    }

    private void WriteNuGetConfig(string project)
        => new XDocument(
            new XElement("configuration",
                new XElement("packageSources",
                    new XElement("add", new XAttribute("key", "graphgen-test-feed"), new XAttribute("value", _packages.Feed)))))
            .Save(Path.Combine(project, "nuget.config"));

    // The project turns the package's default items off, lists its one schema file and names its root namespace.
    private void ConfigureProject(string projectFile)
    {
        var document = XDocument.Load(projectFile);
        document.Root!.Add(
            new XElement("PropertyGroup",
                new XElement("RootNamespace", "Acme.Orders"),
                new XElement("EnableDefaultGraphGenItems", "false")),
            new XElement("ItemGroup",
                new XElement("PackageReference", new XAttribute("Include", "GraphGen"), new XAttribute("Version", _packages.Version)),
                new XElement("AdditionalFiles", new XAttribute("Include", "schemas/orders.graph.yaml"))));
        document.Save(projectFile);
    }
}
