using System;
using System.Globalization;
using System.Text;

namespace GraphGen.Tool.Yaml;

/// <summary>
/// Writes a <see cref="YamlElement"/> tree as block YAML, two spaces per level, byte-for-byte the same for the same
/// tree: maps in block style, lists of scalars in flow style (<c>[A, B]</c>, wrapped), lists of maps as <c>- </c>
/// items. Scalars are plain when a YAML 1.1 or 1.2 reader reads them back as the same string, double-quoted otherwise;
/// long prose (a description) is folded (<c>&gt;-</c>) at the wrap column. Comments and blank lines carried with an
/// entry (<see cref="YamlTrivia"/>) are written where they were read.
/// </summary>
public static class YamlEmitter
{
    private const int WrapColumn = 118;

    public static void WriteMapBody(StringBuilder output, YamlMap map, int indent)
    {
        foreach (var entry in map.Entries)
        {
            var trivia = map.TriviaOf(entry.Key);
            WriteLeading(output, trivia, indent);
            WriteEntry(output, entry.Key, entry.Value, indent, trivia);
        }

        foreach (var line in map.Closing)
        {
            output.Append(line).Append('\n');
        }
    }

    /// <summary>Writes one entry; <paramref name="indent"/> is where the key starts (0 after a list's "- ").</summary>
    private static void WriteEntry(StringBuilder output, string key, YamlElement value, int indent, YamlTrivia? trivia)
    {
        var lineStart = LineStart(output);
        output.Append(' ', indent).Append(Key(key, flow: false)).Append(':');
        switch (value)
        {
            case YamlText { FoldedLines: { } lines }:
                output.Append(" >-");
                WriteTrailing(output, lineStart, trivia);
                foreach (var line in lines)
                {
                    output.Append(' ', indent + 2).Append(line).Append('\n');
                }

                break;
            case YamlText text when IsLiteralBlock(text):
                output.Append(" |-");
                WriteTrailing(output, lineStart, trivia);
                foreach (var line in text.Text.Split('\n'))
                {
                    if (line.Length > 0)
                    {
                        output.Append(' ', indent + 2).Append(line);
                    }

                    output.Append('\n');
                }

                break;
            case YamlText text when IsFoldable(text, output.Length - lineStart + 1):
                output.Append(" >-");
                WriteTrailing(output, lineStart, trivia);
                WriteFolded(output, text.Text, indent + 2);
                break;
            case YamlText text:
                output.Append(' ').Append(Scalar(text, flow: false));
                WriteTrailing(output, lineStart, trivia);
                break;
            case YamlMap { Count: 0 }:
                output.Append(" {}");
                WriteTrailing(output, lineStart, trivia);
                break;
            case YamlMap { IsFlow: true } map when FlowMap(map) is { } flowText && output.Length - lineStart + 1 + flowText.Length <= WrapColumn:
                output.Append(' ').Append(flowText);
                WriteTrailing(output, lineStart, trivia);
                break;
            case YamlMap map:
                WriteTrailing(output, lineStart, trivia);
                WriteMapBody(output, map, indent + 2);
                break;
            case YamlList list when !list.IsBlock && IsFlowable(list):
                output.Append(' ');
                WriteFlowList(output, list, indent + 2, output.Length - lineStart);
                WriteTrailing(output, LineStart(output), trivia);
                break;
            case YamlList list:
                WriteTrailing(output, lineStart, trivia);
                WriteBlockList(output, list, indent + 2);
                break;
        }
    }

    /// <summary><c>{ key: value, ... }</c> for a map of scalars, else null.</summary>
    private static string? FlowMap(YamlMap map)
    {
        var text = new StringBuilder("{ ");
        foreach (var entry in map.Entries)
        {
            if (entry.Value is not YamlText value)
            {
                return null;
            }

            text.Append(text.Length > 2 ? ", " : string.Empty).Append(Key(entry.Key, flow: true)).Append(": ").Append(Scalar(value, flow: true));
        }

        return text.Append(" }").ToString();
    }

    /// <summary>A key: plain when it reads back as the same text (numeric keys such as error codes included).</summary>
    private static string Key(string key, bool flow)
    {
        foreach (var c in key)
        {
            if (!char.IsAsciiDigit(c))
            {
                return Scalar(key, flow);
            }
        }

        return key.Length is > 0 and < 10 && (key[0] != '0' || key.Length == 1) ? key : Scalar(key, flow);
    }

    private static int LineStart(StringBuilder output)
    {
        var i = output.Length;
        while (i > 0 && output[i - 1] != '\n')
        {
            i--;
        }

        return i;
    }

    private static void WriteLeading(StringBuilder output, YamlTrivia? trivia, int indent)
    {
        foreach (var line in trivia?.Leading ?? [])
        {
            // Lines read from a file keep their own indentation; a comment made in code gets the entry's.
            if (line.Length > 0)
            {
                output.Append(' ', line[0] == ' ' ? 0 : indent).Append(line);
            }

            output.Append('\n');
        }
    }

    /// <summary>Ends the line, with the carried comment at its old column (or one space after the text).</summary>
    private static void WriteTrailing(StringBuilder output, int lineStart, YamlTrivia? trivia)
    {
        if (trivia?.Trailing is { } comment)
        {
            var column = output.Length - lineStart;
            output.Append(' ', Math.Max(1, trivia.TrailingColumn - column)).Append(comment);
        }

        output.Append('\n');
    }

    /// <summary>
    /// Prose too long for the line, folded: single spaces between words become line breaks, which a folded scalar
    /// reads back as spaces. Text with line breaks, tabs, runs of spaces or edge spaces stays quoted.
    /// </summary>
    private static bool IsFoldable(YamlText text, int column)
    {
        var value = text.Text;
        if (text.IsLiteral || column + value.Length <= WrapColumn || value.Length == 0 || value[0] == ' ' || value[^1] == ' ' || value.Contains("  ", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in value)
        {
            if (char.IsControl(c))
            {
                return false;
            }
        }

        return value[0] is not ('#' or '-' or '?' or ':' or '>' or '|');
    }

    /// <summary>Text of several lines (a list in a description), written as <c>|-</c> when it reads back the same.</summary>
    private static bool IsLiteralBlock(YamlText text)
    {
        var value = text.Text;
        if (text.IsLiteral || value.IndexOf('\n') < 0 || value[0] is ' ' or '\n' || value[^1] == '\n')
        {
            return false;
        }

        foreach (var line in value.Split('\n'))
        {
            if (line.Length > 0 && (char.IsWhiteSpace(line[^1]) || line[0] == '\t'))
            {
                return false;
            }

            foreach (var c in line)
            {
                if (char.IsControl(c))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static void WriteFolded(StringBuilder output, string text, int indent)
    {
        var words = text.Split(' ');
        var column = 0;
        foreach (var word in words)
        {
            if (column == 0)
            {
                output.Append(' ', indent).Append(word);
                column = indent + word.Length;
            }
            else if (column + 1 + word.Length > WrapColumn)
            {
                output.Append('\n').Append(' ', indent).Append(word);
                column = indent + word.Length;
            }
            else
            {
                output.Append(' ').Append(word);
                column += 1 + word.Length;
            }
        }

        output.Append('\n');
    }

    private static void WriteBlockList(StringBuilder output, YamlList list, int indent)
    {
        foreach (var item in list.Items)
        {
            var trivia = list.TriviaOf(item);
            switch (item)
            {
                case YamlMap { Count: > 0 } map:
                    // "- key: value" then the other keys aligned under the first; the first key's comments are the item's.
                    var first = true;
                    foreach (var entry in map.Entries)
                    {
                        var entryTrivia = map.TriviaOf(entry.Key);
                        WriteLeading(output, entryTrivia, first ? indent : indent + 2);
                        if (first)
                        {
                            output.Append(' ', indent).Append("- ");
                            var start = output.Length;
                            WriteEntry(output, entry.Key, entry.Value, 0, entryTrivia);
                            ReindentContinuation(output, start, indent + 2);
                            first = false;
                        }
                        else
                        {
                            WriteEntry(output, entry.Key, entry.Value, indent + 2, entryTrivia);
                        }
                    }

                    break;
                case YamlList nested when IsFlowable(nested):
                    WriteLeading(output, trivia, indent);
                    var nestedStart = LineStart(output);
                    output.Append(' ', indent).Append("- ");
                    WriteFlowList(output, nested, indent + 2, indent + 2);
                    WriteTrailing(output, nestedStart, trivia);
                    break;
                case YamlText text:
                    WriteLeading(output, trivia, indent);
                    var textStart = LineStart(output);
                    output.Append(' ', indent).Append("- ").Append(Scalar(text, flow: false));
                    WriteTrailing(output, textStart, trivia);
                    break;
                default:
                    WriteLeading(output, trivia, indent);
                    output.Append(' ', indent).Append("- {}\n");
                    break;
            }
        }
    }

    /// <summary>Lines written at indent 0 after "- " belong under the item: shift them right.</summary>
    private static void ReindentContinuation(StringBuilder output, int start, int indent)
    {
        var text = output.ToString(start, output.Length - start);
        var firstBreak = text.IndexOf('\n');
        if (firstBreak < 0 || firstBreak == text.Length - 1)
        {
            return;
        }

        var rest = text.Substring(firstBreak + 1).TrimEnd('\n').Split('\n');
        output.Length = start + firstBreak + 1;
        foreach (var line in rest)
        {
            if (line.Length > 0)
            {
                output.Append(' ', indent).Append(line);
            }

            output.Append('\n');
        }
    }

    private static bool IsFlowable(YamlList list)
    {
        foreach (var item in list.Items)
        {
            if (item is YamlMap || (item is YamlList nested && !IsFlowable(nested)))
            {
                return false;
            }
        }

        return true;
    }

    private static void WriteFlowList(StringBuilder output, YamlList list, int continuationIndent, int column)
    {
        output.Append('[');
        column++;
        for (var i = 0; i < list.Items.Count; i++)
        {
            var piece = list.Items[i] is YamlList nested ? Flow(nested) : Scalar((YamlText)list.Items[i], flow: true);
            var separator = i == 0 ? string.Empty : ", ";
            if (i > 0 && column + separator.Length + piece.Length > WrapColumn)
            {
                output.Append(",\n").Append(' ', continuationIndent);
                column = continuationIndent;
                separator = string.Empty;
            }

            output.Append(separator).Append(piece);
            column += separator.Length + piece.Length;
        }

        output.Append(']');
    }

    private static string Flow(YamlList list)
    {
        var builder = new StringBuilder();
        WriteFlowList(builder, list, 0, int.MinValue / 2);
        return builder.ToString();
    }

    private static string Scalar(YamlText text, bool flow)
        => text.IsLiteral && IsSafeLiteral(text.Text, flow) ? text.Text : Scalar(text.Text, flow);

    /// <summary>The text plain when it reads back as this string, else double-quoted with escapes.</summary>
    public static string Scalar(string text, bool flow) => IsSafePlain(text, flow) ? text : Quote(text);

    private static bool IsSafeLiteral(string text, bool flow)
    {
        if (text.Length == 0 || text.IndexOf('\n') >= 0 || text.Contains(": ") || text.Contains(" #") || text.EndsWith(":", System.StringComparison.Ordinal))
        {
            return false;
        }

        return !flow || text.IndexOfAny(FlowIndicators) < 0;
    }

    private static readonly char[] FlowIndicators = { ',', '[', ']', '{', '}' };

    private static bool IsSafePlain(string text, bool flow)
    {
        if (text.Length == 0 || !(char.IsAsciiLetter(text[0]) || text[0] == '_') || char.IsWhiteSpace(text[^1]) || IsReserved(text))
        {
            return false;
        }

        var previous = '\0';
        foreach (var c in text)
        {
            var allowed = char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-' or '/' or '<' or '>' or '(' or ')' or '\''
                || (!flow && c is ' ' or ',' or ';');
            if (!allowed || (c == ' ' && previous == ' '))
            {
                return false;
            }

            previous = c;
        }

        return true;
    }

    // YAML 1.1 readers take these for booleans or null (YamlDotNet and the generator read 1.2, editors may not).
    private static bool IsReserved(string text) => text.ToLowerInvariant() is
        "true" or "false" or "yes" or "no" or "on" or "off" or "y" or "n" or "null" or "~";

    private static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (char.IsControl(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }
}
