using System;

namespace GraphGen.Package.Tests.Infrastructure;

/// <summary>The outcome of one <c>dotnet</c> command: exit code and output, standard output also on its own.</summary>
public sealed record DotnetResult(
    string CommandLine,
    string WorkingDirectory,
    int ExitCode,
    string StandardOutput,
    string Output,
    bool TimedOut,
    TimeSpan Timeout)
{
    /// <summary>Fails the test, with the command and everything it printed, unless it exited with 0 in time.</summary>
    public DotnetResult EnsureSucceeded()
    {
        if (TimedOut || ExitCode != 0)
        {
            Assert.Fail(Describe());
        }

        return this;
    }

    /// <summary>The command, where it ran, how it ended and its output: the message of a failed assertion.</summary>
    public string Describe()
    {
        var outcome = TimedOut ? $"was killed after {Timeout.TotalSeconds:0} s" : $"exited with {ExitCode}";
        return $"`{CommandLine}` in {WorkingDirectory} {outcome}. Output:{Environment.NewLine}{Output}";
    }
}
