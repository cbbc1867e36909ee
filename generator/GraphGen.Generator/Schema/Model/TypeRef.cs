namespace GraphGen.Generator.Schema.Model;

/// <summary>The built-in scalar types of the schema format (see schema/README.md, "Types").</summary>
public enum ScalarKind
{
    None,
    String,
    /// <summary>A numeric string (Graph IDs): sent and received as JSON strings, sometimes as numbers.</summary>
    Id,
    Bool,
    Int32,
    Int64,
    Float,
    DateTime,
    Timestamp,
    /// <summary>Raw JSON, kept as a JsonElement.</summary>
    Json,
    /// <summary>An upload (<c>GraphGen.Runtime.GraphFile</c>), sent as a multipart part; operation parameters only.</summary>
    File,
}

/// <summary>What kind of type a <see cref="TypeRef"/> is.</summary>
public enum TypeKind
{
    Scalar,
    List,
    Map,
    /// <summary>A reference by name to a node, struct or enum; resolved by the validator.</summary>
    Named,
}

/// <summary>
/// A parsed type expression: <c>string</c>, <c>list&lt;Experience&gt;</c>, <c>map&lt;string,string&gt;</c>, <c>AgeRange</c>.
/// Inline structs (<c>type: object</c>) are lifted to named structs by the loader, so they appear here as Named.
/// </summary>
public sealed record TypeRef(TypeKind Kind, ScalarKind Scalar, string? Name, TypeRef? Element, TypeRef? Key)
{
    public static TypeRef Of(ScalarKind scalar) => new(TypeKind.Scalar, scalar, null, null, null);

    public static TypeRef Named(string name) => new(TypeKind.Named, ScalarKind.None, name, null, null);

    public static TypeRef ListOf(TypeRef element) => new(TypeKind.List, ScalarKind.None, null, element, null);

    public static TypeRef MapOf(TypeRef key, TypeRef value) => new(TypeKind.Map, ScalarKind.None, null, value, key);

    /// <summary>The schema spelling, for messages and docs.</summary>
    public override string ToString() => Kind switch
    {
        TypeKind.Scalar => Scalar.ToString().ToLowerInvariant(),
        TypeKind.List => $"list<{Element}>",
        TypeKind.Map => $"map<{Key},{Element}>",
        _ => Name ?? "?",
    };
}
