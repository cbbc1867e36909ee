using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using GraphGen.Generator.Schema;
using GraphGen.Tool.Yaml;

namespace GraphGen.Tool.Import;

/// <summary>
/// Splits the imported types into files: <c>api.graph.yaml</c> for the header (and a carried error catalog), then
/// one file per section and first letter (<c>nodes-a.graph.yaml</c>, <c>enums-p.graph.yaml</c>), continued in
/// <c>-2</c>, <c>-3</c> files past <see cref="FileBudgetBytes"/>. The budget leaves room under the loader's 1 MiB
/// limit for descriptions written later. Same types in, same bytes out.
/// </summary>
public static class SchemaFileLayout
{
    public const string HeaderFileName = "api.graph.yaml";

    /// <summary>A quarter of <see cref="SchemaLoader.MaxFileBytes"/>.</summary>
    public const int FileBudgetBytes = SchemaLoader.MaxFileBytes / 4;

    public static IReadOnlyList<KeyValuePair<string, string>> Lay(YamlMap header, IReadOnlyList<ImportedType> types, string? apiVersion)
    {
        var files = new List<KeyValuePair<string, string>>();
        var banner = Banner(apiVersion);
        var headerText = new StringBuilder(banner);
        YamlEmitter.WriteMapBody(headerText, header, 0);
        files.Add(new KeyValuePair<string, string>(HeaderFileName, headerText.ToString()));

        var groups = types
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
                YamlEmitter.WriteMapBody(typeText, new YamlMap().Set(type.Name, type.Body), 2);
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

    private static KeyValuePair<string, string> File(string section, string letter, int part, string banner, StringBuilder types)
    {
        var name = section + "-" + letter + (part == 1 ? string.Empty : "-" + part.ToString(System.Globalization.CultureInfo.InvariantCulture)) + ".graph.yaml";
        return new KeyValuePair<string, string>(name, banner + section + ":\n" + types);
    }

    private static readonly string[] BannerLines =
    {
        "Imported by `graphgen import` from Facebook's API spec files",
        "Add descriptions, deprecations, permissions, bounds, error codes and `name:` overrides freely: a re-import",
        "keeps every key the spec does not have. Comments are not kept.",
    };

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
