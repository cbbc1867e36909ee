using System.Collections.Generic;
using GraphGen.Tool.Yaml;

namespace GraphGen.Tool.Import;

/// <summary>The type names a converted type body refers to: field and parameter types, edge targets, results.</summary>
public static class TypeReferences
{
    private static readonly HashSet<string> BuiltIn = new(System.StringComparer.Ordinal)
    {
        "string", "id", "bool", "int32", "int64", "float", "datetime", "timestamp", "json", "file", "object", "list", "map",
    };

    public static IEnumerable<string> Of(YamlMap body)
    {
        var names = new List<string>();
        AddFields(body["fields"] as YamlMap, names);
        if (body["edges"] is YamlMap edges)
        {
            foreach (var edge in edges.Entries)
            {
                if (edge.Value is YamlMap edgeBody)
                {
                    AddName(edgeBody.TextOf("target"), names);
                    AddFields(edgeBody["params"] as YamlMap, names);
                    AddOperations(edgeBody["operations"] as YamlMap, names);
                }
            }
        }

        AddOperations(body["operations"] as YamlMap, names);
        return names;
    }

    private static void AddOperations(YamlMap? operations, List<string> names)
    {
        foreach (var operation in operations?.Entries ?? [])
        {
            if (operation.Value is YamlMap body)
            {
                AddName(body.TextOf("returns"), names);
                AddFields(body["params"] as YamlMap, names);
            }
        }
    }

    private static void AddFields(YamlMap? fields, List<string> names)
    {
        foreach (var field in fields?.Entries ?? [])
        {
            var type = field.Value switch
            {
                YamlText text => text.Text,
                YamlMap map => map.TextOf("type"),
                _ => null,
            };
            foreach (var name in NamesIn(type))
            {
                names.Add(name);
            }

            if (field.Value is YamlMap inline && inline["fields"] is YamlMap nested)
            {
                AddFields(nested, names);
            }
        }
    }

    private static void AddName(string? name, List<string> names)
    {
        if (name is not null)
        {
            names.Add(name);
        }
    }

    /// <summary>The non-built-in identifiers of a type expression: <c>map&lt;string,list&lt;Album&gt;&gt;</c> -> Album.</summary>
    public static IEnumerable<string> NamesIn(string? expression)
    {
        if (expression is null)
        {
            yield break;
        }

        foreach (var part in expression.Split('<', '>', ',', ' '))
        {
            if (part.Length > 0 && !BuiltIn.Contains(part))
            {
                yield return part;
            }
        }
    }
}
