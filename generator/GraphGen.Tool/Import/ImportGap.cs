namespace GraphGen.Tool.Import;

/// <summary>
/// Something in the spec the current schema format cannot say, so the importer leaves it out (or, for the last
/// few, writes it another way). Every occurrence is counted in the <see cref="ImportReport"/>; nothing is dropped
/// silently.
/// </summary>
public enum ImportGap
{
    /// <summary>A POST/DELETE (or a node call) returning a scalar, <c>Object</c> or a type without a spec file: <c>returns</c> must name a node or struct.</summary>
    OperationReturnsNoObject,

    /// <summary>An edge (GET /{id}/edge) listing a type that has no spec file: no target to name.</summary>
    EdgeItemWithoutSpecFile,

    /// <summary>An edge listing <c>Object</c> or a scalar: a target must be a node or struct.</summary>
    EdgeItemNotAnObject,

    /// <summary>An API on a type without <c>#get</c>: only nodes (GET /{id}) have edges and operations.</summary>
    ApiOnNonNode,

    /// <summary>A <c>file</c> parameter: the format has no multipart upload type.</summary>
    FileParameter,

    /// <summary>A field or parameter typed <c>map&lt;K,V&gt;</c> with a key other than string.</summary>
    NonStringMapKey,

    /// <summary>A call on the node with a generated name (<c>genGet</c>, <c>genPost</c>...) besides #get/#update/#delete.</summary>
    GeneratedNodeCall,

    /// <summary>An API whose HTTP method is not GET, POST or DELETE.</summary>
    UnsupportedMethod,

    /// <summary>A field, parameter or enum value listed twice in one spec element (the first is kept).</summary>
    DuplicateInSpec,

    /// <summary>A field or parameter name with no letter or digit (no C# name can be built from it).</summary>
    NameWithoutLetters,

    /// <summary>An enum whose name is also a spec file's type name (the type is kept).</summary>
    EnumNamedLikeAType,
}
