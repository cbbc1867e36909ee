using System.Collections.Generic;
using System.Globalization;
using GraphGen.Generator.Model;

namespace GraphGen.Generator.Emit;

/// <summary>
/// Writes a <see cref="DocModel"/> as the lines of an XML doc comment (without the <c>///</c>, which templates print):
/// the description, escaped, in a summary, or a sentence saying what the member is; then remarks from the notes.
/// </summary>
public static class DocComment
{
    // A one-line text is documented on one line (<summary>text</summary>), as by hand; longer text keeps its lines.
    private const int MaxOneLine = 110;

    /// <summary>The comment's lines.</summary>
    public static IReadOnlyList<string> Lines(DocModel doc)
    {
        var lines = new List<string> { "<summary>" };
        if (doc.DescriptionLines.IsEmpty)
        {
            lines.Add(Fallback(doc));
        }
        else
        {
            foreach (var line in doc.DescriptionLines)
            {
                lines.Add(CSharpText.XmlEscape(line));
            }
        }

        lines.Add("</summary>");
        var comment = OneLineWhenShort(lines);
        if (doc.Notes is { } notes)
        {
            var remarks = new List<string> { "<remarks>" };
            if (notes.Permission is { } permission)
            {
                remarks.Add($"Requires the <c>{CSharpText.XmlEscape(permission)}</c> permission.");
            }

            if (notes.IsDefaultField)
            {
                remarks.Add("Part of the default <c>public_profile</c> fields.");
            }

            if (notes.Min is not null || notes.Max is not null)
            {
                remarks.Add($"Range: {Bound(notes.Min, "-∞")} to {Bound(notes.Max, "∞")}.");
            }

            if (notes.SpecType is { } specType)
            {
                remarks.Add($"Graph type: <c>{CSharpText.XmlEscape(specType)}</c>.");
            }

            remarks.Add("</remarks>");
            comment.AddRange(OneLineWhenShort(remarks));
        }

        return comment;
    }

    // What the member is, when the schema does not say.
    private static string Fallback(DocModel doc)
    {
        var name = CSharpText.XmlEscape(doc.SubjectName);
        var detail = doc.SubjectDetail ?? string.Empty;
        return doc.Subject switch
        {
            DocSubject.Field => $"The <c>{name}</c> field.",
            DocSubject.ExpandedEdge => $"The <c>{name}</c> edge, when expanded in the field selection.",
            DocSubject.Edge => $"The <c>{name}</c> edge.",
            DocSubject.Node => $"The Graph API <c>{name}</c> node.",
            DocSubject.Object => $"The Graph API <c>{name}</c> object.",
            DocSubject.EnumType => $"The Graph API <c>{name}</c> values.",
            DocSubject.EnumValue => $"The wire value <c>{name}</c>.",
            DocSubject.Parameter => $"The <c>{name}</c> parameter.",
            DocSubject.EdgeQuery => $"Query parameters of <c>GET /{{id}}/{name}</c>.",
            DocSubject.OperationParameters => $"Parameters of <c>{name}</c> ({detail}).",
            DocSubject.Operation => $"Calls <c>{detail}</c> ({name}).",
            DocSubject.RootCollection => $"<c>{name}</c> nodes by id: <c>{detail}[\"id\"]</c>.",
            _ => throw new System.ArgumentOutOfRangeException(nameof(doc), doc.Subject, "A doc subject without a sentence."),
        };
    }

    private static List<string> OneLineWhenShort(List<string> lines)
    {
        if (lines.Count == 3 && lines[0].Length + lines[1].Length + lines[2].Length <= MaxOneLine)
        {
            return new List<string> { lines[0] + lines[1] + lines[2] };
        }

        return lines;
    }

    private static string Bound(double? value, string none) => value?.ToString(CultureInfo.InvariantCulture) ?? none;
}
