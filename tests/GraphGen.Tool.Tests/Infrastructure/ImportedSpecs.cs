using System;
using GraphGen.Tool.Cli;
using GraphGen.Tool.Import;

namespace GraphGen.Tool.Tests.Infrastructure;

/// <summary>The three spec versions imported whole, once for all tests of the collection (about a second each).</summary>
public sealed class ImportedSpecs : IDisposable
{
    private readonly TempFolder _folder = new();

    public ImportedSpecs()
    {
        V19 = Import(SpecTarballs.V19, "v19.0");
        V24 = Import(SpecTarballs.V24, "v24.0");
        V25 = Import(SpecTarballs.V25, "v25.0");
    }

    public Imported V19 { get; }

    public Imported V24 { get; }

    public Imported V25 { get; }

    public void Dispose() => _folder.Dispose();

    private Imported Import(string tarball, string name)
    {
        var folder = _folder.Sub(name);
        var result = Importer.Run(new ImportOptions(tarball, folder) { Namespace = "GraphGen.Facebook" }, Progress.Silent);
        return new Imported(folder, result);
    }
}

/// <summary>An import's output folder and its result.</summary>
public sealed record Imported(string Folder, ImportResult Result);

[CollectionDefinition(Name)]
public sealed class ImportedSpecsCollection : ICollectionFixture<ImportedSpecs>
{
    public const string Name = "imported specs";
}
