using System;
using System.Collections.Generic;
using GraphGen.Generator.Common;
using GraphGen.Generator.Schema.Model;

namespace GraphGen.Generator.Model;

/// <summary>Doc models from schema descriptions and flags, and <c>[Obsolete]</c> messages.</summary>
public static class Docs
{
    /// <summary>The doc of a member that has at most a description.</summary>
    public static DocModel Of(string? description, DocSubject subject, string subjectName, string? subjectDetail = null)
        => new(DescriptionLines(description), subject, subjectName, subjectDetail, null);

    /// <summary>The doc of a field or parameter: its description plus notes on permission, defaults and bounds.</summary>
    public static DocModel ForField(FieldSchema field, DocSubject subject)
    {
        var notes = field.Permission is not null || field.IsDefault || field.Min is not null || field.Max is not null || field.SpecType is not null
            ? new DocNotes(field.Permission, field.IsDefault, field.Min, field.Max, field.SpecType)
            : null;
        return new DocModel(DescriptionLines(field.Description), subject, field.WireName, null, notes);
    }

    // Lines as written, so Emit can keep a long description's line breaks; blank lines carry nothing in a summary.
    private static EquatableArray<string> DescriptionLines(string? description)
    {
        if (string.IsNullOrWhiteSpace(description))
        {
            return EquatableArray<string>.Empty;
        }

        // Most descriptions are one line: no split.
        var raws = description!.IndexOf('\n') < 0 ? new[] { description } : description.Split(new[] { "\r\n", "\n" }, StringSplitOptions.None);
        var lines = new List<string>(raws.Length);
        foreach (var raw in raws)
        {
            var line = raw.Trim();
            if (line.Length > 0)
            {
                lines.Add(line);
            }
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
}
