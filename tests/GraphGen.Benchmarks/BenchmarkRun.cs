using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using GraphGen.Benchmarks.Generator;

namespace GraphGen.Benchmarks;

/// <summary>
/// The one configuration every benchmark runs with: BenchmarkDotNet's default job, or with <c>--short</c> a job of
/// 1 launch, 2 warm-up and 3 measured iterations (enough for ratios, not for small differences). Results go to
/// <see cref="ArtifactsPath"/>/results/*-report-github.md, one table per benchmark class.
/// </summary>
public static class BenchmarkRun
{
    public const string ShortSwitch = "--short";

    /// <summary>Beside the built assembly (bin/Release/net10.0/BenchmarkDotNet.Artifacts), never in the repository root.</summary>
    public static string ArtifactsPath { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts");

    public static IConfig CreateConfig(bool isShort)
    {
        Job job = isShort
            ? Job.Default.WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(3).WithId("Short")
            : Job.Default;
        return DefaultConfig.Instance
            .AddJob(job.AsDefault())
            .AddColumn(new PerFieldColumn(), new PerSecondColumn())
            .AddExporter(MarkdownExporter.GitHub)
            .WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend))
            .WithArtifactsPath(ArtifactsPath)
            // BenchmarkDotNet's own build of this project exceeds the default 2 minutes on a busy shared machine.
            .WithBuildTimeout(TimeSpan.FromMinutes(10))
            .WithOptions(ConfigOptions.DisableLogFile);
    }
}

/// <summary>Operations per second from the mean (for the hashing rows and any OperationsPerInvoke benchmark).</summary>
public sealed class PerSecondColumn : IColumn
{
    public string Id => nameof(PerSecondColumn);

    public string ColumnName => "Ops/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 1;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Operations per second (1 s / Mean); for the hashing benchmarks one operation is one row";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkDotNet.Running.BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkDotNet.Running.BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkDotNet.Running.BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var stats = summary[benchmarkCase]?.ResultStatistics;
        return stats is null || stats.Mean <= 0 ? "-" : (1e9 / stats.Mean).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
    }
}
