using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace GraphGen.Package.Tests.Infrastructure;

/// <summary>
/// Packs the repository's packages once per test run into a temporary folder feed, with a version no other run uses,
/// so neither the global package cache nor an earlier run can serve a stale GraphGen package.
/// </summary>
public sealed class PackedPackages : IDisposable
{
    /// <summary>The project of the GraphGen package (runtime + generator + props).</summary>
    public const string GraphGenProject = "runtime/GraphGen.Runtime/GraphGen.Runtime.csproj";

    /// <summary>The project of the GraphGen.Testing package (the fake Graph server).</summary>
    public const string TestingProject = "runtime/GraphGen.Testing/GraphGen.Testing.csproj";

    /// <summary>The project of the GraphGen.Extensions.DependencyInjection package (AddGraphApi).</summary>
    public const string DependencyInjectionProject = "runtime/GraphGen.Extensions.DependencyInjection/GraphGen.Extensions.DependencyInjection.csproj";

    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(10);

    private readonly Dictionary<string, Task<string>> _packed = new();

    // One pack at a time: the packages share projects (GraphGen.Testing and the DI package build the runtime, the
    // GraphGen package builds the analyzers too) and one artifacts folder, and two packs building the same project at
    // once race on its output (CS0006 for a half-written GraphGen.Analyzers.dll, seen in a whole-solution run).
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    public PackedPackages()
    {
        var id = Guid.NewGuid().ToString("N")[..12];
        Version = "0.0.1-packagetest-" + id;
        WorkDirectory = Path.Combine(Path.GetTempPath(), "graphgen-package-tests", id);
        Feed = Path.Combine(WorkDirectory, "feed");
        Directory.CreateDirectory(Feed);
    }

    /// <summary>The version every package of this run has.</summary>
    public string Version { get; }

    /// <summary>The folder feed the packages are written to.</summary>
    public string Feed { get; }

    /// <summary>This run's temporary folder; deleted at the end.</summary>
    public string WorkDirectory { get; }

    /// <summary>
    /// Packs the project (once) the way the release does, <c>dotnet pack -c Release</c>, and returns the path of
    /// <c>{packageId}.{Version}.nupkg</c>. Build output goes to this run's folder, not the clone's bin/obj.
    /// </summary>
    public Task<string> PackAsync(string project, string packageId)
    {
        lock (_packed)
        {
            if (!_packed.TryGetValue(project, out var packing))
            {
                packing = PackCoreAsync(project, packageId);
                _packed.Add(project, packing);
            }

            return packing;
        }
    }

    /// <summary>A new empty folder inside this run's temporary folder.</summary>
    public string NewDirectory(string name)
    {
        var path = Path.Combine(WorkDirectory, name);
        Directory.CreateDirectory(path);
        return path;
    }

    public void Dispose()
    {
        _oneAtATime.Dispose();
        try
        {
            Directory.Delete(WorkDirectory, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file still held open only leaves a folder in the temp directory behind; it is no test failure.
        }
    }

    private async Task<string> PackCoreAsync(string project, string packageId)
    {
        await _oneAtATime.WaitAsync();
        try
        {
            return await PackAloneAsync(project, packageId);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    private async Task<string> PackAloneAsync(string project, string packageId)
    {
        var repository = RepositoryRoot.Find();
        var result = await DotnetCli.RunAsync(
            repository,
            [
                "pack", Path.Combine(repository, project),
                "-c", "Release",
                "-o", Feed,
                "--artifacts-path", Path.Combine(WorkDirectory, "artifacts"),
                "-p:Version=" + Version,
                "--disable-build-servers",
                "-nodeReuse:false",
                // One build node: the runtime's pack builds the generator once per target framework of the runtime,
                // and two nodes building it at once race on its deps.json in the shared artifacts folder (MSB4018).
                "-m:1",
            ],
            PackTimeout);
        result.EnsureSucceeded();

        var package = Path.Combine(Feed, $"{packageId}.{Version}.nupkg");
        Assert.True(File.Exists(package), $"{package} was not written. {result.Describe()}");
        return package;
    }
}
