using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using GraphGen.Tool.Yaml;

namespace GraphGen.Tool.Import;

/// <summary>
/// The <c>*.graph.yaml</c> files already in the output folder, read key by key (known or not) so that a re-import
/// can carry what a person wrote: type bodies by name, the file headers, the error catalog and any other top-level key.
/// </summary>
public sealed class ExistingSchema
{
    private ExistingSchema()
    {
    }

    /// <summary>Type name -> (section, body), first declaration wins.</summary>
    public Dictionary<string, (TypeSection Section, YamlMap Body)> Types { get; } = new(StringComparer.Ordinal);

    /// <summary>Top-level keys other than the type sections (<c>namespace</c>, <c>client</c>, <c>errors</c>, ...), merged across files.</summary>
    public YamlMap Header { get; } = new();

    /// <summary>The files read, relative to the folder, ordinal order.</summary>
    public List<string> Files { get; } = new();

    /// <summary>
    /// Files a person laid out (no importer banner), with their root maps: a re-import writes them back in their own
    /// order and layout, comments included, rather than in the importer's one-file-per-letter layout.
    /// </summary>
    public List<(string Path, YamlMap Root)> HandWrittenFiles { get; } = new();

    /// <summary>The comments above and beside each type's name, by type name.</summary>
    public Dictionary<string, YamlTrivia> TypeTrivia { get; } = new(StringComparer.Ordinal);

    /// <summary>Comments a person wrote (the importer's own banner lines are not counted).</summary>
    public int CommentCount { get; private set; }

    public static ExistingSchema Read(string folder)
    {
        var schema = new ExistingSchema();
        if (!Directory.Exists(folder))
        {
            return schema;
        }

        foreach (var path in Directory.GetFiles(folder, "*.graph.yaml", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(folder, path).Replace('\\', '/');
            var text = File.ReadAllText(path);
            YamlMap root;
            try
            {
                root = YamlFileReader.Read(text);
            }
            catch (YamlDotNet.Core.YamlException ex)
            {
                throw new UsageException($"{path}({ex.Start.Line},{ex.Start.Column}): cannot re-import over a file that is not valid YAML: {ex.Message}");
            }

            schema.Files.Add(relative);
            schema.CommentCount += YamlFileReader.CountComments(text, SchemaFileLayout.IsBannerComment);
            if (!SchemaFileLayout.IsImporterFile(text))
            {
                schema.HandWrittenFiles.Add((relative, root));
            }

            schema.Add(root);
        }

        return schema;
    }

    private void Add(YamlMap root)
    {
        foreach (var entry in root.Entries)
        {
            var section = SchemaPath.SectionOf(entry.Key);
            if (section is not null)
            {
                var types = entry.Value as YamlMap;
                foreach (var type in types?.Entries ?? [])
                {
                    if (type.Value is YamlMap body && !Types.ContainsKey(type.Key))
                    {
                        Types.Add(type.Key, (section.Value, body));
                        if (types!.TriviaOf(type.Key) is { } trivia)
                        {
                            TypeTrivia[type.Key] = trivia;
                        }
                    }
                }
            }
            else if (entry.Value is YamlMap map && Header[entry.Key] is YamlMap existing)
            {
                // `errors:` split over several files: one catalog.
                foreach (var item in map.Entries)
                {
                    if (!existing.Has(item.Key))
                    {
                        existing.Set(item.Key, item.Value);
                    }
                }
            }
            else if (!Header.Has(entry.Key))
            {
                Header.Set(entry.Key, entry.Value);
            }
        }
    }
}
