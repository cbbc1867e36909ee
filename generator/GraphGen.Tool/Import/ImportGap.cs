namespace GraphGen.Tool.Import;

/// <summary>
/// Something in the spec the current schema format cannot say, so the importer leaves it out (or, for the last
/// few, writes it another way). Every occurrence is counted in the <see cref="ImportReport"/>; nothing is dropped
/// silently.
/// </summary>
public enum ImportGap
{
    /// <summary>A <c>file</c> inside a list or map, or a field typed <c>file</c>: only a parameter can be an upload.</summary>
    FileParameter,

    /// <summary>A second call on the node for the same operation (<c>genGet</c> next to <c>#get</c>), or one with another name.</summary>
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
