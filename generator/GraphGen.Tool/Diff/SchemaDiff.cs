using System.Collections.Generic;
using System.Linq;

namespace GraphGen.Tool.Diff;

/// <summary>Every change between two schemas, in report order (kind, then path, ordinal).</summary>
public sealed class SchemaDiff
{
    public SchemaDiff(string oldApiVersion, string newApiVersion, IEnumerable<SchemaChange> changes)
    {
        OldApiVersion = oldApiVersion;
        NewApiVersion = newApiVersion;
        Changes = changes.OrderBy(c => c.Kind).ThenBy(c => c.Path, System.StringComparer.Ordinal).ToList();
    }

    public string OldApiVersion { get; }

    public string NewApiVersion { get; }

    public IReadOnlyList<SchemaChange> Changes { get; }

    public IEnumerable<SchemaChange> Breaking => Changes.Where(c => c.IsBreaking);

    public IEnumerable<SchemaChange> NonBreaking => Changes.Where(c => !c.IsBreaking);

    public bool HasBreakingChanges => Changes.Any(c => c.IsBreaking);

    public bool IsEmpty => Changes.Count == 0;
}
