using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace GraphGen.Tool.Import;

/// <summary>
/// What an import left out (<see cref="ImportGap"/>), wrote another way (approximations) and, on a re-import, could
/// not carry over from the existing files. Printed at the end of a run and optionally written as Markdown.
/// </summary>
public sealed class ImportReport
{
    private const int ExamplesPerLine = 5;

    private readonly SortedDictionary<ImportGap, List<string>> _gaps = new();
    private readonly SortedDictionary<string, List<string>> _approximations = new(System.StringComparer.Ordinal);
    private readonly List<string> _notCarried = new();
    private readonly List<string> _keptAsWritten = new();
    private readonly List<string> _notAdded = new();

    public int TypeCount { get; set; }

    public int EnumCount { get; set; }

    public int FileCount { get; set; }

    /// <summary>Comments of the existing files that went with an element the new import no longer has.</summary>
    public int CommentsNotCarried { get; set; }

    public void Skipped(ImportGap gap, string where) => Add(_gaps, gap, where);

    /// <summary>Written another way than the spec says (e.g. a type without a spec file written as <c>json</c>).</summary>
    public void Approximated(string what, string where) => Add(_approximations, what, where);

    /// <summary>A hand-written element or key of the existing files that the new import has no place for.</summary>
    public void NotCarried(string where) => _notCarried.Add(where);

    /// <summary>A hand-written element the spec has but cannot express, or says less precisely, kept as the person wrote it.</summary>
    public void KeptAsWritten(string where) => _keptAsWritten.Add(where);

    /// <summary>A spec member left out because its type says <c>import: listed</c>: there to add by hand.</summary>
    public void NotAdded(string where) => _notAdded.Add(where);

    public int Count(ImportGap gap) => _gaps.TryGetValue(gap, out var list) ? list.Count : 0;

    public IReadOnlyList<string> Examples(ImportGap gap) => _gaps.TryGetValue(gap, out var list) ? list : new List<string>();

    public int ApproximationCount(string what) => _approximations.TryGetValue(what, out var list) ? list.Count : 0;

    public IReadOnlyList<string> NotCarriedItems => _notCarried;

    public IReadOnlyList<string> KeptAsWrittenItems => _keptAsWritten;

    public IReadOnlyList<string> NotAddedItems => _notAdded;

    public int SkippedTotal => _gaps.Values.Sum(l => l.Count);

    /// <summary>The report as Markdown: counts with a few examples each; <paramref name="allExamples"/> lists every one.</summary>
    public string ToMarkdown(bool allExamples)
    {
        var text = new StringBuilder();
        text.Append("# graphgen import report\n\n");
        text.Append(Invariant($"{TypeCount} types and {EnumCount} enums written to {FileCount} files.\n\n"));
        text.Append("## Left out: the schema format cannot say these\n\n");
        if (_gaps.Count == 0)
        {
            text.Append("Nothing.\n\n");
        }
        else
        {
            text.Append("| count | what | examples |\n|---:|---|---|\n");
            foreach (var gap in _gaps)
            {
                text.Append(Invariant($"| {gap.Value.Count} | {Describe(gap.Key)} | {Examples(gap.Value, allExamples)} |\n"));
            }

            text.Append('\n');
        }

        if (_approximations.Count > 0)
        {
            text.Append("## Written another way\n\n| count | what | examples |\n|---:|---|---|\n");
            foreach (var item in _approximations)
            {
                text.Append(Invariant($"| {item.Value.Count} | {item.Key} | {Examples(item.Value, allExamples)} |\n"));
            }

            text.Append('\n');
        }

        if (_keptAsWritten.Count > 0 || _notCarried.Count > 0 || _notAdded.Count > 0 || CommentsNotCarried > 0)
        {
            text.Append("## Re-import\n\n");
            AppendList(text, "Kept as written (the format cannot say the spec's version, or the file's type is narrower)", _keptAsWritten);
            AppendList(text, "Not carried (no longer in the spec, or not importable)", _notCarried);
            AppendList(text, "Not added (in the spec; the type says `import: listed`)", _notAdded);
            if (CommentsNotCarried > 0)
            {
                text.Append(Invariant($"{CommentsNotCarried} YAML comments of the existing files went with elements that are not carried.\n\n"));
            }
        }

        return text.ToString();
    }

    /// <summary>The few lines printed at the end of a run.</summary>
    public string ToSummary()
    {
        var text = new StringBuilder();
        text.Append(Invariant($"Left out {SkippedTotal} spec elements the format cannot say:\n"));
        foreach (var gap in _gaps)
        {
            text.Append(Invariant($"  {gap.Value.Count,6}  {Describe(gap.Key)}\n"));
        }

        foreach (var item in _approximations)
        {
            text.Append(Invariant($"  {item.Value.Count,6}  written another way: {item.Key}\n"));
        }

        if (_keptAsWritten.Count > 0)
        {
            text.Append(Invariant($"  {_keptAsWritten.Count,6}  hand-written elements kept as written\n"));
        }

        if (_notCarried.Count > 0)
        {
            text.Append(Invariant($"  {_notCarried.Count,6}  hand-written elements or keys not carried (see the report)\n"));
        }

        if (_notAdded.Count > 0)
        {
            text.Append(Invariant($"  {_notAdded.Count,6}  spec members not added to types that say import: listed (see the report)\n"));
        }

        if (CommentsNotCarried > 0)
        {
            text.Append(Invariant($"  {CommentsNotCarried,6}  comments of the existing files went with elements not carried\n"));
        }

        return text.ToString();
    }

    public static string Describe(ImportGap gap) => gap switch
    {
        ImportGap.FileParameter => "`file` inside a list or map, or as a field (only a parameter can be an upload)",
        ImportGap.GeneratedNodeCall => "node calls besides get/update/delete, or a second one for the same operation",
        ImportGap.UnsupportedMethod => "APIs with an HTTP method other than GET, POST, DELETE",
        ImportGap.DuplicateInSpec => "fields, parameters or enum values listed twice (first kept)",
        ImportGap.NameWithoutLetters => "field or parameter names without a letter or digit",
        ImportGap.EnumNamedLikeAType => "enums named like a spec type (the type is kept)",
        _ => gap.ToString(),
    };

    private static void AppendList(StringBuilder text, string title, List<string> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        text.Append(Invariant($"{title}: {items.Count}\n\n"));
        foreach (var item in items)
        {
            text.Append("- ").Append(item).Append('\n');
        }

        text.Append('\n');
    }

    private static string Examples(List<string> items, bool all)
    {
        var shown = all ? items : items.Take(ExamplesPerLine).ToList();
        var text = string.Join(", ", shown.Select(i => "`" + i + "`"));
        return all || items.Count <= ExamplesPerLine ? text : text + ", ...";
    }

    private static void Add<TKey>(SortedDictionary<TKey, List<string>> into, TKey key, string where)
        where TKey : notnull
    {
        if (!into.TryGetValue(key, out var list))
        {
            list = new List<string>();
            into.Add(key, list);
        }

        list.Add(where);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
