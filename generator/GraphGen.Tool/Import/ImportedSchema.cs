using System.Collections.Generic;
using GraphGen.Tool.Yaml;

namespace GraphGen.Tool.Import;

/// <summary>Where a type goes in a schema file: under <c>nodes</c>, <c>structs</c> or <c>enums</c>.</summary>
public enum TypeSection
{
    Node,
    Struct,
    Enum,
}

/// <summary>One type as the importer writes it: its section, its YAML key (the spec name) and its body.</summary>
public sealed record ImportedType(string Name, TypeSection Section, YamlMap Body);

/// <summary>
/// The converted spec: the types to write, and the places where the spec has something the format cannot say
/// (<see cref="SchemaPath"/> spelling), so that a re-import keeps what a person wrote there.
/// </summary>
public sealed record ImportedSchema(string? ApiVersion, IReadOnlyList<ImportedType> Types, IReadOnlySet<string> InexpressiblePaths);

/// <summary>
/// Paths naming one element of a schema (<c>nodes/User/edges/albums/operations/POST</c>): the report prints them
/// and re-import matches elements by them. Operations are keyed by HTTP method, the only thing the spec knows.
/// </summary>
public static class SchemaPath
{
    public static string Section(TypeSection section) => section switch
    {
        TypeSection.Node => "nodes",
        TypeSection.Struct => "structs",
        _ => "enums",
    };

    /// <summary>The section a top-level key opens, or null for any other key.</summary>
    public static TypeSection? SectionOf(string key) => key switch
    {
        "nodes" => TypeSection.Node,
        "structs" => TypeSection.Struct,
        "enums" => TypeSection.Enum,
        _ => null,
    };

    public static string Type(TypeSection section, string name) => Section(section) + "/" + name;

    public static string Member(string owner, string kind, string name) => owner + "/" + kind + "/" + name;
}
