using GraphGen.Generator.Common;

namespace GraphGen.Generator.Schema.Model;

/// <summary>
/// The types a project generates from (MSBuild <c>GraphGenRoots</c>): schema type names, in the order given. Empty
/// means every type of the schema, as without the property.
/// </summary>
public sealed record GenerationRoots(EquatableArray<string> Names)
{
    /// <summary>The MSBuild property the roots come from, for messages.</summary>
    public const string PropertyName = "GraphGenRoots";

    public static readonly GenerationRoots All = new(EquatableArray<string>.Empty);

    public bool SelectsAll => Names.Count == 0;
}
