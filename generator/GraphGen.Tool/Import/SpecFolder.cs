using System;
using System.Collections.Generic;
using System.Formats.Tar;
using System.IO;
using System.IO.Compression;
using System.Linq;

namespace GraphGen.Tool.Import;

/// <summary>
/// The files of Facebook's <c>api_specs/specs</c> folder, from the folder itself (or one above it) or from a
/// <c>.tar.gz</c> of it. The spec folder is the one holding <c>enum_types.json</c>.
/// </summary>
public sealed class SpecFolder
{
    public const string EnumFileName = "enum_types.json";
    private const string VersionFileName = "version.txt";

    private SpecFolder(string source, IReadOnlyList<KeyValuePair<string, byte[]>> nodeFiles, byte[]? enumFile, string? version)
    {
        Source = source;
        NodeFiles = nodeFiles;
        EnumFile = enumFile;
        ApiVersion = version;
    }

    /// <summary>The path given on the command line.</summary>
    public string Source { get; }

    /// <summary>File name (<c>User.json</c>) -> content, ordered by name (ordinal) so that everything after is deterministic.</summary>
    public IReadOnlyList<KeyValuePair<string, byte[]>> NodeFiles { get; }

    public byte[]? EnumFile { get; }

    /// <summary><c>version.txt</c> of the folder (<c>v25.0</c>), or null.</summary>
    public string? ApiVersion { get; }

    public static SpecFolder Open(string path)
    {
        if (File.Exists(path) && (path.EndsWith(".tar.gz", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".tgz", StringComparison.OrdinalIgnoreCase)))
        {
            return FromFiles(path, ReadTarGz(path));
        }

        if (Directory.Exists(path))
        {
            var files = Directory.GetFiles(path, "*", SearchOption.AllDirectories)
                .Select(f => new KeyValuePair<string, byte[]>(Path.GetRelativePath(path, f).Replace('\\', '/'), File.ReadAllBytes(f)));
            return FromFiles(path, files);
        }

        throw new UsageException($"'{path}' is neither a folder nor a .tar.gz file.");
    }

    private static SpecFolder FromFiles(string source, IEnumerable<KeyValuePair<string, byte[]>> files)
    {
        var all = files.ToList();
        var enumEntry = all.Where(f => FileName(f.Key) == EnumFileName).OrderBy(f => f.Key.Length).ThenBy(f => f.Key, StringComparer.Ordinal).FirstOrDefault();
        if (enumEntry.Key is null)
        {
            throw new UsageException($"'{source}' holds no {EnumFileName}: expected Facebook's api_specs/specs folder (or a .tar.gz of api_specs).");
        }

        var folder = Folder(enumEntry.Key);
        var inFolder = all.Where(f => Folder(f.Key) == folder).ToList();
        var nodeFiles = inFolder
            .Where(f => f.Key.EndsWith(".json", StringComparison.Ordinal) && FileName(f.Key) != EnumFileName)
            .Select(f => new KeyValuePair<string, byte[]>(FileName(f.Key), f.Value))
            .OrderBy(f => f.Key, StringComparer.Ordinal)
            .ToList();
        var versionFile = inFolder.FirstOrDefault(f => FileName(f.Key) == VersionFileName).Value;
        var version = versionFile is null ? null : System.Text.Encoding.UTF8.GetString(versionFile).Trim();
        return new SpecFolder(source, nodeFiles, enumEntry.Value, string.IsNullOrEmpty(version) ? null : version);
    }

    private static List<KeyValuePair<string, byte[]>> ReadTarGz(string path)
    {
        var files = new List<KeyValuePair<string, byte[]>>();
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var tar = new TarReader(gzip);
        while (tar.GetNextEntry() is { } entry)
        {
            if (entry.EntryType is TarEntryType.RegularFile or TarEntryType.V7RegularFile && entry.DataStream is not null)
            {
                using var buffer = new MemoryStream();
                entry.DataStream.CopyTo(buffer);
                files.Add(new KeyValuePair<string, byte[]>(entry.Name.TrimStart('.', '/'), buffer.ToArray()));
            }
        }

        return files;
    }

    private static string FileName(string relativePath) => relativePath.Substring(relativePath.LastIndexOf('/') + 1);

    private static string Folder(string relativePath) => relativePath.LastIndexOf('/') is var slash and >= 0 ? relativePath.Substring(0, slash) : string.Empty;
}
