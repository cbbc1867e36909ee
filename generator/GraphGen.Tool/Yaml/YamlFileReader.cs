using System;
using System.IO;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GraphGen.Tool.Yaml;

/// <summary>
/// Reads an existing schema file into a <see cref="YamlElement"/> tree that keeps every key in order and the
/// comments and blank lines around each entry (<see cref="YamlTrivia"/>), so a re-import writes them back.
/// </summary>
public static class YamlFileReader
{
    /// <summary>The root map of the file (empty for an empty file); throws <see cref="YamlException"/> on bad YAML.</summary>
    public static YamlMap Read(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return new YamlMap();
        }

        var reader = new TriviaReader(text);
        var map = (YamlMap)reader.Convert(root);
        map.Closing.AddRange(reader.ClosingLines());
        return map;
    }

    /// <summary>How many comments the text holds, except those <paramref name="ignore"/> accepts.</summary>
    public static int CountComments(string text, Func<string, bool> ignore)
    {
        var count = 0;
        var scanner = new Scanner(new StringReader(text), skipComments: false);
        try
        {
            while (scanner.MoveNext())
            {
                if (scanner.Current is YamlDotNet.Core.Tokens.Comment comment && !ignore(comment.Value))
                {
                    count++;
                }
            }
        }
        catch (YamlException)
        {
            // Read() reports the syntax error; the count is only for the report.
        }

        return count;
    }

    /// <summary>Converts nodes and finds each entry's comments in the text by the line numbers YamlDotNet gives.</summary>
    private sealed class TriviaReader
    {
        private readonly string[] _lines;

        public TriviaReader(string text) => _lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');

        public YamlElement Convert(YamlNode node)
        {
            switch (node)
            {
                case YamlMappingNode mapping:
                    var flow = mapping.Style == YamlDotNet.Core.Events.MappingStyle.Flow;
                    var map = new YamlMap { IsFlow = flow };
                    foreach (var entry in mapping.Children)
                    {
                        var key = ((YamlScalarNode)entry.Key).Value ?? string.Empty;
                        map.Set(key, Convert(entry.Value));
                        if (!flow)
                        {
                            map.SetTrivia(key, TriviaOf(entry.Key));
                        }
                    }

                    return map;
                case YamlSequenceNode sequence:
                    var list = new YamlList { IsBlock = sequence.Style != YamlDotNet.Core.Events.SequenceStyle.Flow };
                    foreach (var item in sequence.Children)
                    {
                        var converted = Convert(item);
                        list.Items.Add(converted);
                        if (sequence.Style != YamlDotNet.Core.Events.SequenceStyle.Flow && item is not YamlMappingNode)
                        {
                            var trivia = TriviaOf(item);
                            if (!trivia.IsEmpty)
                            {
                                list.ItemTrivia[converted] = trivia;
                            }
                        }
                    }

                    return list;
                case YamlScalarNode { Style: ScalarStyle.Folded } folded:
                    return new YamlText(folded.Value ?? string.Empty) { FoldedLines = FoldedLinesOf(folded) };
                case YamlScalarNode scalar:
                    return new YamlText(scalar.Value ?? string.Empty, isLiteral: scalar.Style == ScalarStyle.Plain);
                default:
                    return new YamlText(string.Empty);
            }
        }

        /// <summary>The comment lines (and blank lines between them) after the last line of data.</summary>
        public System.Collections.Generic.IEnumerable<string> ClosingLines()
        {
            var end = _lines.Length;
            while (end > 0 && _lines[end - 1].Trim().Length == 0)
            {
                end--;
            }

            var start = end;
            while (start > 0 && IsTrivia(_lines[start - 1]))
            {
                start--;
            }

            while (start < end && _lines[start].Trim().Length == 0)
            {
                start++;
            }

            for (var i = start; i < end; i++)
            {
                yield return _lines[i].TrimEnd();
            }
        }

        /// <summary>The lines after the <c>&gt;</c> indicator, when joining them with spaces gives the value.</summary>
        private string[]? FoldedLinesOf(YamlScalarNode scalar)
        {
            var lines = new System.Collections.Generic.List<string>();
            for (var i = (int)scalar.Start.Line; i < _lines.Length && i < (int)scalar.End.Line; i++)
            {
                lines.Add(_lines[i].Trim());
            }

            // The end mark may sit on the next key's line: drop lines from the end until the text matches.
            while (lines.Count > 0 && string.Join(" ", lines) != scalar.Value)
            {
                lines.RemoveAt(lines.Count - 1);
            }

            return lines.Count > 0 ? lines.ToArray() : null;
        }

        /// <summary>Blank and comment lines right above <paramref name="start"/>, and the comment ending its line.</summary>
        private YamlTrivia TriviaOf(YamlNode start)
        {
            var trivia = new YamlTrivia();
            var first = (int)start.Start.Line - 1;
            var above = first - 1;
            while (above >= 0 && IsTrivia(_lines[above]))
            {
                above--;
            }

            for (var i = above + 1; i < first; i++)
            {
                trivia.Leading.Add(_lines[i].TrimEnd());
            }

            var (line, column) = ((int)start.Start.Line - 1, (int)start.Start.Column - 1);
            if (FindLineComment(ref line, column) is { } found)
            {
                trivia.Trailing = _lines[line].Substring(found).TrimEnd();
                trivia.TrailingColumn = found;
            }

            return trivia;
        }

        /// <summary>
        /// The column of the comment ending the element that starts at (<paramref name="line"/>, <paramref name="column"/>):
        /// a <c>#</c> after whitespace, outside quotes, once flow brackets opened on the way are closed (a wrapped
        /// <c>[A, B,</c> list ends on a later line, which <paramref name="line"/> then names).
        /// </summary>
        private int? FindLineComment(ref int line, int column)
        {
            var depth = 0;
            var quote = '\0';
            for (; line < _lines.Length; line++, column = 0)
            {
                var text = _lines[line];
                for (var i = column; i < text.Length; i++)
                {
                    var c = text[i];
                    if (quote != '\0')
                    {
                        if (c == '\\' && quote == '"')
                        {
                            i++;
                        }
                        else if (c == quote)
                        {
                            quote = '\0';
                        }
                    }
                    else if (c is '"' or '\'' && (i == 0 || text[i - 1] is ' ' or '[' or '{' or ',' or ':'))
                    {
                        quote = c;
                    }
                    else if (c is '[' or '{')
                    {
                        depth++;
                    }
                    else if (c is ']' or '}')
                    {
                        depth--;
                    }
                    else if (c == '#' && i > 0 && text[i - 1] is ' ' or '\t')
                    {
                        return i;
                    }
                }

                if (depth <= 0 && quote == '\0')
                {
                    return null;
                }
            }

            return null;
        }

        private static bool IsTrivia(string line)
        {
            var trimmed = line.Trim();
            return trimmed.Length == 0 || trimmed.StartsWith('#');
        }
    }
}
