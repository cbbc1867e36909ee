using System.Globalization;
using GraphGen.Generator.Model;
using GraphGen.Generator.Schema.Model;

namespace GraphGen.Generator.Emit;

/// <summary>
/// Spells a <see cref="ValueTypeModel"/> in C#: the declared type, the expression reading it from a
/// <c>GraphJsonReader</c> named <c>reader</c>, and the call writing a property of it to a <c>Utf8JsonWriter</c> named
/// <c>writer</c> through the runtime's <c>GraphModelJson</c> helpers (one call a property).
/// </summary>
internal static class TypeCode
{
    private const string Json = "global::GraphGen.Runtime.GraphJson";
    private const string ModelJson = "global::GraphGen.Runtime.GraphModelJson";
    private const string Null = "global::System.Text.Json.JsonTokenType.Null";

    /// <summary>The backing type of an untyped property (<see cref="IsKeptAsText"/>).</summary>
    public const string RawJson = "global::GraphGen.Runtime.GraphRawJson";

    /// <summary>Whether a property of this type keeps the value's text and parses it on first read: an untyped scalar.</summary>
    public static bool IsKeptAsText(ValueTypeModel type) => type.Kind == ValueKind.Scalar && type.Scalar == ScalarKind.Json;

    /// <summary>The non-nullable C# type.</summary>
    public static string TypeName(ValueTypeModel type) => type.Kind switch
    {
        ValueKind.Scalar => type.Scalar switch
        {
            ScalarKind.String or ScalarKind.Id => "string",
            ScalarKind.Bool => "bool",
            ScalarKind.Int32 => "int",
            ScalarKind.Int64 => "long",
            ScalarKind.Float => "double",
            ScalarKind.DateTime or ScalarKind.Timestamp => "global::System.DateTimeOffset",
            // Only parameters hold files (a field of type file is GG0009).
            ScalarKind.File => "global::GraphGen.Runtime.GraphFile",
            _ => "global::System.Text.Json.JsonElement",
        },
        ValueKind.List => $"global::System.Collections.Generic.IReadOnlyList<{TypeName(type.Element!)}>",
        ValueKind.Map => $"global::System.Collections.Generic.IReadOnlyDictionary<string, {TypeName(type.Element!)}>",
        ValueKind.Page => $"global::GraphGen.Runtime.GraphPage<global::{type.Name}>",
        _ => "global::" + type.Name,
    };

    /// <summary>An expression of the nullable type reading the value the reader (named <paramref name="reader"/>) is on.</summary>
    public static string Read(ValueTypeModel type, string reader = "reader", int depth = 0) => type.Kind switch
    {
        ValueKind.Scalar => $"{Json}.{ScalarReader(type.Scalar)}(ref {reader})",
        ValueKind.List => $"{Json}.ReadList(ref {reader}, {ItemReader(type.Element!, depth + 1)})",
        ValueKind.Map => $"{Json}.ReadMap(ref {reader}, {ItemReader(type.Element!, depth + 1)})",
        ValueKind.Enum => $"global::{type.Extensions}.ReadJson(ref {reader})",
        ValueKind.Page => $"{reader}.TokenType == {Null} ? null : {TypeName(type)}.Read(ref {reader}, global::{type.Name}.ReadJson)",
        ValueKind.Data => $"global::GraphGen.Runtime.GraphEnvelope.ReadData<global::{type.Name}>(ref {reader}, global::{type.Name}.ReadJson)",
        _ => $"{reader}.TokenType == {Null} ? null : global::{type.Name}.ReadJson(ref {reader})",
    };

    /// <summary>A statement writing the property <paramref name="wireName"/> from <paramref name="value"/> (nullable).</summary>
    public static string WriteProperty(ValueTypeModel type, string wireName, string value)
    {
        var name = Literals.Utf8(wireName);
        return type.Kind switch
        {
            ValueKind.Scalar => $"{ModelJson}.Write(writer, {name}, {value});",
            ValueKind.List => $"{ModelJson}.WriteList(writer, {name}, {value}, {ItemWriter(type.Element!, 1)});",
            ValueKind.Map => $"{ModelJson}.WriteMap(writer, {name}, {value}, {ItemWriter(type.Element!, 1)});",
            ValueKind.Page => $"{ModelJson}.WritePage(writer, {name}, {value}, global::{type.Name}.WriteJson);",
            ValueKind.Data => $"{ModelJson}.WriteData(writer, {name}, {value}, global::{type.Name}.WriteJson);",
            _ => $"{ModelJson}.Write(writer, {name}, {value}, {ItemWriter(type, 1)});",
        };
    }

    /// <summary>A <c>JsonValueReader&lt;T&gt;</c> for list items and map values (non-nullable T; a JSON null item becomes the default).</summary>
    private static string ItemReader(ValueTypeModel type, int depth)
    {
        if (type.Kind == ValueKind.Object)
        {
            return $"global::{type.Name}.ReadJson";
        }

        var r = "r" + depth.ToString(CultureInfo.InvariantCulture);
        var lambda = $"static (ref global::GraphGen.Runtime.GraphJsonReader {r}) => {Read(type, r, depth)}";
        return type.Kind switch
        {
            ValueKind.Scalar when type.Scalar is ScalarKind.String or ScalarKind.Id => $"{lambda} ?? string.Empty",
            ValueKind.List => $"{lambda} ?? global::System.Array.Empty<{TypeName(type.Element!)}>()",
            ValueKind.Map => $"{lambda} ?? new global::System.Collections.Generic.Dictionary<string, {TypeName(type.Element!)}>()",
            _ => $"{lambda} ?? default",
        };
    }

    /// <summary>A <c>JsonValueWriter&lt;T&gt;</c> for a non-null value.</summary>
    private static string ItemWriter(ValueTypeModel type, int depth)
    {
        var d = depth.ToString(CultureInfo.InvariantCulture);
        return type.Kind switch
        {
            ValueKind.Scalar => type.Scalar switch
            {
                ScalarKind.String or ScalarKind.Id => $"{ModelJson}.WriteString",
                ScalarKind.Bool => $"{ModelJson}.WriteBoolean",
                ScalarKind.Int32 => $"{ModelJson}.WriteInt32",
                ScalarKind.Int64 => $"{ModelJson}.WriteInt64",
                ScalarKind.Float => $"{ModelJson}.WriteDouble",
                ScalarKind.DateTime or ScalarKind.Timestamp => $"{Json}.WriteDateTime",
                _ => $"{ModelJson}.WriteElement",
            },
            ValueKind.List => $"static (w{d}, v{d}) => {ModelJson}.WriteArray(w{d}, v{d}, {ItemWriter(type.Element!, depth + 1)})",
            ValueKind.Map => $"static (w{d}, v{d}) => {ModelJson}.WriteMap(w{d}, v{d}, {ItemWriter(type.Element!, depth + 1)})",
            ValueKind.Enum => $"global::{type.Extensions}.Wire.Writer",
            _ => $"global::{type.Name}.WriteJson",
        };
    }

    private static string ScalarReader(ScalarKind scalar) => scalar switch
    {
        ScalarKind.String => "ReadString",
        ScalarKind.Id => "ReadId",
        ScalarKind.Bool => "ReadBool",
        ScalarKind.Int32 => "ReadInt32",
        ScalarKind.Int64 => "ReadInt64",
        ScalarKind.Float => "ReadDouble",
        ScalarKind.DateTime or ScalarKind.Timestamp => "ReadDateTime",
        _ => "ReadJson",
    };
}
