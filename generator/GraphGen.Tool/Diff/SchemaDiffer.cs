using System;
using System.Collections.Generic;
using System.Linq;
using GraphGen.Generator.Schema.Model;

namespace GraphGen.Tool.Diff;

/// <summary>
/// Compares two validated schemas element by element, by name: types, fields, edges, operations (by name),
/// parameters and enum values. Removals, type changes and new requirements are breaking; the rest are additions.
/// A removal next to an addition of the same type in the same owner is marked as a possible rename.
/// </summary>
public static class SchemaDiffer
{
    public static SchemaDiff Compare(GraphSchema before, GraphSchema after)
    {
        var changes = new List<SchemaChange>();
        var oldTypes = before.Nodes.ToDictionary(n => n.Name, StringComparer.Ordinal);
        var newTypes = after.Nodes.ToDictionary(n => n.Name, StringComparer.Ordinal);
        var oldEnums = before.Enums.ToDictionary(e => e.Name, StringComparer.Ordinal);
        var newEnums = after.Enums.ToDictionary(e => e.Name, StringComparer.Ordinal);

        foreach (var name in oldTypes.Keys.Concat(oldEnums.Keys).Where(n => !newTypes.ContainsKey(n) && !newEnums.ContainsKey(n)))
        {
            changes.Add(new SchemaChange(ChangeKind.TypeRemoved, name, oldEnums.ContainsKey(name) ? "enum" : Describe(oldTypes[name].Kind)));
        }

        foreach (var name in newTypes.Keys.Concat(newEnums.Keys).Where(n => !oldTypes.ContainsKey(n) && !oldEnums.ContainsKey(n)))
        {
            changes.Add(new SchemaChange(ChangeKind.TypeAdded, name, newEnums.ContainsKey(name) ? "enum" : Describe(newTypes[name].Kind)));
        }

        foreach (var type in after.Nodes)
        {
            if (oldTypes.TryGetValue(type.Name, out var old))
            {
                CompareType(old, type, changes);
            }
        }

        foreach (var enumSchema in after.Enums)
        {
            if (oldEnums.TryGetValue(enumSchema.Name, out var old))
            {
                CompareEnum(old, enumSchema, changes);
            }
        }

        return new SchemaDiff(before.ApiVersion, after.ApiVersion, RenameHints.Mark(changes));
    }

    private static void CompareType(NodeSchema before, NodeSchema after, List<SchemaChange> changes)
    {
        if (before.Kind != after.Kind)
        {
            changes.Add(new SchemaChange(after.Kind == NodeKind.Struct ? ChangeKind.NodeBecameStruct : ChangeKind.StructBecameNode, after.Name, "no GET /{id}" + (after.Kind == NodeKind.Struct ? " any more" : " before")));
        }

        CompareFields(after.Name, before.Fields, after.Fields, parameters: false, changes);
        var oldEdges = before.Edges.ToDictionary(e => e.WireName, StringComparer.Ordinal);
        foreach (var edge in before.Edges.Where(e => !after.Edges.Any(n => n.WireName == e.WireName)))
        {
            changes.Add(new SchemaChange(ChangeKind.EdgeRemoved, after.Name + "." + edge.WireName, "edge to " + edge.Target));
        }

        foreach (var edge in after.Edges)
        {
            var path = after.Name + "." + edge.WireName;
            if (!oldEdges.TryGetValue(edge.WireName, out var old))
            {
                changes.Add(new SchemaChange(ChangeKind.EdgeAdded, path, "edge to " + edge.Target));
                continue;
            }

            if (old.Target != edge.Target)
            {
                changes.Add(new SchemaChange(ChangeKind.EdgeTargetChanged, path, old.Target + " → " + edge.Target));
            }

            if (old.Readable != edge.Readable)
            {
                changes.Add(new SchemaChange(edge.Readable ? ChangeKind.EdgeBecameReadable : ChangeKind.EdgeNoLongerReadable, path, edge.Readable ? "GET added" : "no GET any more"));
            }

            CompareFields(path, old.Params, edge.Params, parameters: true, changes);
            CompareOperations(path, old.Operations, edge.Operations, changes);
        }

        CompareOperations(after.Name, before.Operations, after.Operations, changes);
    }

    private static void CompareOperations(string owner, IReadOnlyList<OperationSchema> before, IReadOnlyList<OperationSchema> after, List<SchemaChange> changes)
    {
        var old = before.ToDictionary(o => o.Name, StringComparer.Ordinal);
        foreach (var operation in before.Where(o => !after.Any(n => n.Name == o.Name)))
        {
            changes.Add(new SchemaChange(ChangeKind.OperationRemoved, owner + "." + operation.Name + "()", operation.Method.ToString().ToUpperInvariant()));
        }

        foreach (var operation in after)
        {
            var path = owner + "." + operation.Name + "()";
            if (!old.TryGetValue(operation.Name, out var previous))
            {
                changes.Add(new SchemaChange(ChangeKind.OperationAdded, path, operation.Method.ToString().ToUpperInvariant()));
                continue;
            }

            if (previous.Method != operation.Method)
            {
                changes.Add(new SchemaChange(ChangeKind.OperationMethodChanged, path, previous.Method + " → " + operation.Method));
            }

            if (previous.Returns != operation.Returns)
            {
                changes.Add(new SchemaChange(ChangeKind.OperationReturnsChanged, path, (previous.Returns ?? "(the node)") + " → " + (operation.Returns ?? "(the node)")));
            }

            CompareFields(owner + "." + operation.Name, previous.Params, operation.Params, parameters: true, changes);
        }
    }

    private static void CompareFields(string owner, IReadOnlyList<FieldSchema> before, IReadOnlyList<FieldSchema> after, bool parameters, List<SchemaChange> changes)
    {
        var old = new Dictionary<string, FieldSchema>(StringComparer.Ordinal);
        foreach (var field in before)
        {
            old.TryAdd(field.WireName, field);
        }

        var current = new HashSet<string>(after.Select(f => f.WireName), StringComparer.Ordinal);
        foreach (var field in before.Where(f => !current.Contains(f.WireName)))
        {
            changes.Add(new SchemaChange(parameters ? ChangeKind.ParameterRemoved : ChangeKind.FieldRemoved, Path(owner, field.WireName, parameters), field.Type.ToString()));
        }

        foreach (var field in after)
        {
            var path = Path(owner, field.WireName, parameters);
            if (!old.TryGetValue(field.WireName, out var previous))
            {
                var kind = !parameters ? ChangeKind.FieldAdded : field.Required ? ChangeKind.RequiredParameterAdded : ChangeKind.ParameterAdded;
                changes.Add(new SchemaChange(kind, path, field.Type + (field.Required ? ", required" : string.Empty)));
                continue;
            }

            if (!previous.Type.Equals(field.Type))
            {
                changes.Add(new SchemaChange(parameters ? ChangeKind.ParameterTypeChanged : ChangeKind.FieldTypeChanged, path, previous.Type + " → " + field.Type));
            }

            if (parameters && previous.Required != field.Required)
            {
                changes.Add(new SchemaChange(field.Required ? ChangeKind.ParameterBecameRequired : ChangeKind.ParameterBecameOptional, path, field.Type.ToString()));
            }

            if (previous.Deprecated is null && field.Deprecated is not null)
            {
                changes.Add(new SchemaChange(ChangeKind.Deprecated, path, field.Deprecated.Length == 0 ? "deprecated" : field.Deprecated));
            }
        }
    }

    private static void CompareEnum(EnumSchema before, EnumSchema after, List<SchemaChange> changes)
    {
        var old = new HashSet<string>(before.Values.Select(v => v.WireValue), StringComparer.Ordinal);
        var current = new HashSet<string>(after.Values.Select(v => v.WireValue), StringComparer.Ordinal);
        foreach (var value in before.Values.Where(v => !current.Contains(v.WireValue)))
        {
            changes.Add(new SchemaChange(ChangeKind.EnumValueRemoved, after.Name + "." + value.WireValue, "enum value"));
        }

        foreach (var value in after.Values.Where(v => !old.Contains(v.WireValue)))
        {
            changes.Add(new SchemaChange(ChangeKind.EnumValueAdded, after.Name + "." + value.WireValue, "enum value"));
        }
    }

    private static string Path(string owner, string name, bool parameter) => parameter ? owner + "(" + name + ")" : owner + "." + name;

    private static string Describe(NodeKind kind) => kind == NodeKind.Node ? "node" : "struct";
}
