using System;
using System.IO;
using System.Linq;
using GraphGen.Tool.Cli;
using GraphGen.Tool.Schema;

namespace GraphGen.Tool.Import;

/// <summary><c>graphgen import</c>: arguments, the run, and what it prints.</summary>
public static class ImportCommand
{
    public const string Help = """
        graphgen import <spec> --out <folder> [options]

        Converts Facebook's API spec files (the api_specs folder of facebook-business-sdk-codegen, or a .tar.gz of it)
        into GraphGen *.graph.yaml files. Same input, same bytes. Run it again over the same folder to move to a new
        API version: every key the spec does not have (descriptions, deprecated, permission, min/max, errors, name:
        overrides, ...) is kept, and so are comments and the layout of files written by hand; what cannot be kept
        is listed in the report.

        Arguments:
          <spec>                  api_specs folder, its specs/ folder, or a .tar.gz of either

        Options:
          --out <folder>          where the *.graph.yaml files go (created; existing *.graph.yaml files are merged and replaced)
          --roots <A,B,...>       write only the types reachable from these nodes; they get root accessors
                                  (default: every type, every node gets a root accessor)
          --update                refresh only the types already in --out, add no type: a reference to another
                                  spec type becomes json (an enum string) with its spec_type. A type that says
                                  `import: listed` keeps to the members it lists; new ones are reported
          --namespace <name>      namespace: of the generated code (default: keep the existing one, else none)
          --client <name>         client: class name (default: keep the existing one, else GraphApi)
          --api-version <vNN.N>   when the spec folder has no version.txt
          --report <file.md>      also write the report (every left-out element) as Markdown
          --quiet                 no progress on stderr
          -h, --help              this text

        Exit codes: 0 done, 1 the written schema has GG errors, 2 bad arguments or spec files.
        """;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var parsed = CommandLineArguments.Parse(args, "import", ["out", "roots", "namespace", "client", "api-version", "report"], ["quiet", "update"]);
        if (parsed.WantsHelp)
        {
            output.WriteLine(Help);
            return 0;
        }

        if (parsed.Positionals.Count != 1 || parsed.Option("out") is not { } outFolder)
        {
            throw new UsageException("import: expected one <spec> argument and --out <folder> (see graphgen import --help).");
        }

        var options = new ImportOptions(parsed.Positionals[0], outFolder)
        {
            Roots = (parsed.Option("roots") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Namespace = parsed.Option("namespace"),
            Client = parsed.Option("client"),
            ApiVersion = parsed.Option("api-version"),
            Update = parsed.Flag("update"),
        };
        if (options.Update && options.Roots.Count > 0)
        {
            throw new UsageException("import: --update keeps the folder's types; it does not take --roots.");
        }

        var result = Importer.Run(options, new Progress(error, parsed.Flag("quiet")));

        output.Write(result.Report.ToSummary());
        if (parsed.Option("report") is { } reportPath)
        {
            File.WriteAllText(reportPath, result.Report.ToMarkdown(allExamples: true));
            output.WriteLine($"Report: {reportPath}");
        }

        var diagnostics = result.Schema.Diagnostics;
        var errors = SchemaFolderLoader.Errors(result.Schema).ToList();
        var warnings = diagnostics.Count - errors.Count;
        output.WriteLine($"{result.Report.TypeCount} types, {result.Report.EnumCount} enums in {result.Files.Count} files; Schema stage: {errors.Count} errors, {warnings} warnings.");
        foreach (var group in diagnostics.GroupBy(d => d.Descriptor.Id).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {group.Key} x{group.Count()}: {SchemaFolderLoader.Format(group.First())}");
        }

        return errors.Count > 0 ? 1 : 0;
    }
}
