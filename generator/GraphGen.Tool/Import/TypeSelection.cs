using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using GraphGen.Generator.Schema;
using GraphGen.Tool.Yaml;

namespace GraphGen.Tool.Import;

/// <summary>
/// Decides which converted types are written and how they are addressed: the types reachable from the roots (all
/// when no roots are given), a <c>root:</c> accessor on each root node (on every node without roots), and a
/// <c>name:</c> on each type whose name equals an earlier one's ignoring case (Facebook has pairs such as
/// <c>AdCreative_status</c> / <c>adcreative_status</c>; generated file names must differ on every file system).
/// </summary>
public static class TypeSelection
{
    public static IReadOnlyList<ImportedType> Apply(IReadOnlyList<ImportedType> types, IReadOnlyList<string> roots, ImportReport report)
    {
        var byName = types.ToDictionary(t => t.Name, StringComparer.Ordinal);
        foreach (var root in roots)
        {
            if (!byName.TryGetValue(root, out var type))
            {
                var sameIgnoringCase = byName.Keys.FirstOrDefault(k => string.Equals(k, root, StringComparison.OrdinalIgnoreCase));
                var suggestion = sameIgnoringCase is null ? string.Empty : $"; did you mean '{sameIgnoringCase}'?";
                throw new UsageException($"--roots: '{root}' is not a type of the spec{suggestion}");
            }

            if (type.Section != TypeSection.Node)
            {
                throw new UsageException($"--roots: '{root}' is not a node (its spec file has no #get, so it has no GET /{{id}})");
            }
        }

        var selected = roots.Count == 0 ? types.ToList() : Reachable(types, byName, roots);
        var rootNodes = roots.Count == 0
            ? selected.Where(t => t.Section == TypeSection.Node).Select(t => t.Name).ToHashSet(StringComparer.Ordinal)
            : roots.ToHashSet(StringComparer.Ordinal);
        AddRoots(selected, rootNodes);
        NodesNamedLikeAnEdgeBuilder(selected, report);
        return NameCaseClashes(selected, report);
    }

    /// <summary>
    /// <c>--update</c>: the converter already wrote only the folder's types; they keep the roots their files give
    /// (none is added), and get the same C# name fixes as a full import.
    /// </summary>
    public static IReadOnlyList<ImportedType> Existing(IReadOnlyList<ImportedType> types, ImportReport report)
    {
        var selected = types.ToList();
        NodesNamedLikeAnEdgeBuilder(selected, report);
        return NameCaseClashes(selected, report);
    }

    private static List<ImportedType> Reachable(IReadOnlyList<ImportedType> types, Dictionary<string, ImportedType> byName, IReadOnlyList<string> roots)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(roots);
        while (queue.Count > 0)
        {
            var name = queue.Dequeue();
            if (!byName.TryGetValue(name, out var type) || !reached.Add(name))
            {
                continue;
            }

            foreach (var reference in TypeReferences.Of(type.Body))
            {
                queue.Enqueue(reference);
            }
        }

        return types.Where(t => reached.Contains(t.Name)).ToList();
    }

    /// <summary>
    /// <c>root: AdAccounts</c>: the plural, unless a type or another root has that name, or an edge's builder does:
    /// the generator names the root's builder <c>{root}RequestBuilder</c> and an edge's <c>{node}{Edge}RequestBuilder</c>,
    /// so root <c>EventTicketTiers</c> would meet edge <c>Event.ticket_tiers</c>.
    /// </summary>
    private static void AddRoots(List<ImportedType> types, HashSet<string> rootNodes)
    {
        var taken = new HashSet<string>(types.Select(t => t.Name), StringComparer.OrdinalIgnoreCase);
        foreach (var type in types)
        {
            foreach (var edge in (type.Body["edges"] as YamlMap)?.Keys ?? [])
            {
                taken.Add(type.Name + SchemaNames.ToPascalCase(edge));
            }
        }

        for (var i = 0; i < types.Count; i++)
        {
            if (!rootNodes.Contains(types[i].Name))
            {
                continue;
            }

            var pascal = SchemaNames.ToPascalCase(types[i].Name);
            var accessor = Plural(pascal);
            if (taken.Contains(accessor))
            {
                accessor = pascal + "Nodes";
            }

            taken.Add(accessor);
            types[i] = types[i] with { Body = Prepend(types[i].Body, "root", new YamlText(accessor)) };
        }
    }

    /// <summary>
    /// A node named like another node's edge (<c>ProductCatalogDataSources</c> next to <c>ProductCatalog.data_sources</c>,
    /// a type Facebook's codegen made for that edge's calls) would get the edge's builder name
    /// <c>{node}{Edge}RequestBuilder</c>: it gets the C# <c>name:</c> <c>{name}Node</c>.
    /// </summary>
    private static void NodesNamedLikeAnEdgeBuilder(List<ImportedType> types, ImportReport report)
    {
        var edgeStems = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var type in types.Where(t => t.Section == TypeSection.Node))
        {
            foreach (var edge in (type.Body["edges"] as YamlMap)?.Keys ?? [])
            {
                edgeStems.Add(SchemaNames.ToPascalCase(type.Name) + SchemaNames.ToPascalCase(edge));
            }
        }

        var taken = new HashSet<string>(types.Select(t => SchemaNames.ToPascalCase(t.Name)), StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < types.Count; i++)
        {
            var type = types[i];
            var pascal = SchemaNames.ToPascalCase(type.Name);
            if (type.Section != TypeSection.Node || type.Body.Has("name") || !edgeStems.Contains(pascal))
            {
                continue;
            }

            var name = pascal + "Node";
            for (var n = 2; taken.Contains(name) || edgeStems.Contains(name); n++)
            {
                name = pascal + "Node" + n.ToString(CultureInfo.InvariantCulture);
            }

            taken.Add(name);
            types[i] = type with { Body = Prepend(type.Body, "name", new YamlText(name)) };
            report.Approximated("nodes named like another node's edge builder, given the C# `name:` {name}Node", SchemaPath.Type(type.Section, type.Name) + " -> " + name);
        }
    }

    private static IReadOnlyList<ImportedType> NameCaseClashes(List<ImportedType> types, ImportReport report)
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var type in types)
        {
            taken.Add(type.Name);
            taken.Add(SchemaNames.ToPascalCase(type.Name));
        }

        var firstSpelling = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < types.Count; i++)
        {
            var type = types[i];
            if (firstSpelling.Add(type.Name))
            {
                continue;
            }

            var pascal = SchemaNames.ToPascalCase(type.Name);
            var name = pascal;
            for (var n = 2; taken.Contains(name); n++)
            {
                name = pascal + n.ToString(CultureInfo.InvariantCulture);
            }

            taken.Add(name);
            types[i] = type with { Body = Prepend(type.Body, "name", new YamlText(name)) };
            report.Approximated("type names equal to another one's ignoring case, given a distinct C# `name:`", SchemaPath.Type(type.Section, type.Name) + " -> " + name);
        }

        return types;
    }

    private static YamlMap Prepend(YamlMap body, string key, YamlElement value)
    {
        var map = new YamlMap().Set(key, value);
        foreach (var entry in body.Entries)
        {
            if (entry.Key != key)
            {
                map.Set(entry.Key, entry.Value);
            }
        }

        return map;
    }

    /// <summary>English plural of a PascalCase name: Business -> Businesses, Story -> Stories, Ad -> Ads, AdColumnSizes -> AdColumnSizesNodes.</summary>
    public static string Plural(string name)
    {
        if (name.EndsWith("y", StringComparison.Ordinal) && name.Length > 1 && "aeiou".IndexOf(name[^2]) < 0)
        {
            return name.Substring(0, name.Length - 1) + "ies";
        }

        if (name.EndsWith("ss", StringComparison.Ordinal) || name.EndsWith("x", StringComparison.Ordinal)
            || name.EndsWith("ch", StringComparison.Ordinal) || name.EndsWith("sh", StringComparison.Ordinal))
        {
            return name + "es";
        }

        // A name that already ends in s (AdColumnSizes, Status) has no safe plural: say what the accessor holds.
        return name.EndsWith("s", StringComparison.Ordinal) ? name + "Nodes" : name + "s";
    }
}
