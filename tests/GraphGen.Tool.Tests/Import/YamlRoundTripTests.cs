using System.Text;
using GraphGen.Tool.Yaml;

namespace GraphGen.Tool.Tests.Import;

public sealed class YamlRoundTripTests
{
    [Theory]
    [InlineData("yes")]
    [InlineData("No")]
    [InlineData("null")]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("10.5")]
    [InlineData("- dash")]
    [InlineData("a: b")]
    [InlineData("tag #1")]
    [InlineData("line\nbreak")]
    [InlineData("\"quoted\"")]
    [InlineData("The person's birthday, like MM/DD/YYYY.")]
    public void Text_the_writer_quotes_or_not_reads_back_as_the_same_string(string text)
    {
        var written = new StringBuilder();
        YamlEmitter.WriteMapBody(written, new YamlMap().Set("key", text).Set("list", new YamlList([new YamlText(text)])), 0);

        var read = YamlFileReader.Read(written.ToString());

        Assert.Equal(text, read.TextOf("key"));
        Assert.Equal(text, ((YamlText)((YamlList)read["list"]!).Items[0]).Text);
    }

    [Fact]
    public void Long_flow_lists_wrap_and_read_back_whole()
    {
        var list = new YamlList();
        for (var i = 0; i < 60; i++)
        {
            list.Items.Add(new YamlText("VALUE_NUMBER_" + i));
        }

        var written = new StringBuilder();
        YamlEmitter.WriteMapBody(written, new YamlMap().Set("values", list), 4);

        Assert.All(written.ToString().Split('\n'), line => Assert.True(line.Length <= 120, line));
        Assert.Equal(60, ((YamlList)YamlFileReader.Read(written.ToString())["values"]!).Items.Count);
    }
}
