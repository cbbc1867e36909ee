using System;

namespace GraphGen.Runtime;

/// <summary>One entry of the <c>X-Business-Use-Case-Usage</c> header: usage of one business id for one use case.</summary>
/// <param name="BusinessId">The business object id (the header's property name).</param>
/// <param name="Type">The use case, e.g. <c>ads_management</c>, <c>ads_insights</c>, <c>pages</c>.</param>
/// <param name="CallCount">Percentage of allowed calls made.</param>
/// <param name="TotalCpuTime">Percentage of allowed CPU time used.</param>
/// <param name="TotalTime">Percentage of allowed total time used.</param>
/// <param name="EstimatedTimeToRegainAccess"><c>estimated_time_to_regain_access</c> (sent in minutes): how long the
/// business is blocked; zero or <c>null</c> when not blocked.</param>
public sealed record GraphBusinessUseCaseUsage(string BusinessId, string? Type, double CallCount, double TotalCpuTime,
    double TotalTime, TimeSpan? EstimatedTimeToRegainAccess)
{
    /// <summary>The highest of the three percentages.</summary>
    public double MaxPercent => Math.Max(CallCount, Math.Max(TotalCpuTime, TotalTime));
}
