using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace GraphGen.Generator.Diagnostics;

/// <summary>
/// Where something is in a YAML file, as plain data: Roslyn's <see cref="Location"/> must not be kept in
/// pipeline values (it is not value-equatable and pins syntax trees), so it is created only when reporting.
/// Lines and columns are 0-based, as in <see cref="LinePosition"/>.
/// </summary>
public sealed record LocationInfo(string FilePath, int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public Location ToLocation() => Location.Create(
        FilePath,
        new TextSpan(Start, Length),
        new LinePositionSpan(new LinePosition(StartLine, StartColumn), new LinePosition(EndLine, EndColumn)));

    /// <summary>The start of a file, for problems that concern the whole file (empty, too large, not UTF-8).</summary>
    public static LocationInfo FileStart(string filePath) => new(filePath, 0, 0, 0, 0, 0, 0);
}
