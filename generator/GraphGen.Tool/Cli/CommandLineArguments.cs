using System;
using System.Collections.Generic;

namespace GraphGen.Tool.Cli;

/// <summary>
/// The arguments of one command: positionals, <c>--name value</c> / <c>--name=value</c> options and flags.
/// Hand-written on purpose: two commands with a handful of options do not need a parsing library, and the tool
/// stays one dependency-free assembly besides the generator's YAML parser.
/// </summary>
public sealed class CommandLineArguments
{
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    private CommandLineArguments(List<string> positionals) => Positionals = positionals;

    public IReadOnlyList<string> Positionals { get; }

    public bool WantsHelp => _flags.Contains("help");

    /// <param name="args">The arguments after the command name.</param>
    /// <param name="command">The command name, for messages.</param>
    /// <param name="valueOptions">Options that take a value (<c>out</c>, <c>roots</c>).</param>
    /// <param name="flagOptions">Options that stand alone (<c>json</c>, <c>quiet</c>); <c>--help</c>/<c>-h</c> always.</param>
    public static CommandLineArguments Parse(IReadOnlyList<string> args, string command, IReadOnlyCollection<string> valueOptions, IReadOnlyCollection<string> flagOptions)
    {
        var positionals = new List<string>();
        var parsed = new CommandLineArguments(positionals);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "-h" or "-?" or "--help")
            {
                parsed._flags.Add("help");
                continue;
            }

            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg == "--")
            {
                positionals.Add(arg);
                continue;
            }

            var name = arg.Substring(2);
            string? value = null;
            var equals = name.IndexOf('=');
            if (equals >= 0)
            {
                value = name.Substring(equals + 1);
                name = name.Substring(0, equals);
            }

            if (Contains(flagOptions, name) && value is null)
            {
                parsed._flags.Add(name);
            }
            else if (Contains(valueOptions, name))
            {
                if (value is null)
                {
                    if (i + 1 >= args.Count)
                    {
                        throw new UsageException($"{command}: --{name} needs a value (see graphgen {command} --help).");
                    }

                    value = args[++i];
                }

                parsed._options[name] = value;
            }
            else
            {
                throw new UsageException($"{command}: unknown option '{arg}' (see graphgen {command} --help).");
            }
        }

        return parsed;
    }

    public string? Option(string name) => _options.TryGetValue(name, out var value) ? value : null;

    public bool Flag(string name) => _flags.Contains(name);

    private static bool Contains(IReadOnlyCollection<string> names, string name)
    {
        foreach (var candidate in names)
        {
            if (candidate == name)
            {
                return true;
            }
        }

        return false;
    }
}
