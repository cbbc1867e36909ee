namespace GraphGen.Runtime;

/// <summary>
/// The percentages in <c>X-App-Usage</c> and <c>X-Page-Usage</c>: how much of the rolling one-hour allowance is used
/// (100 means throttled).
/// </summary>
/// <param name="CallCount">Percentage of allowed calls made.</param>
/// <param name="TotalCpuTime">Percentage of allowed CPU time used.</param>
/// <param name="TotalTime">Percentage of allowed total time used.</param>
public sealed record GraphCallUsage(double CallCount, double TotalCpuTime, double TotalTime)
{
    /// <summary>The highest of the three percentages.</summary>
    public double MaxPercent => System.Math.Max(CallCount, System.Math.Max(TotalCpuTime, TotalTime));
}
