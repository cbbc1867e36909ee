using System;
using System.Collections.Generic;
using System.Linq;
using GraphGen.Generator.Schema;
using GraphGen.Tool.Yaml;

namespace GraphGen.Tool.Import;

/// <summary>
/// The generator names a parameters class after its owner: <c>{Node}{Operation}</c>, <c>{Node}{Edge}Query</c>,
/// <c>{Node}{Edge}{Operation}</c>. Facebook has types with exactly such names (<c>ProductCatalogGet</c> next to
/// <c>ProductCatalog</c>'s <c>get</c>), so where one would meet a type, the operation or edge gets a
/// <c>params_name:</c> naming its class differently.
/// </summary>
public static class ParameterClassNames
{
    public static IReadOnlyList<ImportedType> Apply(IReadOnlyList<ImportedType> types, ImportReport report)
    {
        var typeNames = new HashSet<string>(types.Select(t => t.Name), StringComparer.OrdinalIgnoreCase);
        foreach (var type in types.Where(t => t.Section == TypeSection.Node))
        {
            var owner = SchemaPath.Type(type.Section, type.Name);
            Operations(type.Body["operations"] as YamlMap, type.Name, owner, typeNames, report);
            foreach (var edge in (type.Body["edges"] as YamlMap)?.Entries ?? [])
            {
                if (edge.Value is not YamlMap edgeBody)
                {
                    continue;
                }

                var prefix = type.Name + SchemaNames.ToPascalCase(edge.Key);
                var path = SchemaPath.Member(owner, "edges", edge.Key);
                if (edgeBody.Has("params"))
                {
                    Rename(edgeBody, prefix + "Query", path, typeNames, report);
                }

                Operations(edgeBody["operations"] as YamlMap, prefix, path, typeNames, report);
            }
        }

        return types;
    }

    private static void Operations(YamlMap? operations, string prefix, string owner, HashSet<string> typeNames, ImportReport report)
    {
        foreach (var operation in operations?.Entries ?? [])
        {
            if (operation.Value is YamlMap body && body.Has("params"))
            {
                Rename(body, prefix + SchemaNames.ToPascalCase(operation.Key), owner + "/operations/" + operation.Key, typeNames, report);
            }
        }
    }

    private static void Rename(YamlMap owner, string className, string path, HashSet<string> typeNames, ImportReport report)
    {
        if (!typeNames.Contains(className) || owner.Has("params_name"))
        {
            return;
        }

        var name = className + "Parameters";
        owner.Set("params_name", name);
        typeNames.Add(name);
        report.Approximated("parameters classes the generator would name like a spec type, given `params_name:`", path + " -> " + name);
    }
}
