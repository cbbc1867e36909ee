using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using GraphGen.Generator.Common;
using GraphGen.Generator.Diagnostics;
using GraphGen.Generator.Schema.Model;

namespace GraphGen.Generator.Schema;

/// <summary>
/// Reads one <c>*.graph.yaml</c> file into a <see cref="SchemaDocument"/>. Runs on every keystroke in the IDE, so
/// it parses the text exactly once and checks the cheap whole-file problems (size, encoding) before parsing.
/// </summary>
public static class SchemaLoader
{
    /// <summary>Larger files are refused: the biggest real schema is far below, and the IDE must stay responsive.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    /// <summary>
    /// Parses one file. Never throws (except <see cref="OperationCanceledException"/>): every problem is a
    /// <see cref="DiagnosticInfo"/> in the result, and everything valid in the file is still returned.
    /// </summary>
    public static SchemaDocument Load(string filePath, string text, CancellationToken cancellationToken = default)
    {
        var diagnostics = new List<DiagnosticInfo>();
        try
        {
            if (!CheckWholeFile(filePath, text, diagnostics))
            {
                return Empty(filePath, diagnostics);
            }

            // The plain block style schema files are written in is read directly; anything else goes to YamlDotNet.
            var root = BlockYamlReader.TryRead(filePath, text, cancellationToken)
                ?? YamlTreeReader.Read(filePath, text, diagnostics, cancellationToken);
            if (root is null || root is YamlScalarValue { IsNull: true })
            {
                if (diagnostics.Count == 0)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.EmptyFile, LocationInfo.FileStart(filePath), filePath));
                }

                return Empty(filePath, diagnostics);
            }

            return new SchemaDocumentReader(filePath, diagnostics, cancellationToken).Read(root);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex)
        {
            // A bug in the loader must not take the whole compilation down; report it where the user can see it.
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.UnexpectedFailure, LocationInfo.FileStart(filePath), filePath, ex.GetType().Name + ": " + ex.Message));
            return Empty(filePath, diagnostics);
        }
    }

    private static bool CheckWholeFile(string filePath, string text, List<DiagnosticInfo> diagnostics)
    {
        // UTF-8 never takes fewer bytes than UTF-16 code units (nor more than three), so only count when it matters.
        if (text.Length > MaxFileBytes / 3)
        {
            var size = Encoding.UTF8.GetByteCount(text);
            if (size > MaxFileBytes)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.FileTooLarge,
                    LocationInfo.FileStart(filePath),
                    size.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                return false;
            }
        }

        // Roslyn decodes AdditionalFiles as UTF-8 and substitutes U+FFFD for bytes that are not; a schema never
        // needs that character, so its presence means the file was saved in another encoding.
        var invalid = text.IndexOf('\uFFFD');
        if (invalid >= 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NotUtf8, LocationAt(filePath, text, invalid)));
            return false;
        }

        return true;
    }

    private static LocationInfo LocationAt(string filePath, string text, int index)
    {
        var line = 0;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new LocationInfo(filePath, index, 1, line, index - lineStart, line, index - lineStart + 1);
    }

    private static SchemaDocument Empty(string filePath, List<DiagnosticInfo> diagnostics) => new(
        filePath,
        null,
        null,
        null,
        EquatableArray<NodeSchema>.Empty,
        EquatableArray<EnumSchema>.Empty,
        EquatableArray<ErrorSchema>.Empty,
        diagnostics.ToEquatableArray(),
        null,
        null);
}
