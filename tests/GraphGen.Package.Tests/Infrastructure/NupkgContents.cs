using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;

namespace GraphGen.Package.Tests.Infrastructure;

/// <summary>What a .nupkg holds: its files (without the zip's packaging parts) and its nuspec.</summary>
public sealed class NupkgContents
{
    private readonly Dictionary<string, byte[]> _files;

    private NupkgContents(Dictionary<string, byte[]> files, XElement metadata)
    {
        _files = files;
        Metadata = metadata;
    }

    /// <summary>The paths of the package's files, '/'-separated, sorted; the nuspec and packaging parts left out.</summary>
    public IReadOnlyList<string> Files => _files.Keys.Order(StringComparer.Ordinal).ToArray();

    /// <summary>The nuspec's <c>metadata</c> element.</summary>
    public XElement Metadata { get; }

    /// <summary>Reads the package at the path.</summary>
    public static NupkgContents Read(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        XElement? metadata = null;
        foreach (var entry in zip.Entries)
        {
            var name = Uri.UnescapeDataString(entry.FullName);
            if (IsPackagingPart(name))
            {
                continue;
            }

            using var stream = entry.Open();
            if (!name.Contains('/') && name.EndsWith(".nuspec", StringComparison.OrdinalIgnoreCase))
            {
                metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
                continue;
            }

            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            files.Add(name, copy.ToArray());
        }

        return new NupkgContents(files, metadata ?? throw new InvalidDataException($"{path} has no nuspec."));
    }

    /// <summary>The bytes of one file of the package.</summary>
    public byte[] File(string path) => _files[path];

    /// <summary>The text of a metadata element (namespace ignored), or <see langword="null"/>.</summary>
    public string? Text(string element) => Element(element)?.Value;

    /// <summary>A metadata element by local name (namespace ignored), or <see langword="null"/>.</summary>
    public XElement? Element(string element) => Metadata.Elements().SingleOrDefault(e => e.Name.LocalName == element);

    // The Open Packaging Conventions parts every nupkg has; they are not the package's content.
    private static bool IsPackagingPart(string name)
        => name == "[Content_Types].xml"
           || name.StartsWith("_rels/", StringComparison.Ordinal)
           || name.StartsWith("package/services/metadata/", StringComparison.Ordinal);
}
