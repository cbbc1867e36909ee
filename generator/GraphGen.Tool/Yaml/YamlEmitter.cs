using System.Globalization;
using System.Text;

namespace GraphGen.Tool.Yaml;

/// <summary>
/// Writes a <see cref="YamlElement"/> tree as block YAML, two spaces per level, byte-for-byte the same for the same
/// tree: maps in block style, lists of scalars in flow style (<c>[A, B]</c>, wrapped), lists of maps as <c>- </c>
/// items. Scalars are plain when a YAML 1.1 or 1.2 reader reads them back as the same string, double-quoted otherwise.
/// </summary>
public static class YamlEmitter
{
    private const int WrapColumn = 118;

    public static void WriteMapBody(StringBuilder output, YamlMap map, int indent)
    {
        foreach (var entry in map.Entries)
        {
            WriteEntry(output, entry.Key, entry.Value, indent);
        }
    }

    private static void WriteEntry(StringBuilder output, string key, YamlElement value, int indent)
    {
        output.Append(' ', indent).Append(Scalar(key, flow: false)).Append(':');
        switch (value)
        {
            case YamlText text:
                output.Append(' ').Append(Scalar(text, flow: false)).Append('\n');
                break;
            case YamlMap { Count: 0 }:
                output.Append(" {}\n");
                break;
            case YamlMap map:
                output.Append('\n');
                WriteMapBody(output, map, indent + 2);
                break;
            case YamlList list when IsFlowable(list):
                output.Append(' ');
                WriteFlowList(output, list, indent + 2, indent + key.Length + 3);
                output.Append('\n');
                break;
            case YamlList list:
                output.Append('\n');
                WriteBlockList(output, list, indent + 2);
                break;
        }
    }

    private static void WriteBlockList(StringBuilder output, YamlList list, int indent)
    {
        foreach (var item in list.Items)
        {
            switch (item)
            {
                case YamlMap { Count: > 0 } map:
                    // "- key: value" then the other keys aligned under the first.
                    var first = true;
                    foreach (var entry in map.Entries)
                    {
                        if (first)
                        {
                            output.Append(' ', indent).Append("- ");
                            var start = output.Length;
                            WriteEntry(output, entry.Key, entry.Value, 0);
                            ReindentContinuation(output, start, indent + 2);
                            first = false;
                        }
                        else
                        {
                            WriteEntry(output, entry.Key, entry.Value, indent + 2);
                        }
                    }

                    break;
                case YamlList nested when IsFlowable(nested):
                    output.Append(' ', indent).Append("- ");
                    WriteFlowList(output, nested, indent + 2, indent + 2);
                    output.Append('\n');
                    break;
                case YamlText text:
                    output.Append(' ', indent).Append("- ").Append(Scalar(text, flow: false)).Append('\n');
                    break;
                default:
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
            output.Append(' ', indent).Append(line).Append('\n');
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
