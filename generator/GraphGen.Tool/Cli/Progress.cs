using System.Diagnostics;
using System.IO;

namespace GraphGen.Tool.Cli;

/// <summary>Progress lines on stderr (stdout holds the result), with the elapsed time; silent with <c>--quiet</c>.</summary>
public sealed class Progress
{
    private readonly TextWriter? _error;
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public Progress(TextWriter error, bool quiet) => _error = quiet ? null : error;

    public static Progress Silent { get; } = new(TextWriter.Null, quiet: true);

    public void Step(string message) => _error?.WriteLine($"[{_clock.Elapsed.TotalSeconds,6:0.0}s] {message}");

    /// <summary>"read 300/993 spec files" every <paramref name="every"/> items and at the end.</summary>
    public void Count(string what, int done, int total, int every = 250)
    {
        if (done % every == 0 || done == total)
        {
            Step($"{what} {done}/{total}");
        }
    }
}
