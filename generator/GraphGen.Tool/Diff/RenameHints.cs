using System.Collections.Generic;
using System.Linq;

namespace GraphGen.Tool.Diff;

/// <summary>
/// The spec files say nothing about renames; a removed field next to exactly one added field of the same type in
/// the same owner is the likely case, so the removal says "possibly renamed to ...". Still breaking either way.
/// </summary>
internal static class RenameHints
{
    public static IEnumerable<SchemaChange> Mark(List<SchemaChange> changes)
    {
        var added = changes.Where(c => c.Kind is ChangeKind.FieldAdded or ChangeKind.ParameterAdded or ChangeKind.EdgeAdded)
            .GroupBy(c => (Owner(c.Path), c.Kind, TypeOf(c.Detail)))
            .Where(g => g.Count() == 1)
            .ToDictionary(g => g.Key, g => g.Single());
        var removedCounts = changes.Where(c => c.Kind is ChangeKind.FieldRemoved or ChangeKind.ParameterRemoved or ChangeKind.EdgeRemoved)
            .GroupBy(c => (Owner(c.Path), AddedKind(c.Kind), TypeOf(c.Detail)))
            .ToDictionary(g => g.Key, g => g.Count());
        foreach (var change in changes)
        {
            var key = (Owner(change.Path), AddedKind(change.Kind), TypeOf(change.Detail));
            if (change.Kind is ChangeKind.FieldRemoved or ChangeKind.ParameterRemoved or ChangeKind.EdgeRemoved
                && removedCounts[key] == 1 && added.TryGetValue(key, out var addition))
            {
                yield return change with { Detail = change.Detail + "; possibly renamed to " + addition.Path };
            }
            else
            {
                yield return change;
            }
        }
    }

    private static ChangeKind AddedKind(ChangeKind removed) => removed switch
    {
        ChangeKind.FieldRemoved => ChangeKind.FieldAdded,
        ChangeKind.ParameterRemoved => ChangeKind.ParameterAdded,
        ChangeKind.EdgeRemoved => ChangeKind.EdgeAdded,
        _ => removed,
    };

    private static string Owner(string path)
    {
        var cut = path.LastIndexOfAny(new[] { '.', '(' });
        return cut < 0 ? path : path.Substring(0, cut);
    }

    private static string TypeOf(string detail) => detail.Split(',')[0];
}
