using System.Collections.Generic;
using System.Globalization;
using System.Text;
using GraphGen.Generator.Model;

namespace GraphGen.Generator.Emit;

/// <summary>C# literals for the templates: UTF-8 and UTF-16 strings, bit masks, and lists of literals wrapped into lines.</summary>
internal static class Literals
{
    // Longest line of wrapped literals, indentation not counted.
    private const int LineWidth = 100;

    /// <summary><c>"text"u8</c>.</summary>
    public static string Utf8(string text) => CSharpText.StringLiteral(text) + "u8";

    /// <summary><c>"text"</c>.</summary>
    public static string Utf16(string text) => CSharpText.StringLiteral(text);

    /// <summary>The property's bit in its presence word: <c>0x8UL</c>.</summary>
    public static string PresenceMask(int index)
        => "0x" + (1UL << (index % 64)).ToString("X", CultureInfo.InvariantCulture) + "UL";

    /// <summary>String literals separated by commas, several a line; each line but the last ends with a comma.</summary>
    public static string[] WrappedStrings(IEnumerable<string> texts)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var text in texts)
        {
            var literal = Utf16(text);
            if (line.Length > 0 && line.Length + literal.Length + 2 > LineWidth)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(literal).Append(',');
        }

        if (line.Length > 0)
        {
            line.Length--;
            lines.Add(line.ToString());
        }

        return lines.ToArray();
    }
}
