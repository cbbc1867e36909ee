using System;
using System.IO;
using GraphGen.Runtime.Audiences;
using static System.FormattableString;

namespace GraphGen.Sample;

/// <summary>
/// Draws upload progress: an animated bar redrawn in place with a carriage return on a terminal, or one plain line per
/// report when the output is redirected (a log file or CI would otherwise fill with control characters).
/// </summary>
internal sealed class UploadProgressBar : IProgress<AudienceUploadProgress>
{
    private const int Width = 30;
    private readonly TextWriter _output;
    private readonly long _total;
    private readonly bool _interactive;
    private bool _drawn;

    public UploadProgressBar(TextWriter output, long total, bool interactive)
    {
        _output = output;
        _total = Math.Max(1, total);
        _interactive = interactive;
    }

    public void Report(AudienceUploadProgress value)
    {
        double fraction = Math.Clamp((double)value.RowsRead / _total, 0, 1);
        string counts = Invariant($"{value.RowsSent:N0} / {_total:N0} rows sent ({fraction * 100:0}%) in {value.Requests} request{(value.Requests == 1 ? string.Empty : "s")}, {value.Elapsed.TotalSeconds:0.0} s");
        if (!_interactive)
        {
            _output.WriteLine("   progress: " + counts);
            return;
        }

        int filled = (int)Math.Round(fraction * Width);
        _output.Write("\r   [" + new string('#', filled) + new string('.', Width - filled) + "] " + counts);
        _drawn = true;
    }

    /// <summary>Ends the bar's line so the report continues below it.</summary>
    public void Complete()
    {
        if (_drawn) _output.WriteLine();
        _drawn = false;
    }
}
