namespace GraphGen.Generator.Schema.Model;

/// <summary>
/// What an operation's <c>returns</c> names: a node or struct (<see cref="Object"/>, the default and the node itself
/// when <c>returns</c> is absent), or a value that is not an object of the schema: raw JSON, a scalar, or Graph's
/// <c>{"success": true}</c> body. Facebook's specs type most writes as returning <c>Object</c> (raw JSON here).
/// </summary>
public enum ReturnValueKind
{
    Object,
    Json,
    String,
    Id,
    Bool,
    Int32,
    Int64,
    Float,
    DateTime,
    Success,
}

/// <summary>The <c>returns</c> keywords that name a <see cref="ReturnValueKind"/> other than a node or struct.</summary>
public static class ReturnValueKeywords
{
    /// <summary>Every keyword, in the order the docs and messages list them.</summary>
    public static readonly string[] All = { "json", "string", "id", "bool", "int32", "int64", "float", "datetime", "success" };

    /// <summary>The kind a <c>returns</c> text names: a keyword's value, else <see cref="ReturnValueKind.Object"/>.</summary>
    public static ReturnValueKind Of(string? returns) => returns switch
    {
        "json" => ReturnValueKind.Json,
        "string" => ReturnValueKind.String,
        "id" => ReturnValueKind.Id,
        "bool" => ReturnValueKind.Bool,
        "int32" => ReturnValueKind.Int32,
        "int64" => ReturnValueKind.Int64,
        "float" => ReturnValueKind.Float,
        "datetime" => ReturnValueKind.DateTime,
        "success" => ReturnValueKind.Success,
        _ => ReturnValueKind.Object,
    };
}
