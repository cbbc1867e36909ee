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
/// selection needs no new validation. A root the schema does not declare is GG0030 (no C#, like any schema error).
/// </summary>
/// <remarks>
/// Facebook's graph is one large web of edges (from User, Page, AdAccount or AdImage alike, edges reach the same 496
/// of v25.0's 993 types). With <see cref="GenerationRoots.FollowEdges"/> off, an edge is kept only when its target is
/// kept for another reason (a root, a field, an operation), and only then do its parameters and operations count.
/// </remarks>
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
        foreach (var root in roots.Names)
        {
            if (nodes.ContainsKey(root) || enums.Contains(root))
            {
                reached.Add(root);
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

        new Walk(nodes, reached, roots.FollowEdges, cancellationToken).Run();

        // Schema order kept: the output of the selection reads like the output of the whole schema, minus types.
        return schema with
        {
            Nodes = schema.Nodes.Where(n => reached.Contains(n.Name)).Select(n => roots.FollowEdges ? n : KeptEdgesOnly(n, reached)).ToEquatableArray(),
            Enums = schema.Enums.Where(e => reached.Contains(e.Name)).ToEquatableArray(),
        };
    }

    private static NodeSchema KeptEdgesOnly(NodeSchema node, HashSet<string> reached)
    {
        var edges = node.Edges.Where(e => reached.Contains(e.Target)).ToEquatableArray();
        return edges.Count == node.Edges.Count ? node : node with { Edges = edges };
    }

    /// <summary>The closure of the roots; edges without <c>followEdges</c> only once their target is reached.</summary>
    private sealed class Walk(Dictionary<string, NodeSchema> nodes, HashSet<string> reached, bool followEdges, CancellationToken cancellationToken)
    {
        private readonly Stack<string> _pending = new(reached);
        private readonly HashSet<EdgeSchema> _edgesTaken = new();

        public void Run()
        {
            do
            {
                while (_pending.Count > 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (nodes.TryGetValue(_pending.Pop(), out var node)) Visit(node); // an enum: nothing beyond it
                }
            }
            while (!followEdges && TakeEdgesToReachedTargets());
        }

        private void Visit(NodeSchema node)
        {
            Reach(Fields(node.Fields));
            Reach(Operations(node.Operations));
            if (!followEdges) return;
            foreach (var edge in node.Edges) Take(edge);
        }

        // An edge whose target was reached later (by a field, an operation or another root) brings its parameters.
        private bool TakeEdgesToReachedTargets()
        {
            foreach (var name in reached.ToList())
            {
                if (!nodes.TryGetValue(name, out var node)) continue;
                foreach (var edge in node.Edges)
                {
                    if (reached.Contains(edge.Target) && !_edgesTaken.Contains(edge)) Take(edge);
                }
            }

            return _pending.Count > 0;
        }

        private void Take(EdgeSchema edge)
        {
            _edgesTaken.Add(edge);
            Reach(new[] { edge.Target });
            Reach(Fields(edge.Params));
            Reach(Operations(edge.Operations));
        }

        private void Reach(IEnumerable<string> names)
        {
            foreach (var name in names)
            {
                if (reached.Add(name)) _pending.Push(name);
            }
        }
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
