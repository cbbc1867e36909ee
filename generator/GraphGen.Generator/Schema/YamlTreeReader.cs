using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using GraphGen.Generator.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace GraphGen.Generator.Schema;

/// <summary>
/// Reads YamlDotNet's parser events into a <see cref="YamlValue"/> tree in one pass. Aliases are reported and never
/// expanded, so a "billion laughs" document costs as much as its text; nesting is capped so that nothing downstream
/// can recurse without bound.
/// </summary>
internal static class YamlTreeReader
{
    /// <summary>Deeper than any real schema (type > field > struct > field ... stays under 20).</summary>
    public const int MaxDepth = 64;

    /// <summary>Returns the root value, or null when the file holds no document or is not valid YAML.</summary>
    public static YamlValue? Read(string filePath, string text, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        var parser = new Parser(new StringReader(text));
        var stack = new List<Frame>();
        YamlValue? root = null;
        var documents = 0;
        var skipping = 0;
        var events = 0;
        var lastEnd = Mark.Empty;
        try
        {
            while (parser.MoveNext())
            {
                if ((++events & 0xFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var current = parser.Current!;
                lastEnd = current.End;
                if (skipping > 0)
                {
                    if (current is MappingStart or SequenceStart)
                    {
                        skipping++;
                    }
                    else if (current is MappingEnd or SequenceEnd)
                    {
                        skipping--;
                    }

                    continue;
                }

                switch (current)
                {
                    case DocumentStart start:
                        if (++documents > 1)
                        {
                            diagnostics.Add(DiagnosticInfo.Create(
                                DiagnosticDescriptors.YamlSyntaxError,
                                ToLocation(filePath, start.Start, start.End),
                                "a schema file holds a single YAML document; remove the second '---' or move it to its own file"));
                            return root;
                        }

                        break;
                    case AnchorAlias alias:
                        diagnostics.Add(DiagnosticInfo.Create(
                            DiagnosticDescriptors.AliasNotAllowed, ToLocation(filePath, alias.Start, alias.End), alias.Value.Value));
                        Add(new YamlInvalidValue(ToLocation(filePath, alias.Start, alias.End)));
                        break;
                    case Scalar scalar:
                        Add(new YamlScalarValue(scalar.Value, scalar.Style == ScalarStyle.Plain, ToLocation(filePath, scalar.Start, scalar.End)));
                        break;
                    case MappingStart or SequenceStart:
                        if (stack.Count >= MaxDepth)
                        {
                            diagnostics.Add(DiagnosticInfo.Create(
                                DiagnosticDescriptors.NestingTooDeep,
                                ToLocation(filePath, current.Start, current.End),
                                MaxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                            Add(new YamlInvalidValue(ToLocation(filePath, current.Start, current.End)));
                            skipping = 1;
                        }
                        else
                        {
                            stack.Add(new Frame(current is MappingStart, current.Start));
                        }

                        break;
                    case MappingEnd or SequenceEnd:
                        var frame = stack[stack.Count - 1];
                        stack.RemoveAt(stack.Count - 1);
                        var location = ToLocation(filePath, frame.Start, current.End);
                        Add(frame.IsMap ? new YamlMapValue(frame.Entries, location) : new YamlSequenceValue(frame.Items, location));
                        break;
                }
            }
        }
        catch (YamlException ex)
        {
            // YamlDotNet reports a tab used for indentation at 1:1 ("While scanning for the next token..."); the
            // user needs the line that holds the tab.
            var lastLine = ex.Message.IndexOf(" tab", StringComparison.Ordinal) >= 0 ? int.MaxValue : (int)Math.Max(1, ex.End.Line);
            if (IndentationTab(text, lastLine) is { } tab)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.YamlSyntaxError, tab(filePath), "a tab character cannot indent YAML; indent with spaces"));
                return null;
            }

            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.YamlSyntaxError, ToLocation(filePath, ex.Start, ex.End), WithoutMarks(ex.Message)));
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // YamlDotNet 16.3 throws InvalidOperationException on some malformed plain scalars inside flow
            // collections instead of a YamlException: it is still the user's syntax error, reported after the last good token.
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.YamlSyntaxError,
                ToLocation(filePath, lastEnd, lastEnd),
                "the text after this point could not be parsed (" + ex.Message + ")"));
            return null;
        }

        return root;

        void Add(YamlValue value)
        {
            if (stack.Count == 0)
            {
                root = value;
                return;
            }

            var parent = stack[stack.Count - 1];
            if (!parent.IsMap)
            {
                parent.Items.Add(value);
            }
            else if (!parent.ExpectingValue)
            {
                parent.ExpectingValue = true;
                parent.Key = value as YamlScalarValue;
                if (parent.Key is null && value is not YamlInvalidValue)
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.WrongNodeKind, value.Location, "a scalar", "a map key", value.KindName));
                }
            }
            else
            {
                parent.ExpectingValue = false;
                if (parent.Key is not null)
                {
                    parent.Entries.Add(new KeyValuePair<YamlScalarValue, YamlValue>(parent.Key, value));
                }
            }
        }
    }

    /// <summary>
    /// The first tab in the leading whitespace of a line up to <paramref name="lastLine"/> (1-based), as a location
    /// factory, or null. Tabs inside block scalars are content, but a parse error at or after them means they were not.
    /// </summary>
    private static Func<string, LocationInfo>? IndentationTab(string text, int lastLine)
    {
        var line = 0;
        var lineStart = 0;
        for (var i = 0; i < text.Length && line < lastLine; i++)
        {
            var c = text[i];
            if (c == '\t' && text.Substring(lineStart, i - lineStart).Trim(' ').Length == 0)
            {
                var (l, column, index) = (line, i - lineStart, i);
                return file => new LocationInfo(file, index, 1, l, column, l, column + 1);
            }

            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
            }
            else if (c != ' ' && c != '\t')
            {
                // Skip the rest of the line: only leading whitespace counts.
                var next = text.IndexOf('\n', i);
                if (next < 0)
                {
                    break;
                }

                i = next - 1;
            }
        }

        return null;
    }

    /// <summary>YamlDotNet marks are 1-based; <see cref="LocationInfo"/> is 0-based like Roslyn's LinePosition.</summary>
    public static LocationInfo ToLocation(string filePath, Mark start, Mark end)
    {
        var startIndex = (int)Math.Max(0, start.Index);
        var endIndex = (int)Math.Max(startIndex, end.Index);
        return new LocationInfo(
            filePath,
            startIndex,
            endIndex - startIndex,
            (int)Math.Max(0, start.Line - 1),
            (int)Math.Max(0, start.Column - 1),
            (int)Math.Max(0, end.Line - 1),
            (int)Math.Max(0, end.Column - 1));
    }

    // YamlDotNet prefixes messages with "(Line: 1, Col: 2, Idx: 3) - (Line: ...): "; the location already says that.
    private static string WithoutMarks(string message)
    {
        if (message.StartsWith("(", StringComparison.Ordinal))
        {
            var end = message.IndexOf("): ", StringComparison.Ordinal);
            if (end >= 0)
            {
                return message.Substring(end + 3);
            }
        }

        return message;
    }

    private sealed class Frame
    {
        public Frame(bool isMap, Mark start)
        {
            IsMap = isMap;
            Start = start;
        }

        public bool IsMap { get; }

        public Mark Start { get; }

        public List<KeyValuePair<YamlScalarValue, YamlValue>> Entries { get; } = new();

        public List<YamlValue> Items { get; } = new();

        public bool ExpectingValue { get; set; }

        public YamlScalarValue? Key { get; set; }
    }
}
