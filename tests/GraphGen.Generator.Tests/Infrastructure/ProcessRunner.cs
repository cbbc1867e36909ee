using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace GraphGen.Generator.Tests.Infrastructure;

/// <summary>What a child process printed and how it ended.</summary>
public sealed record ProcessResult(string CommandLine, int ExitCode, string StandardOutput, string Output, bool TimedOut)
{
    public override string ToString()
        => $"{CommandLine}\nexit code: {ExitCode}{(TimedOut ? " (timed out)" : string.Empty)}\n{Output}";
}

/// <summary>Runs a child process (the dotnet CLI or a built program) with a timeout, capturing all its output.</summary>
public static class ProcessRunner
{
    public static async Task<ProcessResult> RunAsync(string fileName, IReadOnlyList<string> arguments, string workingDirectory, TimeSpan timeout)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        // `dotnet test` hands MSBuild's own locations to the test host; a child build must find its SDK by itself.
        foreach (var key in new List<string>(startInfo.Environment.Keys))
        {
            if (key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase))
            {
                startInfo.Environment.Remove(key);
            }
        }

        startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        startInfo.Environment["DOTNET_NOLOGO"] = "1";
        startInfo.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        // No build servers or MSBuild nodes outlive the command (they would hold the redirected output open).
        startInfo.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        startInfo.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        startInfo.Environment["MSBUILDTERMINALLOGGER"] = "off";
        startInfo.Environment["UseSharedCompilation"] = "false";
        // A self-contained app must use its own runtime, never one the test host's environment points at.
        startInfo.Environment.Remove("DOTNET_ROOT");

        var standardOutput = new StringBuilder();
        var combined = new StringBuilder();
        using var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => Append(e.Data, standardOutput, combined);
        process.ErrorDataReceived += (_, e) => Append(e.Data, null, combined);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var commandLine = Path.GetFileName(fileName) + " " + string.Join(' ', arguments);
        using var timeoutSource = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(timeoutSource.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return new ProcessResult(commandLine, -1, Read(standardOutput), Read(combined), TimedOut: true);
        }

        return new ProcessResult(commandLine, process.ExitCode, Read(standardOutput), Read(combined), TimedOut: false);
    }

    /// <summary>The dotnet CLI that runs the tests (the CLI sets DOTNET_HOST_PATH for the processes it starts).</summary>
    public static string DotnetPath()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(host) && File.Exists(host))
        {
            return host;
        }

        var current = Environment.ProcessPath;
        return current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet" ? current : "dotnet";
    }

    private static void Append(string? line, StringBuilder? stream, StringBuilder combined)
    {
        if (line is null)
        {
            return;
        }

        lock (combined)
        {
            stream?.AppendLine(line);
            combined.AppendLine(line);
        }
    }

    private static string Read(StringBuilder builder)
    {
        lock (builder)
        {
            return builder.ToString();
        }
    }
}
