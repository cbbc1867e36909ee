using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace GraphGen.Package.Tests.Infrastructure;

/// <summary>
/// Runs the <c>dotnet</c> CLI as a child process, the way a user or CI would: with a timeout, no build servers left
/// behind, and all output captured for the assertion message.
/// </summary>
public static class DotnetCli
{
    /// <summary>Runs <c>dotnet</c> with the arguments in the directory; kills the process tree at the timeout.</summary>
    public static async Task<DotnetResult> RunAsync(
        string workingDirectory,
        IReadOnlyList<string> arguments,
        TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var startInfo = new ProcessStartInfo(DotnetPath())
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

        PrepareEnvironment(startInfo.Environment, environment);

        var commandLine = "dotnet " + string.Join(' ', arguments);
        var standardOutput = new StringBuilder();
        var combined = new StringBuilder();
        using var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => Append(e.Data, standardOutput, combined);
        process.ErrorDataReceived += (_, e) => Append(e.Data, null, combined);

        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var timeoutSource = new CancellationTokenSource(timeout);
        try
        {
            // Waits for the exit and for the end of both streams, so no output line is lost.
            await process.WaitForExitAsync(timeoutSource.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return new DotnetResult(commandLine, workingDirectory, -1, Read(standardOutput), Read(combined), TimedOut: true, timeout);
        }

        return new DotnetResult(commandLine, workingDirectory, process.ExitCode, Read(standardOutput), Read(combined), TimedOut: false, timeout);
    }

    private static void PrepareEnvironment(IDictionary<string, string?> target, IReadOnlyDictionary<string, string>? extra)
    {
        // `dotnet test` hands MSBuild's own locations to the test host; a child build must find its SDK by itself.
        var inherited = new List<string>(target.Keys);
        foreach (var key in inherited)
        {
            if (key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase))
            {
                target.Remove(key);
            }
        }

        target["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        target["DOTNET_NOLOGO"] = "1";
        target["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        target["DOTNET_CLI_WORKLOAD_UPDATE_NOTIFY_DISABLE"] = "1";
        target["DOTNET_GENERATE_ASPNET_CERTIFICATE"] = "false";
        // No MSBuild nodes, MSBuild server or compiler server outlive the command: a surviving server would keep the
        // redirected output open (the wait would never end) and would hold files in the temporary folders.
        target["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        target["MSBUILDDISABLENODEREUSE"] = "1";
        target["MSBUILDTERMINALLOGGER"] = "off";
        target["UseSharedCompilation"] = "false";

        if (extra is not null)
        {
            foreach (var (key, value) in extra)
            {
                target[key] = value;
            }
        }
    }

    private static string DotnetPath()
    {
        // The CLI sets DOTNET_HOST_PATH for the processes it starts, the test host included.
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
