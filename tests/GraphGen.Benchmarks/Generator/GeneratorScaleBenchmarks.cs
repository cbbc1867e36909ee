using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Microsoft.CodeAnalysis.CSharp;

namespace GraphGen.Benchmarks.Generator;

/// <summary>
/// Cold runs over synthetic schemas of growing size (<see cref="SyntheticSchema"/>). Goal: the cost per field stays
/// flat within 20% from 10 to 1,000 nodes, and 1,000 nodes (50,000 fields) take less than 3 s.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("GeneratorScale")]
public class GeneratorScaleBenchmarks
{
    private IReadOnlyList<MemoryAdditionalText> _schema = null!;
    private CSharpCompilation _compilation = null!;

    [Params(10, 100, 1000)]
    public int Nodes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _schema = SyntheticSchema.Create(Nodes);
        _compilation = GeneratorRig.CreateCompilation("public class A { }");
        GeneratorRig.EnsureNoErrors(GeneratorRig.CreateDriver(_schema).RunGenerators(_compilation));
    }

    [Benchmark(Description = "Cold: new driver, synthetic schema")]
    public int Cold() => GeneratorRig.GeneratedFileCount(GeneratorRig.CreateDriver(_schema).RunGenerators(_compilation));
}

/// <summary>A column with the mean divided by the number of schema fields (<c>Nodes</c> x 50).</summary>
public sealed class PerFieldColumn : IColumn
{
    public string Id => nameof(PerFieldColumn);

    public string ColumnName => "Per field";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Time;

    public string Legend => "Mean divided by the schema's field count (Nodes x 50)";

    public bool IsAvailable(Summary summary) => summary.BenchmarksCases.Any(b => b.Parameters.Items.Any(p => p.Name == nameof(GeneratorScaleBenchmarks.Nodes)));

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var stats = summary[benchmarkCase]?.ResultStatistics;
        var nodes = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == nameof(GeneratorScaleBenchmarks.Nodes))?.Value;
        if (stats is null || nodes is not int n) return "-";
        double perFieldNs = stats.Mean / (n * SyntheticSchema.FieldsPerNode);
        return perFieldNs >= 1000 ? $"{perFieldNs / 1000:N2} μs" : $"{perFieldNs:N1} ns";
    }
}
