namespace GraphGen.Runtime;

/// <summary>The <c>paging.cursors</c> object of a cursor-paged edge.</summary>
public sealed class GraphCursors
{
    /// <summary>The cursor of the first item of the page.</summary>
    public string? Before { get; init; }

    /// <summary>The cursor of the last item of the page.</summary>
    public string? After { get; init; }
}
