using System;
using System.IO;

namespace GraphGen.Tool.Tests.Infrastructure;

/// <summary>The spec tarballs copied beside the test assembly (see Specs/README.md).</summary>
public static class SpecTarballs
{
    public static string V19 => Path("19.0");

    public static string V24 => Path("24.0");

    public static string V25 => Path("25.0");

    private static string Path(string version) => System.IO.Path.Combine(AppContext.BaseDirectory, "Specs", $"all-api-specs-v{version}.tar.gz");
}

/// <summary>A fresh folder under the temp directory, deleted on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(FullPath);

    public string FullPath { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "graphgen-tool-tests", Guid.NewGuid().ToString("N"));

    public string Sub(string name) => System.IO.Path.Combine(FullPath, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(FullPath, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not a test failure.
        }
    }
}
