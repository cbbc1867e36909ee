using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using GraphGen.Generator.Common;
using GraphGen.Generator.Diagnostics;
using GraphGen.Generator.Schema.Model;
using DiagnosticDescriptor = Microsoft.CodeAnalysis.DiagnosticDescriptor;

namespace GraphGen.Generator.Schema;

/// <summary>
/// Combines the per-file <see cref="SchemaDocument"/>s into one <see cref="GraphSchema"/>: header values must agree,
/// type names and error codes must be unique across files, and every reference must resolve. Invalid elements are
/// reported and dropped so that the rest of the schema still generates.
/// </summary>
public static class SchemaValidator
{
    /// <summary>The client class name when no file sets <c>client</c>.</summary>
    public const string DefaultClientName = "GraphApi";

    /// <summary>
    /// Combines files (ordered by file path, ordinal), resolves references across files, validates, and returns the
    /// combined schema with all diagnostics (the per-file ones included). Never throws except
    /// <see cref="OperationCanceledException"/>. <see cref="GraphSchema.Namespace"/> is "" when no file sets one.
    /// </summary>
    public static GraphSchema Combine(IEnumerable<SchemaDocument> documents, CancellationToken cancellationToken = default)
    {
        var ordered = documents.OrderBy(static d => d.FilePath, StringComparer.Ordinal).ToList();
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var document in ordered)
        {
            diagnostics.AddRange(document.Diagnostics);
        }

        try
        {
            return new Combiner(ordered, diagnostics, cancellationToken).Run();
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.UnexpectedFailure,
                null,
                ordered.Count > 0 ? ordered[0].FilePath : "(no schema files)",
                ex.GetType().Name + ": " + ex.Message));
            return new GraphSchema(
                string.Empty,
                string.Empty,
                DefaultClientName,
                EquatableArray<NodeSchema>.Empty,
                EquatableArray<EnumSchema>.Empty,
                EquatableArray<ErrorSchema>.Empty,
                diagnostics.ToEquatableArray());
        }
    }

    private sealed class Combiner
    {
        private readonly List<SchemaDocument> _documents;
        private readonly List<DiagnosticInfo> _diagnostics;
        private readonly CancellationToken _cancellationToken;

        // Every declared type name -> node/struct (or null for an enum) and where it was declared first.
        private readonly Dictionary<string, (NodeSchema? Node, LocationInfo Location)> _types = new(StringComparer.Ordinal);
        private readonly Dictionary<int, ErrorSchema> _errors = new();

        public Combiner(List<SchemaDocument> documents, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
        {
            _documents = documents;
            _diagnostics = diagnostics;
            _cancellationToken = cancellationToken;
        }

        public GraphSchema Run()
        {
            var apiVersion = Header("api_version", static d => d.ApiVersion, static d => d.ApiVersionLocation, out _);
            var ns = Header("namespace", static d => d.Namespace, static d => d.NamespaceLocation, out _);
            var client = Header("client", static d => d.ClientName, static d => d.ClientNameLocation, out var clientLocation);
            // Only a schema that declares something needs a version; files that could not be read are reported already.
            var declaresSomething = _documents.Any(static d => !d.Nodes.IsEmpty || !d.Enums.IsEmpty || !d.Errors.IsEmpty || d.Namespace is not null || d.ClientName is not null);
            if (apiVersion is null && declaresSomething && !_diagnostics.Any(static d => d.Descriptor.Id == DiagnosticDescriptors.InvalidApiVersion.Id))
            {
                Report(DiagnosticDescriptors.MissingRequiredKey, LocationInfo.FileStart(_documents[0].FilePath), "the schema (no file sets it)", "api_version");
            }

            var nodes = new List<NodeSchema>();
            var enums = new List<EnumSchema>();
            var errors = new List<ErrorSchema>();
            foreach (var document in _documents)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                foreach (var node in document.Nodes)
                {
                    if (Declare(node.Name, node, node.Location))
                    {
                        nodes.Add(node);
                    }
                }

                foreach (var enumSchema in document.Enums)
                {
                    if (Declare(enumSchema.Name, null, enumSchema.Location))
                    {
                        enums.Add(enumSchema);
                    }
                }

                foreach (var error in document.Errors)
                {
                    if (_errors.TryGetValue(error.Code, out var first))
                    {
                        Report(DiagnosticDescriptors.DuplicateErrorCode, error.Location, error.Code.ToString(CultureInfo.InvariantCulture), first.Location.FilePath, Line(first.Location));
                    }
                    else
                    {
                        _errors.Add(error.Code, error);
                        errors.Add(error);
                    }
                }
            }

            var resolved = new List<NodeSchema>(nodes.Count);
            foreach (var node in nodes)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                resolved.Add(Resolve(node));
            }

            return new GraphSchema(
                apiVersion ?? string.Empty,
                ns ?? string.Empty,
                client ?? DefaultClientName,
                resolved.ToEquatableArray(),
                enums.ToEquatableArray(),
                errors.ToEquatableArray(),
                _diagnostics.ToEquatableArray())
            {
                ClientNameLocation = clientLocation,
            };
        }

        /// <summary>The first value set in file order, and where; later files that set a different one are reported.</summary>
        private string? Header(string key, Func<SchemaDocument, string?> value, Func<SchemaDocument, LocationInfo?> location, out LocationInfo? firstLocation)
        {
            string? first = null;
            string? firstFile = null;
            firstLocation = null;
            foreach (var document in _documents)
            {
                var current = value(document);
                if (current is null)
                {
                    continue;
                }

                if (first is null)
                {
                    first = current;
                    firstFile = document.FilePath;
                    firstLocation = location(document);
                }
                else if (!string.Equals(first, current, StringComparison.Ordinal))
                {
                    Report(DiagnosticDescriptors.ConflictingHeader, location(document) ?? LocationInfo.FileStart(document.FilePath), key, current, first, firstFile!);
                }
            }

            return first;
        }

        private bool Declare(string name, NodeSchema? node, LocationInfo location)
        {
            if (_types.TryGetValue(name, out var first))
            {
                Report(DiagnosticDescriptors.DuplicateTypeName, location, name, first.Location.FilePath, Line(first.Location));
                return false;
            }

            _types.Add(name, (node, location));
            return true;
        }

        private NodeSchema Resolve(NodeSchema node)
        {
            var owner = "'" + node.Name + "'";
            var edges = new List<EdgeSchema>(node.Edges.Count);
            foreach (var edge in node.Edges)
            {
                var edgeContext = "edge '" + edge.WireName + "' of " + owner;
                if (edge.IsRawJson || IsNodeOrStruct(edge.Target, edge.TargetLocation ?? edge.Location, edgeContext))
                {
                    edges.Add(edge with
                    {
                        Params = ResolveFields(edge.Params, "parameter", edgeContext),
                        Operations = ResolveOperations(edge.Operations, edgeContext),
                    });
                }
            }

            return node with
            {
                Fields = ResolveFields(node.Fields, "field", owner),
                Edges = edges.ToEquatableArray(),
                Operations = ResolveOperations(node.Operations, owner),
            };
        }

        private EquatableArray<FieldSchema> ResolveFields(EquatableArray<FieldSchema> fields, string memberKind, string owner)
        {
            var kept = new List<FieldSchema>(fields.Count);
            foreach (var field in fields)
            {
                if (IsResolved(field.Type, field.TypeLocation ?? field.Location, memberKind + " '" + field.WireName + "' of " + owner))
                {
                    kept.Add(field);
                }
            }

            return kept.Count == fields.Count ? fields : kept.ToEquatableArray();
        }

        private EquatableArray<OperationSchema> ResolveOperations(EquatableArray<OperationSchema> operations, string owner)
        {
            var kept = new List<OperationSchema>(operations.Count);
            foreach (var operation in operations)
            {
                var context = "operation '" + operation.Name + "' of " + owner;
                if (operation.Returns is not null && operation.ReturnsValue == ReturnValueKind.Object && !IsNodeOrStruct(operation.Returns, operation.ReturnsLocation ?? operation.Location, "'returns' of " + context, ReturnValueKeywords.All))
                {
                    continue;
                }

                var codes = new List<int>(operation.Errors.Count);
                var locations = new List<LocationInfo>(operation.Errors.Count);
                for (var i = 0; i < operation.Errors.Count; i++)
                {
                    var code = operation.Errors[i];
                    var location = i < operation.ErrorLocations.Count ? operation.ErrorLocations[i] : operation.Location;
                    if (_errors.ContainsKey(code))
                    {
                        codes.Add(code);
                        locations.Add(location);
                    }
                    else
                    {
                        Report(DiagnosticDescriptors.UnknownErrorCode, location, operation.Name, code.ToString(CultureInfo.InvariantCulture));
                    }
                }

                kept.Add(operation with
                {
                    Params = ResolveFields(operation.Params, "parameter", context),
                    Errors = codes.Count == operation.Errors.Count ? operation.Errors : codes.ToEquatableArray(),
                    ErrorLocations = codes.Count == operation.Errors.Count ? operation.ErrorLocations : locations.ToEquatableArray(),
                });
            }

            return kept.ToEquatableArray();
        }

        private bool IsResolved(TypeRef type, LocationInfo location, string usedBy) => type.Kind switch
        {
            TypeKind.Named => IsDeclared(type.Name!, location, usedBy),
            TypeKind.List => IsResolved(type.Element!, location, usedBy),
            TypeKind.Map => IsResolved(type.Key!, location, usedBy) && IsResolved(type.Element!, location, usedBy),
            _ => true,
        };

        // builtIns: the built-in words offered as "did you mean" besides the declared types (type words, or returns keywords).
        private bool IsDeclared(string name, LocationInfo location, string usedBy, IEnumerable<string>? builtIns = null)
        {
            if (_types.ContainsKey(name))
            {
                return true;
            }

            Report(DiagnosticDescriptors.UnknownTypeReference, location, name, usedBy, SpellingSuggestion.Suffix(name, _types.Keys.Concat(builtIns ?? BuiltInTypes)));
            return false;
        }

        /// <summary>Edge targets and operation results that are not value keywords (json, success...) name a node or struct, never an enum.</summary>
        private bool IsNodeOrStruct(string name, LocationInfo location, string usedBy, IEnumerable<string>? builtIns = null)
        {
            if (!IsDeclared(name, location, usedBy, builtIns))
            {
                return false;
            }

            if (_types[name].Node is null)
            {
                Report(DiagnosticDescriptors.NotANodeOrStruct, location, usedBy, name);
                return false;
            }

            return true;
        }

        private void Report(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] args)
            => _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, args));

        private static string Line(LocationInfo location) => (location.StartLine + 1).ToString(CultureInfo.InvariantCulture);

        private static readonly string[] BuiltInTypes =
            { "string", "id", "bool", "int32", "int64", "float", "datetime", "timestamp", "json", "file", "object", "list", "map" };
    }
}
