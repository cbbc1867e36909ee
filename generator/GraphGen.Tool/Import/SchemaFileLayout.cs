using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using GraphGen.Generator.Schema;
using GraphGen.Tool.Yaml;

namespace GraphGen.Tool.Import;

/// <summary>
/// Splits the imported types into files. Files a person laid out stay as they are, with the merged types they
/// declared. The rest go to the importer's layout: <c>api.graph.yaml</c> for the header (and a carried error catalog), then
/// one file per section and first letter (<c>nodes-a.graph.yaml</c>, <c>enums-p.graph.yaml</c>), continued in
/// <c>-2</c>, <c>-3</c> files past <see cref="FileBudgetBytes"/>. The budget leaves room under the loader's 1 MiB
/// limit for descriptions written later. Same types in, same bytes out.
/// </summary>
public static class SchemaFileLayout
{
    public const string HeaderFileName = "api.graph.yaml";

    /// <summary>A quarter of <see cref="SchemaLoader.MaxFileBytes"/>.</summary>
    public const int FileBudgetBytes = SchemaLoader.MaxFileBytes / 4;

    /// <summary>Top-level keys every file may repeat; a re-import writes the new values where a file had them.</summary>
    private static readonly string[] HeaderKeys = { "api_version", "namespace", "client" };

    /// <param name="header">The header keys (<c>api_version</c>, <c>namespace</c>, <c>client</c>, carried keys).</param>
    /// <param name="types">The merged types to write.</param>
    /// <param name="apiVersion">For the banner of the importer's files.</param>
    /// <param name="existing">
    /// The files already in the folder: those a person laid out keep their layout and comments, with the merged
    /// version of each type they declared; only the other types go to the importer's files.
    /// </param>
    public static IReadOnlyList<KeyValuePair<string, string>> Lay(YamlMap header, IReadOnlyList<ImportedType> types, string? apiVersion, ExistingSchema? existing = null)
    {
        var files = new List<KeyValuePair<string, string>>();
        var byName = types.ToDictionary(t => t.Name, StringComparer.Ordinal);
        var placed = new HashSet<string>(StringComparer.Ordinal);
        var handWritten = existing?.HandWrittenFiles ?? [];
        foreach (var (path, root) in handWritten)
        {
            var text = new StringBuilder();
            YamlEmitter.WriteMapBody(text, Relaid(root, header, byName, placed), 0);
            files.Add(new KeyValuePair<string, string>(path, text.ToString()));
        }

        var banner = Banner(apiVersion);
        var headerLeft = new YamlMap();
        foreach (var entry in header.Entries.Where(e => !handWritten.Any(f => f.Root.Has(e.Key))))
        {
            headerLeft.Set(entry.Key, entry.Value);
        }

        if (handWritten.Count == 0 || headerLeft.Has("api_version"))
        {
            var headerText = new StringBuilder(banner);
            YamlEmitter.WriteMapBody(headerText, headerLeft, 0);
            files.Add(new KeyValuePair<string, string>(HeaderFileName, headerText.ToString()));
        }

        var groups = types
            .Where(t => !placed.Contains(t.Name))
            .GroupBy(t => (t.Section, Letter: Letter(t.Name)))
            .OrderBy(g => g.Key.Section)
            .ThenBy(g => g.Key.Letter, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var section = SchemaPath.Section(group.Key.Section);
            var part = 1;
            var text = new StringBuilder();
            var bytes = 0;
            foreach (var type in group.OrderBy(t => t.Name, StringComparer.Ordinal))
            {
                var typeText = new StringBuilder();
                var entry = new YamlMap().Set(type.Name, type.Body);
                entry.SetTrivia(type.Name, existing?.TypeTrivia.GetValueOrDefault(type.Name));
                YamlEmitter.WriteMapBody(typeText, entry, 2);
                var typeBytes = Encoding.UTF8.GetByteCount(typeText.ToString());
                if (bytes > 0 && bytes + typeBytes > FileBudgetBytes)
                {
                    files.Add(File(section, group.Key.Letter, part++, banner, text));
                    text.Clear();
                    bytes = 0;
                }

                text.Append(typeText);
                bytes += typeBytes;
            }

            files.Add(File(section, group.Key.Letter, part, banner, text));
        }

        return files;
    }

    /// <summary>
    /// A hand-written file again: its keys in its order with their comments, the new header values, each type it
    /// declared in its merged form (under another section at the end if it changed section), dropped types left out.
    /// </summary>
    private static YamlMap Relaid(YamlMap root, YamlMap header, Dictionary<string, ImportedType> types, HashSet<string> placed)
    {
        var result = new YamlMap();
        var moved = new Dictionary<TypeSection, YamlMap>();
        foreach (var entry in root.Entries)
        {
            var section = SchemaPath.SectionOf(entry.Key);
            if (section is null)
            {
                result.Set(entry.Key, Array.IndexOf(HeaderKeys, entry.Key) >= 0 && header[entry.Key] is { } value ? value : entry.Value);
                result.SetTrivia(entry.Key, root.TriviaOf(entry.Key));
                continue;
            }

            var declared = (YamlMap)entry.Value;
            var kept = new YamlMap();
            foreach (var name in declared.Keys)
            {
                if (!types.TryGetValue(name, out var type) || !placed.Add(name))
                {
                    continue;
                }

                var target = type.Section == section ? kept : moved.TryGetValue(type.Section, out var other) ? other : moved[type.Section] = new YamlMap();
                target.Set(name, type.Body);
                target.SetTrivia(name, declared.TriviaOf(name));
            }

            if (kept.Count > 0)
            {
                result.Set(entry.Key, kept);
                result.SetTrivia(entry.Key, root.TriviaOf(entry.Key));
            }
        }

        result.Closing.AddRange(root.Closing);
        foreach (var (section, map) in moved.OrderBy(m => m.Key))
        {
            var key = SchemaPath.Section(section);
            if (result[key] is YamlMap existingSection)
            {
                foreach (var entry in map.Entries)
                {
                    existingSection.Set(entry.Key, entry.Value);
                    existingSection.SetTrivia(entry.Key, map.TriviaOf(entry.Key));
                }
            }
            else
            {
                result.Set(key, map);
            }
        }

        return result;
    }

    private static KeyValuePair<string, string> File(string section, string letter, int part, string banner, StringBuilder types)
    {
        var name = section + "-" + letter + (part == 1 ? string.Empty : "-" + part.ToString(System.Globalization.CultureInfo.InvariantCulture)) + ".graph.yaml";
        return new KeyValuePair<string, string>(name, banner + section + ":\n" + types);
    }

    private static readonly string[] BannerLines =
    {
        "Imported by `graphgen import` from Facebook's API spec files",
        "Add descriptions, deprecations, permissions, bounds, error codes and `name:` overrides freely: a re-import",
        "keeps every key the spec does not have, and comments.",
    };

    /// <summary>True for a file the importer wrote (its banner first): a re-import lays it out again from scratch.</summary>
    public static bool IsImporterFile(string text) => text.StartsWith("# " + BannerLines[0], StringComparison.Ordinal);

    /// <summary>True for a comment line the importer writes itself (a re-import does not count it as lost).</summary>
    public static bool IsBannerComment(string comment)
        => Array.Exists(BannerLines, line => comment.TrimStart().StartsWith(line, StringComparison.Ordinal));

    private static string Banner(string? apiVersion)
        => "# " + BannerLines[0] + (apiVersion is null ? string.Empty : " (" + apiVersion + ")") + ".\n"
            + "# " + BannerLines[1] + "\n"
            + "# " + BannerLines[2] + "\n";

    /// <summary>The file group of a type: its first letter, lower case (<c>_</c> and digits go to <c>other</c>).</summary>
    private static string Letter(string name)
        => name.Length > 0 && char.IsAsciiLetter(name[0]) ? char.ToLowerInvariant(name[0]).ToString() : "other";
}
