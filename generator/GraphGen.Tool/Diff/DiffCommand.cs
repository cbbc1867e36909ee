using System;
using System.IO;
using System.Linq;
using GraphGen.Generator.Schema.Model;
using GraphGen.Tool.Cli;
using GraphGen.Tool.Schema;

namespace GraphGen.Tool.Diff;

/// <summary><c>graphgen diff</c>: load both folders with the Schema stage, compare, print Markdown or JSON.</summary>
public static class DiffCommand
{
    public const string Help = """
        graphgen diff <old folder> <new folder> [options]

        Compares two schemas (folders of *.graph.yaml, e.g. two `graphgen import` outputs): removed types, fields, edges,
        operations, parameters and enum values, type changes and parameters that became required are breaking;
        additions are not. Both folders are read with the generator's Schema stage; GG errors are printed on stderr and
        the elements they concern are left out of the comparison.

        Options:
          --json          JSON instead of Markdown
          --out <file>    write the report to a file instead of stdout
          --quiet         no progress or GG diagnostics on stderr
          -h, --help      this text

        Exit codes: 0 nothing breaks, 1 something breaks, 2 bad arguments.
        """;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var parsed = CommandLineArguments.Parse(args, "diff", ["out"], ["json", "quiet"]);
        if (parsed.WantsHelp)
        {
            output.WriteLine(Help);
            return 0;
        }

        if (parsed.Positionals.Count != 2)
        {
            throw new UsageException("diff: expected <old folder> <new folder> (see graphgen diff --help).");
        }

        var progress = new Progress(error, parsed.Flag("quiet"));
        var before = Load(parsed.Positionals[0], progress);
        var after = Load(parsed.Positionals[1], progress);
        var diff = SchemaDiffer.Compare(before, after);
        progress.Step($"{diff.Breaking.Count()} breaking changes, {diff.NonBreaking.Count()} other changes");

        var report = parsed.Flag("json") ? JsonDiffReport.Write(diff) : MarkdownDiffReport.Write(diff, parsed.Positionals[0], parsed.Positionals[1]);
        if (parsed.Option("out") is { } outFile)
        {
            File.WriteAllText(outFile, report);
        }
        else
        {
            output.Write(report);
        }

        return diff.HasBreakingChanges ? 1 : 0;
    }

    private static GraphSchema Load(string folder, Progress progress)
    {
        progress.Step($"loading {folder}");
        var schema = SchemaFolderLoader.Load(folder);
        var errors = SchemaFolderLoader.Errors(schema).ToList();
        if (errors.Count > 0)
        {
            progress.Step($"{folder}: {errors.Count} GG errors; the elements they concern are not compared");
            foreach (var diagnostic in errors.Take(20))
            {
                progress.Step("  " + SchemaFolderLoader.Format(diagnostic));
            }
        }

        return schema;
    }
}
