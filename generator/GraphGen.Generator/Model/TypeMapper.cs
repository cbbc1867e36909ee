using System.Collections.Generic;
using GraphGen.Generator.Schema.Model;

namespace GraphGen.Generator.Model;

/// <summary>
/// Maps schema types to what models and parameters hold (<see cref="ValueOf"/>: kinds and generated type names);
/// Emit spells the C# (<c>TypeCode</c>, <c>ParameterCode</c>).
/// </summary>
public sealed class TypeMapper
{

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

    /// <summary>The kind of <paramref name="type"/> and the generated types it names, for Emit to spell.</summary>
    public ValueTypeModel ValueOf(TypeRef type) => type.Kind switch
    {
        TypeKind.Scalar => new ValueTypeModel(ValueKind.Scalar, type.Scalar, null, null, null),
        TypeKind.List => new ValueTypeModel(ValueKind.List, default, null, null, ValueOf(type.Element!)),
        TypeKind.Map => new ValueTypeModel(ValueKind.Map, default, null, null, ValueOf(type.Element!)),
        _ when IsEnum(type) => new ValueTypeModel(ValueKind.Enum, default, $"{_namespace}.{CSharpNameOf(type.Name!)}", EnumExtensionsOf(type), null),
        _ => new ValueTypeModel(ValueKind.Object, default, $"{_namespace}.{CSharpNameOf(type.Name!)}", null, null),
    };
}
