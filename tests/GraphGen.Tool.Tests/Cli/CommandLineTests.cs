using System.IO;
using GraphGen.Tool.Diff;
using GraphGen.Tool.Import;
using GraphGen.Tool.Tests.Infrastructure;

namespace GraphGen.Tool.Tests.Cli;

public sealed class CommandLineTests
{
    [Theory]
    [InlineData("import")]
    [InlineData("diff")]
    public void Every_command_prints_its_help_and_succeeds(string command)
    {
        var output = new StringWriter();

        var exitCode = command == "import" ? ImportCommand.Run(["--help"], output, TextWriter.Null) : DiffCommand.Run(["-h"], output, TextWriter.Null);

        Assert.Equal(0, exitCode);
        Assert.StartsWith("graphgen " + command + " ", output.ToString(), System.StringComparison.Ordinal);
        Assert.Contains("Exit codes:", output.ToString(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_option_is_refused_with_a_pointer_to_the_help()
    {
        var error = Assert.Throws<UsageException>(() => ImportCommand.Run(["specs", "--out", "x", "--rots", "User"], TextWriter.Null, TextWriter.Null));

        Assert.Equal("import: unknown option '--rots' (see graphgen import --help).", error.Message);
    }

    [Fact]
    public void Diff_exits_with_1_when_something_breaks_and_0_when_not_and_prints_json_on_request()
    {
        using var temp = new TempFolder();
        SmallSpec.WriteTo(temp.Sub("specs"));
        ImportCommand.Run([temp.Sub("specs"), "--out", temp.Sub("old"), "--quiet"], TextWriter.Null, TextWriter.Null);
        File.WriteAllText(Path.Combine(temp.Sub("specs"), "Label.json"), """{"fields": [{"name": "text", "type": "string"}, {"name": "color", "type": "string"}], "apis": [{"method": "GET", "endpoint": "history", "return": "Label", "params": []}]}""");
        ImportCommand.Run([temp.Sub("specs"), "--out", temp.Sub("more"), "--quiet"], TextWriter.Null, TextWriter.Null);
        File.WriteAllText(Path.Combine(temp.Sub("specs"), "Label.json"), """{"fields": [{"name": "color", "type": "string"}], "apis": [{"method": "GET", "endpoint": "history", "return": "Label", "params": []}]}""");
        ImportCommand.Run([temp.Sub("specs"), "--out", temp.Sub("less"), "--quiet"], TextWriter.Null, TextWriter.Null);
        var json = new StringWriter();

        var added = DiffCommand.Run([temp.Sub("old"), temp.Sub("more"), "--quiet"], TextWriter.Null, TextWriter.Null);
        var removed = DiffCommand.Run([temp.Sub("more"), temp.Sub("less"), "--quiet", "--json"], json, TextWriter.Null);

        Assert.Equal(0, added);
        Assert.Equal(1, removed);
        Assert.Contains("\"path\": \"Label.text\"", json.ToString(), System.StringComparison.Ordinal);
        Assert.Contains("\"kind\": \"fieldRemoved\"", json.ToString(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Import_writes_the_full_report_when_asked()
    {
        using var temp = new TempFolder();
        SmallSpec.WriteTo(temp.Sub("specs"));
        var output = new StringWriter();

        var exitCode = ImportCommand.Run([temp.Sub("specs"), "--out", temp.Sub("out"), "--report", temp.Sub("report.md"), "--quiet"], output, TextWriter.Null);

        Assert.Equal(0, exitCode);
        Assert.Contains("Left out 2 spec elements the format cannot say", output.ToString(), System.StringComparison.Ordinal);
        Assert.StartsWith("# graphgen import report", File.ReadAllText(temp.Sub("report.md")), System.StringComparison.Ordinal);
    }
}
