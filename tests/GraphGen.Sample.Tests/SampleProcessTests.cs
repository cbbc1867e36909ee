using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace GraphGen.Sample.Tests;

/// <summary>
/// The sample as the README runs it: its own process (Program.cs, not only <c>SampleApp.RunAsync</c>), so the exit code
/// a shell or CI sees is the one checked.
/// </summary>
public sealed class SampleProcessTests
{
    [Fact]
    public async Task Sample_process_exits_zero_after_every_scenario_succeeds()
    {
        (int exitCode, string output) = await RunSampleAsync();

        Assert.True(exitCode == 0, $"exit code {exitCode}{Environment.NewLine}{output}");
        Assert.Contains("all scenarios succeeded", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sample_process_exit_code_is_the_apps_so_a_failure_is_visible_to_the_shell()
    {
        (int exitCode, string output) = await RunSampleAsync("--bogus");

        Assert.Equal(2, exitCode);
        Assert.StartsWith("Usage: GraphGen.Sample [--live]", output, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output)> RunSampleAsync(params string[] args)
    {
        // The sample's build output is copied beside this test assembly by the project reference.
        string sample = Path.Combine(AppContext.BaseDirectory, "GraphGen.Sample.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(sample);
        foreach (string arg in args) start.ArgumentList.Add(arg);
        start.Environment.Remove("GRAPH_ACCESS_TOKEN");

        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(guard.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}
