using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using GraphGen.Generator.Diagnostics;
using GraphGen.Generator.Schema;

namespace GraphGen.Generator.Tests.Schema;

/// <summary>
/// <see cref="BlockYamlReader"/> (the fast path for plain block-style YAML) gives exactly the tree YamlDotNet's parser
/// gives through <see cref="YamlTreeReader"/>, spans included, or declines the file.
/// </summary>
public sealed class BlockYamlReaderTests
{
    public static IEnumerable<object[]> RepositoryYamlFiles()
        => Directory.EnumerateFiles(RepositoryRoot(), "*.*", SearchOption.AllDirectories)
            .Where(static p => p.EndsWith(".yaml", StringComparison.Ordinal) || p.EndsWith(".yml", StringComparison.Ordinal))
            .Where(static p => !p.Contains("/bin/", StringComparison.Ordinal) && !p.Contains("/obj/", StringComparison.Ordinal) && !p.Contains("/.git/", StringComparison.Ordinal))
            .Select(p => new object[] { Path.GetRelativePath(RepositoryRoot(), p) });

    public static IEnumerable<object[]> Snippets() => new[]
    {
        "a: b\n",
        "a: b   # comment\nc:   d\n",
        "# leading comment\n\na:\n  b: 1\n  # inside\n  c: 2\n# between\nd: 3\n",
        "a:\n- x\n- y   # c\nb: 2\n",
        "a:\n  - x\n  - k: 1\n    l: 2\n  - m:\n      - n\n  # c\nb:\n",
        "a:\n  b:\n    c:\n      d: deep\ne: 1\n",
        "a: [1, 2,  3]   # c\nb: [x y, z]\n",
        "a: \"x: y\"\nb: 'it''s'\nc: ''\n",
        "a: [[u, v], [\"YES\", 'n']]\nb: { name: x y, c: [1, 2], d: \"q\" }   # c\nc: [ a b , c ]\nd: []\ne: {}\n",
        "f: [a,]\n",
        "g: {a: }\n",
        "100: { name: InvalidParameter, category: validation, description: Invalid parameter }\n105:\n  name: x\n",
        "a: >-\n  one\n  two\n\n  three\nb: |\n  lit\n   more\n\nc: >\n  folded\n\n\n  gap\n# c\nd: |-\n  x\n",
        "a:\n  b: >-\n    x\n",
        "a:\n  b: >\n    x\n  # c at 2\n  c: 1\n",
        "a: http://example.com/x?y=1\nb: list<string>\nc: map<string,string>\nd: 2018-04-04\ne: -1\nf: a-b #c\n",
        "a:\nb:   # c\nc:\n",
        "k: v\nk: w\n",
        "a:\n  - - x\n",
        "a: b\n  c\n",
        "a: b: c\n",
        "a:\n  b\n",
        "a: 'x\n  y'\n",
        "a: >\n\n  x\n",
        "a: >+\n  x\n",
        "- a\n- b\n",
        "a: []\n",
        "--- \na: 1\n",
        "a: 1\n...\n",
        "a: 1",
        "a: 1\r\nb: 2\r\n",
        "a:\n\tb: 1\n",
        "a: &x 1\nb: *x\n",
        "a: {b: 1}\n",
        "a: \"x\\ty\"\n",
        "a: ]\n",
        "a: x\n   # c\nb: y\n",
        "a:\n  - x\n   - y\n",
    }.Select(static s => new object[] { s });

    [Theory]
    [InlineData("a: b   # comment\nc:   d\n")]
    [InlineData("# leading comment\n\na:\n  b: 1\n  # inside\n  c: 2\n# between\nd: 3\n")]
    [InlineData("a:\n- x\n- y   # c\nb: 2\n")]
    [InlineData("a:\n  - x\n  - k: 1\n    l: 2\n  - m:\n      - n\n  # c\nb:\n")]
    [InlineData("a: [1, 2,  3]   # c\nb: [x y, z]\nc: [[u, v], [\"YES\", 'n']]\nd: { name: x y, e: [1, 2], f: \"q\" }\ng: []\n")]
    [InlineData("a: \"x: y\"\nb: 'it''s'\nc: ''\nd: http://example.com/x?y=1\ne: map<string,string>\nf: -1\n")]
    [InlineData("a: >-\n  one\n  two\n\n  three\nb: |\n  lit\n   more\n\nc: >\n  folded\n\n\n  gap\n# c\nd: |-\n  x\n")]
    [InlineData("a:\n  b: >\n    x\n  # c at 2\n  c: 1\n")]
    [InlineData("a:\nb:   # c\nc:\n")]
    public void Plain_block_style_is_read_without_YamlDotNet_and_as_YamlDotNet_reads_it(string text)
    {
        Assert.NotNull(BlockYamlReader.TryRead("/snippet.graph.yaml", text, default));
        AssertSameTreeOrDeclined("/snippet.graph.yaml", text);
    }

    [Theory]
    [MemberData(nameof(RepositoryYamlFiles))]
    public void Every_YAML_file_of_the_repository_reads_as_YamlDotNet_reads_it_or_is_declined(string relativePath)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot(), relativePath));
        AssertSameTreeOrDeclined(relativePath, text);
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Snippets_read_as_YamlDotNet_reads_them_or_are_declined(string text)
        => AssertSameTreeOrDeclined("/snippet.graph.yaml", text);

    [Fact]
    public void The_shipped_schema_is_read_without_YamlDotNet()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryRoot(), "schema", "facebook"), "*.graph.yaml"))
        {
            Assert.True(BlockYamlReader.TryRead(file, File.ReadAllText(file), default) is not null, file + " was declined");
        }
    }

    [Theory]
    [InlineData("a: 1\r\nb: 2\r\n")]
    [InlineData("a:\n\tb: 1\n")]
    [InlineData("a: &x 1\nb: *x\n")]
    [InlineData("a: b: c\n")]
    [InlineData("a: 1")]
    public void Text_outside_the_plain_block_style_is_left_to_YamlDotNet(string text)
        => Assert.Null(BlockYamlReader.TryRead("/x.graph.yaml", text, default));

    private static void AssertSameTreeOrDeclined(string path, string text)
    {
        var fast = BlockYamlReader.TryRead(path, text, default);
        if (fast is null)
        {
            return;
        }

        var diagnostics = new List<DiagnosticInfo>();
        var expected = YamlTreeReader.Read(path, text, diagnostics, default);
        Assert.Empty(diagnostics);
        Assert.NotNull(expected);
        AssertSame(expected!, fast, "root");
    }

    private static void AssertSame(YamlValue expected, YamlValue actual, string where)
    {
        Assert.True(expected.GetType() == actual.GetType(), $"{where}: {expected.KindName} expected, {actual.KindName} read");
        Assert.True(expected.Location == actual.Location, $"{where}: span {expected.Location} expected, {actual.Location} read");
        switch (expected)
        {
            case YamlScalarValue scalar:
                var other = (YamlScalarValue)actual;
                Assert.True(scalar.Text == other.Text, $"{where}: text [{scalar.Text}] expected, [{other.Text}] read");
                Assert.True(scalar.IsPlain == other.IsPlain, $"{where}: plain {scalar.IsPlain} expected");
                break;
            case YamlMapValue map:
                var otherMap = (YamlMapValue)actual;
                Assert.True(map.Entries.Count == otherMap.Entries.Count, $"{where}: {map.Entries.Count} entries expected, {otherMap.Entries.Count} read");
                for (var i = 0; i < map.Entries.Count; i++)
                {
                    AssertSame(map.Entries[i].Key, otherMap.Entries[i].Key, where + "/key " + map.Entries[i].Key.Text);
                    AssertSame(map.Entries[i].Value, otherMap.Entries[i].Value, where + "/" + map.Entries[i].Key.Text);
                }

                break;
            case YamlSequenceValue sequence:
                var otherSequence = (YamlSequenceValue)actual;
                Assert.True(sequence.Items.Count == otherSequence.Items.Count, $"{where}: {sequence.Items.Count} items expected, {otherSequence.Items.Count} read");
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    AssertSame(sequence.Items[i], otherSequence.Items[i], where + "[" + i + "]");
                }

                break;
        }
    }

    private static string RepositoryRoot()
        => typeof(BlockYamlReaderTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "RepositoryRoot").Value!;
}
