using System;
using System.Collections.Generic;
using System.Linq;
using GraphGen.Generator.Schema;

namespace GraphGen.Generator.Tests.Schema;

/// <summary>
/// Every case under BadSchemas/ (see <see cref="BadSchemaCase"/>) produces exactly its expected diagnostics, no more.
/// A folder is one case of several files combined (cross-file problems).
/// </summary>
public sealed class BadSchemaCorpusTests
{
    public static IEnumerable<object[]> Cases() => BadSchemaCase.Names();

    [Fact]
    public void Corpus_has_at_least_thirty_cases()
        => Assert.True(Cases().Count() >= 30, "BadSchemas/ should hold at least 30 cases");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_schema_reports_exactly_the_expected_diagnostics(string caseName)
    {
        var badCase = BadSchemaCase.Load(caseName);
        var schema = SchemaValidator.Combine(badCase.Files.Select(static f => SchemaLoader.Load(f.Name, f.Text)));

        var actual = schema.Diagnostics.Select(static d => d.Location!.FilePath + ": " + SchemaText.Describe(d)).ToList();
        Assert.NotEmpty(badCase.Expected);
        // Compared as text so that a failure shows every expected and actual diagnostic in full.
        Assert.Equal(
            string.Join("\n", badCase.Expected),
            string.Join("\n", actual.OrderBy(static a => a, StringComparer.Ordinal)));
    }
}
