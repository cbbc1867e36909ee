using System;
using System.Collections.Generic;
using System.Text;
using GraphGen.Generator.Common;

namespace GraphGen.Generator.Emit;

/// <summary>
/// Turns schema text into C# text the templates can print as is: XML doc escaping, string literals, and block
/// indentation of generated statements. (Names are <see cref="Model.Naming"/>'s job.)
/// </summary>
public static class CSharpText
{
    /// <summary>
    /// Indents generated statements by brace depth (4 spaces a level), so nested blocks read like hand-written code;
    /// templates then add the indentation of the place they print the block.
    /// </summary>
    public static EquatableArray<string> IndentBlocks(IEnumerable<string> statements)
    {
        var lines = new List<string>();
        var depth = 0;
        foreach (var statement in statements)
        {
            if (statement.StartsWith("}", StringComparison.Ordinal))
            {
                depth--;
            }

            lines.Add(new string(' ', 4 * Math.Max(depth, 0)) + statement);
            if (statement == "{" || statement.EndsWith("{", StringComparison.Ordinal))
            {
                depth++;
            }
        }

        return lines.ToEquatableArray();
    }

    /// <summary>Escapes text for an XML doc comment.</summary>
    public static string XmlEscape(string text)
        => text.IndexOfAny(XmlSpecial) < 0 ? text : text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    private static readonly char[] XmlSpecial = { '&', '<', '>' };

    /// <summary>Escapes text for a C# regular string literal.</summary>
    public static string StringLiteral(string text)
    {
        // Most names and descriptions need no escape: one string, no builder.
        if (!NeedsEscape(text))
        {
            return "\"" + text + "\"";
        }

        var builder = new StringBuilder(text.Length + 8);
        builder.Append('"');
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
                        builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
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

    private static bool NeedsEscape(string text)
    {
        foreach (var c in text)
        {
            if (c == '"' || c == '\\' || char.IsControl(c))
            {
                return true;
            }
        }

        return false;
    }
}
