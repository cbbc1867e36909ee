using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace GraphGen.Tool.Diff;

/// <summary>The diff as Markdown: a summary, then one table of breaking changes and one of additions, by kind.</summary>
public static class MarkdownDiffReport
{
    public static string Write(SchemaDiff diff, string oldLabel, string newLabel)
    {
        var text = new StringBuilder();
        text.Append(Invariant($"# Schema changes: {Version(diff.OldApiVersion)} -> {Version(diff.NewApiVersion)}\n\n"));
        text.Append(Invariant($"`graphgen diff {oldLabel} {newLabel}`\n\n"));
        var breaking = diff.Breaking.ToList();
        var other = diff.NonBreaking.ToList();
        if (diff.IsEmpty)
        {
            text.Append("No changes.\n");
            return text.ToString();
        }

        text.Append(Invariant($"**{breaking.Count} breaking changes**, {other.Count} additions and other changes.\n\n"));
        text.Append("| change | count | breaking |\n|---|---:|---|\n");
        foreach (var group in diff.Changes.GroupBy(c => c.Kind))
        {
            text.Append(Invariant($"| {Title(group.Key)} | {group.Count()} | {(group.First().IsBreaking ? "yes" : "no")} |\n"));
        }

        Section(text, "Breaking changes", breaking);
        Section(text, "Additions and other changes", other);
        return text.ToString();
    }

    private static void Section(StringBuilder text, string title, List<SchemaChange> changes)
    {
        if (changes.Count == 0)
        {
            return;
        }

        text.Append("\n## ").Append(title).Append('\n');
        foreach (var group in changes.GroupBy(c => c.Kind))
        {
            text.Append(Invariant($"\n### {Title(group.Key)} ({group.Count()})\n\n| where | detail |\n|---|---|\n"));
            foreach (var change in group)
            {
                text.Append(Invariant($"| `{change.Path}` | {Escape(change.Detail)} |\n"));
            }
        }
    }

    /// <summary><c>FieldTypeChanged</c> -> "Field type changed".</summary>
    public static string Title(ChangeKind kind)
    {
        var name = kind.ToString();
        var text = new StringBuilder(name.Length + 4).Append(name[0]);
        for (var i = 1; i < name.Length; i++)
        {
            text.Append(char.IsUpper(name[i]) ? " " + char.ToLowerInvariant(name[i]) : name[i].ToString());
        }

        return text.ToString();
    }

    private static string Version(string version) => version.Length == 0 ? "(no api_version)" : version;

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
