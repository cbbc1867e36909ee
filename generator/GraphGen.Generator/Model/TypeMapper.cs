using System.Collections.Generic;
using GraphGen.Generator.Schema.Model;

namespace GraphGen.Generator.Model;

/// <summary>
/// Maps schema types to what the models hold (<see cref="ValueOf"/>: kinds and generated type names). The C# type names
/// and write statements are still spelled here for the request builders' parameters.
/// </summary>
public sealed class TypeMapper
{
    internal const string Json = "global::GraphGen.Runtime.GraphJson";

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

    /// <summary>The kind of <paramref name="type"/> and the generated types it names, for Emit to spell.</summary>
    public ValueTypeModel ValueOf(TypeRef type) => type.Kind switch
    {
        TypeKind.Scalar => new ValueTypeModel(ValueKind.Scalar, type.Scalar, null, null, null),
        TypeKind.List => new ValueTypeModel(ValueKind.List, default, null, null, ValueOf(type.Element!)),
        TypeKind.Map => new ValueTypeModel(ValueKind.Map, default, null, null, ValueOf(type.Element!)),
        _ when IsEnum(type) => new ValueTypeModel(ValueKind.Enum, default, $"{_namespace}.{CSharpNameOf(type.Name!)}", EnumExtensionsOf(type), null),
        _ => new ValueTypeModel(ValueKind.Object, default, $"{_namespace}.{CSharpNameOf(type.Name!)}", null, null),
    };

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
}
