using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using GraphGen.Generator.Schema;
using GraphGen.Tool.Yaml;

namespace GraphGen.Tool.Tests.Generation;

/// <summary>
/// Until the loader knows <c>name:</c> on types (a format change being merged separately), the generator would
/// emit the nine Facebook enum pairs that differ only in case (<c>AdCreative_status</c> / <c>adcreative_status</c>)
/// under hint names that collide. This applies the overrides the way the loader will: the type is declared and
/// referred to by its <c>name:</c>. Once the loader knows the key, <see cref="LoaderKnowsTypeNames"/> is true and
/// the files are used unchanged.
/// </summary>
public static class TypeNameOverrides
{
    public static bool LoaderKnowsTypeNames { get; } = !SchemaLoader
        .Load("probe.graph.yaml", "api_version: v1.0\nenums:\n  a_b:\n    name: AB\n    values: [X]\n")
        .Diagnostics.Any(d => d.Descriptor.Id == "GG0006");

    public static IReadOnlyList<KeyValuePair<string, string>> ApplyIfNeeded(IReadOnlyList<KeyValuePair<string, string>> files)
    {
        if (LoaderKnowsTypeNames)
        {
            return files;
        }

        var renames = Renames(files);
        return files.Select(f => new KeyValuePair<string, string>(f.Key, Rename(f.Value, renames))).ToList();
    }

    /// <summary>Type key -> its <c>name:</c>, over all files.</summary>
    public static Dictionary<string, string> Renames(IReadOnlyList<KeyValuePair<string, string>> files)
    {
        var renames = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var file in files)
        {
            var root = YamlFileReader.Read(file.Value);
            foreach (var section in new[] { "nodes", "structs", "enums" })
            {
                foreach (var type in (root[section] as YamlMap)?.Entries ?? [])
                {
                    if (type.Value is YamlMap body && body.TextOf("name") is { } name)
                    {
                        renames.Add(type.Key, name);
                    }
                }
            }
        }

        return renames;
    }

    private static string Rename(string text, Dictionary<string, string> renames)
    {
        foreach (var rename in renames)
        {
            text = text.Replace("\n    name: " + rename.Value + "\n", "\n", System.StringComparison.Ordinal);
            text = Regex.Replace(text, "(?<![A-Za-z0-9_])" + Regex.Escape(rename.Key) + "(?![A-Za-z0-9_])", rename.Value);
        }

        return text;
    }
}
