using GraphGen.Generator.Common;

namespace GraphGen.Generator.Schema.Model;

/// <summary>
/// The types a project generates from (MSBuild <c>GraphGenRoots</c>): schema type names, in the order given. Empty
/// means every type of the schema, as without the property. With <see cref="FollowEdges"/> off
/// (<c>GraphGenFollowEdges=false</c>) an edge does not pull its target in: edges are kept only between types kept
/// for another reason.
/// </summary>
public sealed record GenerationRoots(EquatableArray<string> Names, bool FollowEdges = true)
{
    /// <summary>The MSBuild property the roots come from, for messages.</summary>
    public const string PropertyName = "GraphGenRoots";

    /// <summary>The MSBuild property that stops edges from pulling their targets in.</summary>
    public const string FollowEdgesPropertyName = "GraphGenFollowEdges";

    public static readonly GenerationRoots All = new(EquatableArray<string>.Empty);

    public bool SelectsAll => Names.Count == 0;
}
