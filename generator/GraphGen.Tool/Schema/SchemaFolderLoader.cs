using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using GraphGen.Generator.Diagnostics;
using GraphGen.Generator.Schema;
using GraphGen.Generator.Schema.Model;
using Microsoft.CodeAnalysis;

namespace GraphGen.Tool.Schema;

/// <summary>
/// Loads a folder of <c>*.graph.yaml</c> files with the generator's own Schema stage (<see cref="SchemaLoader"/> per
/// file, <see cref="SchemaValidator.Combine"/> across files): the tool sees exactly what a build would, with the same
/// GG diagnostics.
/// </summary>
public static class SchemaFolderLoader
{
    public static GraphSchema Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new UsageException($"'{folder}' is not a folder.");
        }

        var files = Directory.GetFiles(folder, "*.graph.yaml", SearchOption.AllDirectories)
            .Select(p => (Path: Path.GetRelativePath(folder, p).Replace('\\', '/'), Text: File.ReadAllText(p)));
        return Load(files);
    }

    /// <summary>Files given as (path, text); paths appear in diagnostics.</summary>
    public static GraphSchema Load(IEnumerable<(string Path, string Text)> files)
    {
        var documents = files
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .Select(f => SchemaLoader.Load(f.Path, f.Text))
            .ToList();
        if (documents.Count == 0)
        {
            throw new UsageException("no *.graph.yaml files found.");
        }

        return SchemaValidator.Combine(documents);
    }

    public static IEnumerable<DiagnosticInfo> Errors(GraphSchema schema)
        => schema.Diagnostics.Where(d => d.Descriptor.DefaultSeverity == DiagnosticSeverity.Error);

    /// <summary><c>file(line,col): error GG0010: message</c>, as the compiler prints it.</summary>
    public static string Format(DiagnosticInfo diagnostic) => diagnostic.ToDiagnostic().ToString();
}
