using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using System.Xml.Linq;
using GraphGen.Package.Tests.Infrastructure;

namespace GraphGen.Package.Tests;

/// <summary>An ASP.NET Core developer's first hour: `dotnet new web`, the packages, AddGraphApi, a call, the logs.</summary>
[Collection(PackageCollection.Name)]
public sealed class WebConsumerProjectTests
{
    private static readonly TimeSpan NewTimeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(2);

    private readonly PackedPackages _packages;

    public WebConsumerProjectTests(PackedPackages packages) => _packages = packages;

    [Fact]
    public async Task A_new_web_project_registers_the_client_with_AddGraphApi_calls_through_it_and_logs_the_attempt_without_the_token()
    {
        await Task.WhenAll(
            _packages.PackAsync(PackedPackages.GraphGenProject, "GraphGen"),
            _packages.PackAsync(PackedPackages.TestingProject, "GraphGen.Testing"),
            _packages.PackAsync(PackedPackages.DependencyInjectionProject, "GraphGen.Extensions.DependencyInjection"));
        var project = _packages.NewDirectory("WebConsumer");
        var created = await DotnetCli.RunAsync(
            project,
            ["new", "web", "--name", "WebConsumer", "--output", project, "--no-restore", "--no-update-check"],
            NewTimeout);
        created.EnsureSucceeded();

        new XDocument(
            new XElement("configuration",
                new XElement("packageSources",
                    new XElement("add", new XAttribute("key", "graphgen-test-feed"), new XAttribute("value", _packages.Feed)))))
            .Save(Path.Combine(project, "nuget.config"));
        AddPackageReferences(Path.Combine(project, "WebConsumer.csproj"), "GraphGen", "GraphGen.Testing", "GraphGen.Extensions.DependencyInjection");
        // The console consumer's schema files, and this project's own Program.cs over the template's.
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Consumer", "errors.graph.yaml"), Path.Combine(project, "errors.graph.yaml"));
        Directory.CreateDirectory(Path.Combine(project, "Schema"));
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Consumer", "Schema", "shop.graph.yaml"), Path.Combine(project, "Schema", "shop.graph.yaml"));
        File.Copy(Path.Combine(AppContext.BaseDirectory, "WebConsumer", "Program.cs"), Path.Combine(project, "Program.cs"), overwrite: true);

        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_packages.WorkDirectory, "nuget-packages") };
        var build = await DotnetCli.RunAsync(
            project,
            ["build", "-c", "Release", "-p:TreatWarningsAsErrors=true", "--disable-build-servers", "-nodeReuse:false"],
            BuildTimeout,
            environment);
        build.EnsureSucceeded();
        var run = await DotnetCli.RunAsync(project, ["run", "-c", "Release", "--no-build", "--no-launch-profile"], RunTimeout, environment);
        run.EnsureSucceeded();

        Assert.Contains("name=Corner Shop", run.StandardOutput);
        Assert.Contains("GraphGen.Runtime.GraphClient[1] Graph GET /v25.0/42 attempt 1 returned 200", run.StandardOutput);
        Assert.DoesNotContain("EAAB-web-consumer-token", run.Output);
        Assert.DoesNotContain("web-consumer-app-secret", run.Output);
    }

    private void AddPackageReferences(string projectFile, params string[] packageIds)
    {
        var document = XDocument.Load(projectFile);
        var references = new XElement("ItemGroup");
        foreach (var id in packageIds)
        {
            references.Add(new XElement("PackageReference", new XAttribute("Include", id), new XAttribute("Version", _packages.Version)));
        }

        document.Root!.Add(references);
        document.Save(projectFile);
    }
}
