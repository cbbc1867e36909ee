using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using GraphGen.Generator.Schema.Model;
using GraphGen.Tool.Cli;
using GraphGen.Tool.Schema;
using GraphGen.Tool.Yaml;

namespace GraphGen.Tool.Import;

/// <summary>The result of an import: the files written, what was left out, and the Schema stage's verdict on them.</summary>
public sealed record ImportResult(IReadOnlyList<KeyValuePair<string, string>> Files, ImportReport Report, GraphSchema Schema);

/// <summary>
/// <c>graphgen import</c> end to end: read the spec files, convert, select (roots, names), merge over the existing
/// files, lay out, write, and load the result with the generator's Schema stage.
/// </summary>
public static class Importer
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static ImportResult Run(ImportOptions options, Progress progress)
    {
        progress.Step($"reading {options.Source}");
        var folder = SpecFolder.Open(options.Source);
        var catalog = SpecJsonReader.Read(folder, (done, total) => progress.Count("parsed spec files", done, total));
        progress.Step($"{catalog.Types.Count} spec types, {catalog.Enums.Count} enums (API {catalog.ApiVersion ?? "version unknown"})");

        var existing = ExistingSchema.Read(options.OutputFolder);
        if (options.Update && existing.Types.Count == 0)
        {
            throw new UsageException($"--update: '{options.OutputFolder}' has no *.graph.yaml types to update; import without --update first.");
        }

        var report = new ImportReport();
        var keep = options.Update ? existing.Types.ContainsKey : (Func<string, bool>?)null;
        var imported = new SchemaConverter(catalog, report, keep).Convert();
        var selected = ParameterClassNames.Apply(options.Update ? TypeSelection.Existing(imported.Types, report) : TypeSelection.Apply(imported.Types, options.Roots, report), report);
        if (options.Roots.Count > 0)
        {
            progress.Step($"{selected.Count} of {imported.Types.Count} types reachable from {string.Join(", ", options.Roots)}");
        }
        else if (options.Update)
        {
            progress.Step($"updating the {selected.Count} types of {options.OutputFolder} the spec has");
        }

        if (existing.Files.Count > 0)
        {
            progress.Step($"merging over {existing.Files.Count} existing files in {options.OutputFolder}");
            var specNames = catalog.Types.Select(t => t.Name).Concat(catalog.Enums.Select(e => e.Name)).ToHashSet(StringComparer.Ordinal);
            selected = new ReimportMerger(existing, imported.InexpressiblePaths, specNames, report).Merge(selected);
        }

        var apiVersion = catalog.ApiVersion ?? options.ApiVersion ?? existing.Header.TextOf("api_version")
            ?? throw new UsageException($"'{options.Source}' has no version.txt: give the API version with --api-version vNN.N.");
        var files = SchemaFileLayout.Lay(Header(existing.Header, apiVersion, options), selected, apiVersion, existing);
        report.TypeCount = selected.Count(t => t.Section != TypeSection.Enum);
        report.EnumCount = selected.Count(t => t.Section == TypeSection.Enum);
        report.FileCount = files.Count;

        if (existing.Files.Count > 0)
        {
            var written = files.Sum(f => YamlFileReader.CountComments(f.Value, SchemaFileLayout.IsBannerComment));
            report.CommentsNotCarried = Math.Max(0, existing.CommentCount - written);
        }

        progress.Step($"writing {files.Count} files to {options.OutputFolder}");
        Write(options.OutputFolder, files, existing.Files);

        progress.Step("checking the output with the generator's Schema stage");
        var schema = SchemaFolderLoader.Load(files.Select(f => (f.Key, f.Value)));
        return new ImportResult(files, report, schema);
    }

    /// <summary>api_version from the spec; namespace and client from the options, else the existing files; then the rest they had.</summary>
    private static YamlMap Header(YamlMap existing, string apiVersion, ImportOptions options)
    {
        var header = new YamlMap().Set("api_version", apiVersion);
        var ns = options.Namespace ?? existing.TextOf("namespace");
        if (ns is not null)
        {
            header.Set("namespace", ns);
        }

        var client = options.Client ?? existing.TextOf("client");
        if (client is not null)
        {
            header.Set("client", client);
        }

        foreach (var entry in existing.Entries.Where(e => !header.Has(e.Key)))
        {
            header.Set(entry.Key, entry.Value);
        }

        return header;
    }

    /// <summary>Writes the new files and removes the old ones they replace (everything in them was merged above).</summary>
    private static void Write(string folder, IReadOnlyList<KeyValuePair<string, string>> files, IReadOnlyList<string> previous)
    {
        Directory.CreateDirectory(folder);
        var written = new HashSet<string>(files.Select(f => f.Key), StringComparer.Ordinal);
        foreach (var old in previous.Where(p => !written.Contains(p)))
        {
            File.Delete(Path.Combine(folder, old));
        }

        foreach (var file in files)
        {
            File.WriteAllText(Path.Combine(folder, file.Key), file.Value, Utf8NoBom);
        }
    }
}
