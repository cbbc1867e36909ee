using System.Collections.Generic;
using System.Linq;
using System.Threading;
using GraphGen.Generator.Common;
using GraphGen.Generator.Diagnostics;
using GraphGen.Generator.Schema.Model;

namespace GraphGen.Generator.Schema;

/// <summary>
/// "Generate only what you use": keeps the types reachable from <see cref="GenerationRoots"/> and drops the rest, so
/// a project can keep a whole imported API (~1,000 types) and pay only for what its roots reach. Reachable means
/// through fields, edges (target, parameters, operations) and operations (parameters, result), over nodes, structs
/// and enums alike; the error catalog is always kept whole. Every reference of a kept type is itself kept, so the
/// selection needs no new validation. A root the schema does not declare is GG0040 (no C#, like any schema error).
/// </summary>
public static class RootSelection
{
    public static GraphSchema Apply(GraphSchema schema, GenerationRoots roots, CancellationToken cancellationToken)
    {
        if (roots.SelectsAll || schema.HasErrors)
        {
            return schema;
        }

        var nodes = schema.Nodes.ToDictionary(static n => n.Name, System.StringComparer.Ordinal);
        var enums = new HashSet<string>(schema.Enums.Select(static e => e.Name), System.StringComparer.Ordinal);
        var unknown = new List<DiagnosticInfo>();
        var reached = new HashSet<string>(System.StringComparer.Ordinal);
        var pending = new Stack<string>();
        foreach (var root in roots.Names)
        {
            if (nodes.ContainsKey(root) || enums.Contains(root))
            {
                if (reached.Add(root)) pending.Push(root);
            }
            else
            {
                unknown.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownGenerationRoot, null, root, GenerationRoots.PropertyName,
                    SpellingSuggestion.Suffix(root, nodes.Keys.Concat(enums))));
            }
        }

        if (unknown.Count > 0)
        {
            return schema with { Diagnostics = schema.Diagnostics.Concat(unknown).ToEquatableArray() };
        }

        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!nodes.TryGetValue(pending.Pop(), out var node)) continue; // an enum: nothing beyond it
            foreach (var name in References(node))
            {
                if (reached.Add(name)) pending.Push(name);
            }
        }

        // Schema order kept: the output of the selection reads like the output of the whole schema, minus types.
        return schema with
        {
            Nodes = schema.Nodes.Where(n => reached.Contains(n.Name)).ToEquatableArray(),
            Enums = schema.Enums.Where(e => reached.Contains(e.Name)).ToEquatableArray(),
        };
    }

    /// <summary>The type names one node or struct refers to (possibly repeated).</summary>
    private static IEnumerable<string> References(NodeSchema node)
    {
        foreach (var name in Fields(node.Fields)) yield return name;
        foreach (var edge in node.Edges)
        {
            yield return edge.Target;
            foreach (var name in Fields(edge.Params)) yield return name;
            foreach (var name in Operations(edge.Operations)) yield return name;
        }

        foreach (var name in Operations(node.Operations)) yield return name;
    }

    private static IEnumerable<string> Operations(EquatableArray<OperationSchema> operations)
    {
        foreach (var operation in operations)
        {
            if (operation.Returns is not null) yield return operation.Returns;
            foreach (var name in Fields(operation.Params)) yield return name;
        }
    }

    private static IEnumerable<string> Fields(EquatableArray<FieldSchema> fields)
    {
        foreach (var field in fields)
        {
            foreach (var name in Named(field.Type)) yield return name;
        }
    }

    private static IEnumerable<string> Named(TypeRef type)
    {
        if (type.Kind == TypeKind.Named)
        {
            yield return type.Name!;
            yield break;
        }

        if (type.Key is not null)
        {
            foreach (var name in Named(type.Key)) yield return name;
        }

        if (type.Element is not null)
        {
            foreach (var name in Named(type.Element)) yield return name;
        }
    }
}
