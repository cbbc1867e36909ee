using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using BenchmarkDotNet.Running;
using GraphGen.Benchmarks.Generator;
using GraphGen.Benchmarks.Paging;

namespace GraphGen.Benchmarks;

/// <summary>
/// Runs every benchmark, then the measured runs BenchmarkDotNet cannot express (which generator outputs an edit
/// regenerates; peak memory of paging), and prints the machine and date for docs/performance.md:
/// <code>dotnet run -c Release --project tests/GraphGen.Benchmarks -- --short</code>
/// Other arguments go to BenchmarkDotNet (e.g. <c>--filter *Json*</c>, <c>--list flat</c>); without a
/// <c>--filter</c> everything runs. <c>--no-measured-runs</c> skips the incremental check and the paging run.
/// </summary>
public static class Program
{
    private const string NoMeasuredRuns = "--no-measured-runs";

    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 3 && args[0] == PagingMemoryRun.ChildSwitch)
        {
            return await PagingMemoryRun.ChildMainAsync(new Uri(args[2]), int.Parse(args[1], CultureInfo.InvariantCulture));
        }

        int compare = Array.IndexOf(args, GeneratedCodeComparison.Switch);
        if (compare >= 0 && compare + 1 < args.Length)
        {
            // --compare-generated <baseline folder> [schema folder...] [--repetitions N]: no BenchmarkDotNet run (see compare-generated.sh).
            int repetitionsAt = Array.IndexOf(args, "--repetitions");
            int repetitions = repetitionsAt > 0 ? int.Parse(args[repetitionsAt + 1], CultureInfo.InvariantCulture) : 3;
            var folders = args.Skip(compare + 2).Where((a, i) => a != "--repetitions" && (repetitionsAt < 0 || compare + 2 + i != repetitionsAt + 1)).ToList();
            Console.WriteLine($"Generated code, baseline vs current, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, {repetitions} repetitions");
            foreach (string line in GeneratedCodeComparison.Run(args[compare + 1], folders, repetitions)) Console.WriteLine(line);
            return 0;
        }

        int profile = Array.IndexOf(args, CompileProfile.Switch);
        if (profile >= 0 && profile + 1 < args.Length)
        {
            // --compile-profile <nodes> [--repetitions N] [--dump DIR | --from DIR[,DIR...]]: no BenchmarkDotNet run (see CompileProfile).
            string? Option(string name) => Array.IndexOf(args, name) is int i && i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
            int nodes = int.Parse(args[profile + 1], CultureInfo.InvariantCulture);
            int repetitions = int.Parse(Option("--repetitions") ?? "3", CultureInfo.InvariantCulture);
            foreach (string line in CompileProfile.Run(nodes, repetitions, Option("--dump"), Option("--from")?.Split(',') ?? Array.Empty<string>())) Console.WriteLine(line);
            return 0;
        }

        bool isShort = args.Contains(BenchmarkRun.ShortSwitch);
        bool measuredRuns = !args.Contains(NoMeasuredRuns);
        var bdnArgs = args.Where(a => a != BenchmarkRun.ShortSwitch && a != NoMeasuredRuns).ToList();
        if (!bdnArgs.Any(a => a is "--filter" or "-f" or "--list" or "--allCategories" or "--anyCategories")) bdnArgs.AddRange(new[] { "--filter", "*" });

        Console.WriteLine($"GraphGen benchmarks, {(isShort ? "short" : "default")} job, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC");
        Console.WriteLine($"{RuntimeInformation.OSDescription}; {RuntimeInformation.ProcessArchitecture}; {Environment.ProcessorCount} logical cores; {RuntimeInformation.FrameworkDescription}");

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(bdnArgs.ToArray(), BenchmarkRun.CreateConfig(isShort));

        if (measuredRuns)
        {
            Console.WriteLine();
            Console.WriteLine("## Generator incremental check (step-tracking driver)");
            foreach (string line in GeneratorIncrementalCheck.Run()) Console.WriteLine(line);
            foreach (string line in GeneratorIncrementalCheck.ColdStepTimes()) Console.WriteLine(line);

            Console.WriteLine();
            Console.WriteLine($"## Paging memory (ListAsync over the fake server, {PagingMemoryRun.PageSize} items a page, one child process per row)");
            foreach (string row in await PagingMemoryRun.RunAsync(new[] { 10_000, 100_000, 1_000_000 })) Console.WriteLine(row);
            Console.WriteLine();
            Console.WriteLine($"Markdown tables: {BenchmarkRun.ArtifactsPath}/results/*-report-github.md");
        }

        return 0;
    }
}
