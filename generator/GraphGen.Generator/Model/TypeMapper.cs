using System.Collections.Generic;
using GraphGen.Generator.Schema.Model;

namespace GraphGen.Generator.Model;

/// <summary>
/// Maps schema types to C#: the declared type, and the code that reads a value from a <c>Utf8JsonReader</c> named
/// <c>reader</c> and writes one to a <c>Utf8JsonWriter</c> named <c>writer</c>.
/// </summary>
public sealed class TypeMapper
{
    internal const string Json = "global::GraphGen.Runtime.GraphJson";
    private const string TokenType = "global::System.Text.Json.JsonTokenType";

    private readonly string _namespace;
    private readonly IReadOnlyDictionary<string, TypeNames> _types;
    private readonly IReadOnlyDictionary<string, EnumNames> _enums;

    // Type references in the schema use YAML names; the C# names come from NameAuthority.
    public TypeMapper(string @namespace, IReadOnlyDictionary<string, TypeNames> types, IReadOnlyDictionary<string, EnumNames> enums)
    {
        _namespace = @namespace;
        _types = types;
        _enums = enums;
    }

    public bool IsEnum(TypeRef type) => type.Kind == TypeKind.Named && _enums.ContainsKey(type.Name!);

    /// <summary>The namespace-qualified name of an enum's generated extensions class (without <c>global::</c>).</summary>
    public string EnumExtensionsOf(TypeRef type) => $"{_namespace}.{_enums[type.Name!].ExtensionsName}";

    public bool IsObject(TypeRef type) => type.Kind == TypeKind.Named && _types.ContainsKey(type.Name!);

    /// <summary>The C# name of the node, struct or enum the YAML calls <paramref name="schemaName"/>.</summary>
    public string CSharpNameOf(string schemaName)
        => _types.TryGetValue(schemaName, out var type) ? type.Name : _enums[schemaName].Name;

    /// <summary>The selector class of a node or struct, qualified.</summary>
    public string FieldsTypeOf(string schemaName) => $"global::{_namespace}.{_types[schemaName].FieldsName}";

    /// <summary>The non-nullable C# type: <c>string</c>, <c>long</c>, <c>global::N.AgeRange</c>, <c>IReadOnlyList&lt;...&gt;</c>.</summary>
    public string TypeName(TypeRef type) => type.Kind switch
    {
        TypeKind.Scalar => type.Scalar switch
        {
            ScalarKind.String or ScalarKind.Id => "string",
            ScalarKind.Bool => "bool",
            ScalarKind.Int32 => "int",
            ScalarKind.Int64 => "long",
            ScalarKind.Float => "double",
            ScalarKind.DateTime or ScalarKind.Timestamp => "global::System.DateTimeOffset",
            ScalarKind.File => "global::GraphGen.Runtime.GraphFile",
            _ => "global::System.Text.Json.JsonElement",
        },
        TypeKind.List => $"global::System.Collections.Generic.IReadOnlyList<{TypeName(type.Element!)}>",
        TypeKind.Map => $"global::System.Collections.Generic.IReadOnlyDictionary<string, {TypeName(type.Element!)}>",
        _ => $"global::{_namespace}.{CSharpNameOf(type.Name!)}",
    };

    /// <summary>The property type: always nullable, since any field may be absent or null.</summary>
    public string NullableTypeName(TypeRef type) => TypeName(type) + "?";

    public static string PageTypeName(string itemType) => $"global::GraphGen.Runtime.GraphPage<{itemType}>";

    /// <summary>An expression of the nullable property type, reading the value the reader is on.</summary>
    public string ReadNullable(TypeRef type, string reader = "reader", int depth = 0) => type.Kind switch
    {
        TypeKind.Scalar => $"{Json}.{ScalarReader(type.Scalar)}(ref {reader})",
        TypeKind.List => $"{Json}.ReadList(ref {reader}, {ItemReader(type.Element!, depth + 1)})",
        TypeKind.Map => $"{Json}.ReadMap(ref {reader}, {ItemReader(type.Element!, depth + 1)})",
        _ when IsEnum(type) => $"global::{EnumExtensionsOf(type)}.ReadJson(ref {reader})",
        _ => $"{reader}.TokenType == {TokenType}.Null ? null : {TypeName(type)}.ReadJson(ref {reader})",
    };

    /// <summary>Reads an expanded edge: a <c>{data:[...], paging:{...}}</c> page, or for unpaged edges the <c>{data:{...}}</c> envelope.</summary>
    public string ReadEdge(string itemType, bool paged) => paged
        ? $"reader.TokenType == {TokenType}.Null ? null : {PageTypeName(itemType)}.Read(ref reader, {itemType}.ReadJson)"
        : $"global::GraphGen.Runtime.GraphEnvelope.ReadData<{itemType}>(ref reader, {itemType}.ReadJson)";

    /// <summary>A <c>JsonValueReader&lt;T&gt;</c> for list items and map values (non-nullable T; a JSON null item becomes the default).</summary>
    public string ItemReader(TypeRef type, int depth)
    {
        var name = TypeName(type);
        var r = "r" + depth.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var lambda = $"static (ref global::System.Text.Json.Utf8JsonReader {r}) => {ReadNullable(type, r, depth)}";
        return type.Kind switch
        {
            TypeKind.Scalar when type.Scalar is ScalarKind.String or ScalarKind.Id => $"{lambda} ?? string.Empty",
            TypeKind.Scalar => $"{lambda} ?? default",
            TypeKind.List => $"{lambda} ?? global::System.Array.Empty<{TypeName(type.Element!)}>()",
            TypeKind.Map => $"{lambda} ?? new global::System.Collections.Generic.Dictionary<string, {TypeName(type.Element!)}>()",
            _ when IsEnum(type) => $"{lambda} ?? default",
            _ => $"{name}.ReadJson",
        };
    }

    /// <summary>Statements writing the non-null value <paramref name="value"/> (an expression of the non-nullable type).</summary>
    public void WriteValue(TypeRef type, string value, List<string> output, int depth = 0)
    {
        switch (type.Kind)
        {
            case TypeKind.Scalar:
                output.Add(type.Scalar switch
                {
                    ScalarKind.String or ScalarKind.Id => $"writer.WriteStringValue({value});",
                    ScalarKind.Bool => $"writer.WriteBooleanValue({value});",
                    ScalarKind.Int32 or ScalarKind.Int64 or ScalarKind.Float => $"writer.WriteNumberValue({value});",
                    ScalarKind.DateTime or ScalarKind.Timestamp => $"{Json}.WriteDateTime(writer, {value});",
                    _ => $"{value}.WriteTo(writer);",
                });
                break;
            case TypeKind.List:
                var item = "item" + depth;
                output.Add("writer.WriteStartArray();");
                output.Add($"foreach (var {item} in {value})");
                output.Add("{");
                WriteValue(type.Element!, item, output, depth + 1);
                output.Add("}");
                output.Add("writer.WriteEndArray();");
                break;
            case TypeKind.Map:
                var entry = "entry" + depth;
                output.Add("writer.WriteStartObject();");
                output.Add($"foreach (var {entry} in {value})");
                output.Add("{");
                output.Add($"writer.WritePropertyName({entry}.Key);");
                WriteValue(type.Element!, entry + ".Value", output, depth + 1);
                output.Add("}");
                output.Add("writer.WriteEndObject();");
                break;
            default:
                output.Add(IsEnum(type)
                    ? $"writer.WriteStringValue(global::{EnumExtensionsOf(type)}.ToWireValue({value}));"
                    : $"{TypeName(type)}.WriteJson(writer, {value});");
                break;
        }
    }

    /// <summary>Statements writing an expanded edge value.</summary>
    public static void WriteEdge(string itemType, bool paged, string value, List<string> output)
    {
        output.Add(paged
            ? $"global::GraphGen.Runtime.GraphEnvelope.WritePage(writer, {value}, {itemType}.WriteJson);"
            : $"global::GraphGen.Runtime.GraphEnvelope.WriteData(writer, {value}, {itemType}.WriteJson);");
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
