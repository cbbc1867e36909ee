using System;

namespace GraphGen.Generator.Emit;

/// <summary>
/// The C# of a value an operation returns when it is not a model (<c>returns: json</c>, a scalar, <c>success</c>):
/// its type and the <c>GraphGen.Runtime</c> reader that reads it. Called from the templates as
/// <c>return_value_type</c> and <c>return_value_reader</c> with a <c>ReturnValueKind</c> name. Values are nullable,
/// like every model property: Graph may answer <c>null</c>.
/// </summary>
internal static class ReturnValueText
{
    private const string Json = "global::GraphGen.Runtime.GraphJson";

    public static string TypeOf(string kind) => kind switch
    {
        "Json" => "global::System.Text.Json.JsonElement?",
        "String" or "Id" => "string?",
        "Bool" => "bool?",
        "Int32" => "int?",
        "Int64" => "long?",
        "Float" => "double?",
        "DateTime" => "global::System.DateTimeOffset?",
        "Success" => "global::GraphGen.Runtime.GraphSuccess",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a return value kind"),
    };

    public static string ReaderOf(string kind) => kind switch
    {
        "Json" => Json + ".ReadJson",
        "String" => Json + ".ReadString",
        "Id" => Json + ".ReadId",
        "Bool" => Json + ".ReadBool",
        "Int32" => Json + ".ReadInt32",
        "Int64" => Json + ".ReadInt64",
        "Float" => Json + ".ReadDouble",
        "DateTime" => Json + ".ReadDateTime",
        "Success" => "global::GraphGen.Runtime.GraphSuccess.Read",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a return value kind"),
    };
}
