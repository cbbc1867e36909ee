using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace GraphGen.Generator.Tests.Schema;

/// <summary>
/// One case of the BadSchemas/ corpus: its files (decoded the way Roslyn decodes AdditionalFiles: invalid UTF-8
/// becomes U+FFFD) and the diagnostics its <c># expect: GG0006 at 7:9</c> lines (1-based line:column) demand, as
/// <c>file: GGxxxx@line:col</c> strings.
/// </summary>
public sealed record BadSchemaCase(IReadOnlyList<(string Name, string Text)> Files, IReadOnlyList<string> Expected)
{
    private const string ExpectPrefix = "# expect: ";

    public static readonly string Root = Path.Combine(AppContext.BaseDirectory, "BadSchemas");

    /// <summary>The name-collision corpus: clashes the Model stage's naming authority finds (same format).</summary>
    public static readonly string CollisionsRoot = Path.Combine(AppContext.BaseDirectory, "NameCollisions");

    /// <summary>Single files first, then folders (a folder is one case of several files), each in ordinal order.</summary>
    public static IEnumerable<object[]> Names() => Names(Root);

    public static IEnumerable<object[]> Names(string root)
    {
        foreach (var file in Directory.GetFiles(root, "*.graph.yaml").OrderBy(static f => f, StringComparer.Ordinal))
        {
            yield return new object[] { Path.GetFileName(file) };
        }

        foreach (var folder in Directory.GetDirectories(root).OrderBy(static f => f, StringComparer.Ordinal))
        {
            yield return new object[] { Path.GetFileName(folder) + "/" };
        }
    }

    public static BadSchemaCase Load(string caseName) => Load(caseName, Root);

    public static BadSchemaCase Load(string caseName, string root)
    {
        var paths = caseName.EndsWith("/", StringComparison.Ordinal)
            ? Directory.GetFiles(Path.Combine(root, caseName.TrimEnd('/')), "*.graph.yaml").OrderBy(static f => f, StringComparer.Ordinal).ToArray()
            : new[] { Path.Combine(root, caseName) };

        var files = new List<(string, string)>();
        var expected = new List<string>();
        foreach (var path in paths)
        {
            var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false).GetString(File.ReadAllBytes(path));
            var name = Path.GetFileName(path);
            files.Add((name, text));
            foreach (var line in text.Split('\n'))
            {
                if (line.StartsWith(ExpectPrefix, StringComparison.Ordinal))
                {
                    var parts = line.Substring(ExpectPrefix.Length).Trim().Split(new[] { " at " }, StringSplitOptions.None);
                    expected.Add(name + ": " + parts[0] + "@" + parts[1]);
                }
            }
        }

        return new BadSchemaCase(files, expected.OrderBy(static e => e, StringComparer.Ordinal).ToList());
    }
}
