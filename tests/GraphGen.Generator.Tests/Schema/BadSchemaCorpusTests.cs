using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using GraphGen.Generator.Schema;

namespace GraphGen.Generator.Tests.Schema;

/// <summary>
/// Every file under BadSchemas/ is a schema with known mistakes; its <c># expect: GG0006 at 7:9</c> lines (1-based
/// line:column, as an editor shows them) list exactly the diagnostics it must produce, no more. A folder is one case
/// of several files combined (cross-file problems); its expectations sit in the file that gets the diagnostic.
/// </summary>
public sealed class BadSchemaCorpusTests
{
    private const string ExpectPrefix = "# expect: ";

    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "BadSchemas");

    public static IEnumerable<object[]> Cases()
    {
        foreach (var file in Directory.GetFiles(Root, "*.graph.yaml").OrderBy(static f => f, StringComparer.Ordinal))
        {
            yield return new object[] { Path.GetFileName(file) };
        }

        foreach (var folder in Directory.GetDirectories(Root).OrderBy(static f => f, StringComparer.Ordinal))
        {
            yield return new object[] { Path.GetFileName(folder) + "/" };
        }
    }

    [Fact]
    public void Corpus_has_at_least_thirty_cases()
        => Assert.True(Cases().Count() >= 30, "BadSchemas/ should hold at least 30 cases");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_schema_reports_exactly_the_expected_diagnostics(string caseName)
    {
        var files = caseName.EndsWith("/", StringComparison.Ordinal)
            ? Directory.GetFiles(Path.Combine(Root, caseName.TrimEnd('/')), "*.graph.yaml")
            : new[] { Path.Combine(Root, caseName) };

        var expected = new List<string>();
        var documents = files.Select(file =>
        {
            // Decoded the way Roslyn decodes AdditionalFiles: invalid UTF-8 becomes U+FFFD.
            var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false).GetString(File.ReadAllBytes(file));
            var name = Path.GetFileName(file);
            foreach (var line in text.Split('\n'))
            {
                if (line.StartsWith(ExpectPrefix, StringComparison.Ordinal))
                {
                    var parts = line.Substring(ExpectPrefix.Length).Trim().Split(new[] { " at " }, StringSplitOptions.None);
                    expected.Add(name + ": " + parts[0] + "@" + parts[1]);
                }
            }

            return SchemaLoader.Load(name, text);
        }).ToList();

        var schema = SchemaValidator.Combine(documents);

        var actual = schema.Diagnostics.Select(static d => d.Location!.FilePath + ": " + SchemaText.Describe(d)).ToList();
        Assert.NotEmpty(expected);
        // Compared as text so that a failure shows every expected and actual diagnostic in full.
        Assert.Equal(
            string.Join("\n", expected.OrderBy(static e => e, StringComparer.Ordinal)),
            string.Join("\n", actual.OrderBy(static a => a, StringComparer.Ordinal)));
    }
}
