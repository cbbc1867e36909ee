using System;
using System.IO;
using GraphGen.Tool;
using GraphGen.Tool.Diff;
using GraphGen.Tool.Import;

// graphgen <command> ...: dispatch only; each command parses its own arguments.
const string Usage = """
    graphgen: keep a GraphGen schema in step with Facebook's Graph API versions.

    Commands:
      import <spec> --out <folder>   convert Facebook's API spec files into *.graph.yaml (re-import keeps hand-written keys)
      diff <old folder> <new folder> what changed between two schemas: breaking changes and additions (exit 1 if breaking)

    graphgen <command> --help shows a command's options.
    """;

try
{
    return args.Length == 0 || args[0] is "-h" or "--help" or "help"
        ? Print(Usage, args.Length == 0 ? 2 : 0)
        : args[0] switch
        {
            "import" => ImportCommand.Run(args[1..], Console.Out, Console.Error),
            "diff" => DiffCommand.Run(args[1..], Console.Out, Console.Error),
            _ => throw new UsageException($"unknown command '{args[0]}'; expected import or diff (graphgen --help)."),
        };
}
catch (UsageException ex)
{
    Console.Error.WriteLine("graphgen: " + ex.Message);
    return 2;
}
catch (SpecFormatException ex)
{
    Console.Error.WriteLine("graphgen: spec file " + ex.Message);
    return 2;
}
catch (IOException ex)
{
    Console.Error.WriteLine("graphgen: " + ex.Message);
    return 2;
}

static int Print(string text, int exitCode)
{
    (exitCode == 0 ? Console.Out : Console.Error).WriteLine(text);
    return exitCode;
}
