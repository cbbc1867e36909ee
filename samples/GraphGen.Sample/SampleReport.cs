using System.IO;

namespace GraphGen.Sample;

/// <summary>The readable report: one heading per scenario, indented result lines under it.</summary>
internal sealed class SampleReport
{
    private readonly TextWriter _output;

    public SampleReport(TextWriter output) => _output = output;

    public TextWriter Output => _output;

    public void Heading(string title)
    {
        _output.WriteLine();
        _output.WriteLine("== " + title);
    }

    public void Line(string text) => _output.WriteLine("   " + text);
}
