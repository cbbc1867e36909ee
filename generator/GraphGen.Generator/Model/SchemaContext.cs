using System.Collections.Generic;
using GraphGen.Generator.Schema.Model;

namespace GraphGen.Generator.Model;

/// <summary>
/// What every model builder needs to know about the whole schema: namespace, options, the names
/// <see cref="NameAuthority"/> decided, and type lookups by the names the YAML uses.
/// </summary>
public sealed class SchemaContext
{
    private readonly Dictionary<string, TypeNames> _types = new();
    private readonly Dictionary<string, EnumNames> _enums = new();

    public SchemaContext(NamedSchema named, GeneratorOptions options)
    {
        Schema = named.Schema;
        Names = named.Names;
        Namespace = options.NamespaceFor(Schema.Namespace);
        Accessibility = options.Accessibility;
        for (var i = 0; i < Schema.Nodes.Count; i++)
        {
            _types[Schema.Nodes[i].Name] = Names.Types[i];
        }

        foreach (var e in Names.Enums)
        {
            _enums[e.SchemaName] = e;
        }

        var errors = new Dictionary<int, ErrorSchema>();
        foreach (var error in Schema.Errors)
        {
            errors[error.Code] = error;
        }

        Errors = errors;
        Mapper = new TypeMapper(Namespace, _types, _enums);
    }

    public GraphSchema Schema { get; }

    public GeneratedNames Names { get; }

    public string Namespace { get; }

    public string Accessibility { get; }

    public TypeMapper Mapper { get; }

    public IReadOnlyDictionary<int, ErrorSchema> Errors { get; }

    /// <summary>The names of the node or struct the YAML calls <paramref name="schemaName"/>.</summary>
    public TypeNames Type(string schemaName) => _types[schemaName];

    /// <summary><c>Namespace.Name</c>: names, not C# (Emit writes the <c>global::</c>).</summary>
    public string Qualified(string csharpName) => $"{Namespace}.{csharpName}";
}
