using System.Collections.Generic;
using GraphGen.Generator.Schema.Model;

namespace GraphGen.Generator.Model;

/// <summary>What every model builder needs to know about the whole schema: namespace, options, type lookups.</summary>
public sealed class SchemaContext
{
    public SchemaContext(GraphSchema schema, GeneratorOptions options)
    {
        Schema = schema;
        Namespace = options.NamespaceFor(schema.Namespace);
        Accessibility = options.Accessibility;
        var types = new Dictionary<string, NodeKind>();
        foreach (var node in schema.Nodes)
        {
            types[node.Name] = node.Kind;
        }

        var enums = new Dictionary<string, string>();
        foreach (var e in schema.Enums)
        {
            enums[e.Name] = EnumExtensionsName(e.Name);
        }

        var errors = new Dictionary<int, ErrorSchema>();
        foreach (var error in schema.Errors)
        {
            errors[error.Code] = error;
        }

        Errors = errors;
        Mapper = new TypeMapper(Namespace, types, enums);
    }

    public GraphSchema Schema { get; }

    public string Namespace { get; }

    public string Accessibility { get; }

    public TypeMapper Mapper { get; }

    public IReadOnlyDictionary<int, ErrorSchema> Errors { get; }

    public static string EnumExtensionsName(string enumName) => enumName + "Extensions";
}
