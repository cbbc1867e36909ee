using System;
using System.IO;
using System.Threading.Tasks;

namespace GraphGen.Sample.Tests;

public sealed class SampleRunTests
{
    [Fact]
    public async Task Sample_runs_every_scenario_against_the_fake_and_exits_zero_with_a_readable_report()
    {
        using var output = new StringWriter();

        int exitCode = await SampleApp.RunAsync(Array.Empty<string>(), output, interactive: false);

        string report = output.ToString();
        Assert.True(exitCode == 0, report);
        Assert.Contains("Ada Lovelace <ada.lovelace@example.com> from London, United Kingdom", report);
        Assert.Contains("GET me?fields=id,name,email,hometown{name},albums.limit(3){name,photos.limit(2){name}}", report);
        Assert.Contains("120 albums in 5 pages of up to 25", report);
        Assert.Contains("first_name: Ada -> Augusta (read back)", report);
        Assert.Contains("25,000 rows (EMAIL, FN, LN, ZIP)", report);
        Assert.Contains("25,000 accepted", report);
        Assert.Contains("batch_seq 1..3 (10,000 + 10,000 + 5,000 rows)", report);
        Assert.Contains("code 80003", report);
        Assert.Contains("retried after throttling", report);
        Assert.Contains("all scenarios succeeded", report);
    }

    [Fact]
    public async Task Redirected_output_gets_progress_lines_instead_of_carriage_returns()
    {
        using var output = new StringWriter();

        int exitCode = await SampleApp.RunAsync(Array.Empty<string>(), output, interactive: false);

        string report = output.ToString();
        Assert.True(exitCode == 0, report);
        Assert.DoesNotContain("\r", report.Replace(Environment.NewLine, "\n", StringComparison.Ordinal));
        Assert.Contains("progress: 25,000 / 25,000 rows sent (100%) in 3 requests", report);
    }

    [Fact]
    public async Task Unknown_arguments_print_usage_and_exit_two()
    {
        using var output = new StringWriter();

        int exitCode = await SampleApp.RunAsync(new[] { "--bogus" }, output, interactive: false);

        Assert.Equal(2, exitCode);
        Assert.StartsWith("Usage: GraphGen.Sample [--live]", output.ToString());
    }
}
