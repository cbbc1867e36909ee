using System;
using System.Collections.Generic;
using GraphGen.Generator.Common;
using GraphGen.Generator.Schema.Model;

namespace GraphGen.Generator.Model;

/// <summary>XML doc lines and <c>[Obsolete]</c> messages from schema descriptions and flags.</summary>
public static class Docs
{
    /// <summary>
    /// A whole XML doc comment as lines (without the <c>///</c>): the description, XML-escaped, in a summary,
    /// or the fallback when there is none. Templates print each line after <c>/// </c>.
    /// </summary>
    public static EquatableArray<string> Summary(string? description, string fallback) => SummaryLines(description, fallback).ToEquatableArray();

    private static List<string> SummaryLines(string? description, string fallback)
    {
        var lines = new List<string> { "<summary>" };
        if (string.IsNullOrWhiteSpace(description))
        {
            // Fallbacks are written here with their own markup (<c>...</c>) and already escape what they quote.
            lines.Add(fallback);
        }
        else
        {
            // Most descriptions are one line: no split.
            var raws = description!.IndexOf('\n') < 0 ? new[] { description } : description.Split(new[] { "\r\n", "\n" }, StringSplitOptions.None);
            foreach (var raw in raws)
            {
                var line = raw.Trim();
                if (line.Length > 0)
                {
                    lines.Add(CSharpText.XmlEscape(line));
                }
            }
        }

        lines.Add("</summary>");
        return OneLineWhenShort(lines);
    }

    // A one-line text is documented on one line (<summary>text</summary>), as by hand; longer text keeps its lines.
    private static List<string> OneLineWhenShort(List<string> lines)
    {
        const int MaxOneLine = 110;
        if (lines.Count == 3 && lines[0].Length + lines[1].Length + lines[2].Length <= MaxOneLine)
        {
            return new List<string> { lines[0] + lines[1] + lines[2] };
        }

        return lines;
    }

    /// <summary>Summary lines plus remarks about permissions, the default field set and bounds.</summary>
    public static EquatableArray<string> ForField(FieldSchema field, string fallback)
    {
        var lines = SummaryLines(field.Description, fallback);
        var notes = new List<string>();
        if (field.Permission is { } permission)
        {
            notes.Add($"Requires the <c>{CSharpText.XmlEscape(permission)}</c> permission.");
        }

        if (field.IsDefault)
        {
            notes.Add("Part of the default <c>public_profile</c> fields.");
        }

        if (field.Min is not null || field.Max is not null)
        {
            notes.Add($"Range: {Bound(field.Min, "-∞")} to {Bound(field.Max, "∞")}.");
        }

        if (field.SpecType is { } specType)
        {
            notes.Add($"Graph type: <c>{CSharpText.XmlEscape(specType)}</c>.");
        }

        if (notes.Count > 0)
        {
            var remarks = new List<string> { "<remarks>" };
            remarks.AddRange(notes);
            remarks.Add("</remarks>");
            lines.AddRange(OneLineWhenShort(remarks));
        }

        return lines.ToEquatableArray();
    }

    /// <summary>The <c>[Obsolete]</c> message for a deprecated field, or null.</summary>
    public static string? ObsoleteText(string? deprecated, bool coreDeprecated, string? noDataSince)
    {
        if (noDataSince is not null)
        {
            return $"Returns no data since {noDataSince}.";
        }

        if (deprecated is not null)
        {
            return deprecated.Length > 0 ? deprecated : "Deprecated in the Graph API.";
        }

        return coreDeprecated ? "Marked CoreDeprecated in the Graph API reference." : null;
    }

    private static string Bound(double? value, string none)
        => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? none;
}
