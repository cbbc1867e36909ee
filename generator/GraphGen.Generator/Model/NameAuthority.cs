using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using GraphGen.Generator.Common;
using GraphGen.Generator.Diagnostics;
using GraphGen.Generator.Schema.Model;

namespace GraphGen.Generator.Model;

/// <summary>
/// Decides every C# name the generator emits — declared types, derived types (selectors, builders, query and
/// parameter classes), the members of each generated type and, through the type names, the hint names — and checks
/// them all at once. A clash becomes GG0026 (types, compared ignoring case because Roslyn compares hint names that
/// way) or GG0027 (members), located at the YAML declaration that caused it; the build then stops before any C# is
/// emitted, so the user never sees an error inside a generated file.
/// </summary>
public static class NameAuthority
{
    /// <summary>Public types of <c>GraphGen.Runtime</c>, which users import next to the generated namespace.</summary>
    public static readonly string[] RuntimeTypeNames =
    {
        "AppSecretProof", "FieldSelection", "FieldSelectionEntry", "GraphAdAccountUsage", "GraphApiException",
        "GraphAttempt", "GraphBatchBuilder", "GraphBatchExtensions", "GraphBatchItem", "GraphBatchResponse",
        "GraphBatchResult", "GraphBusinessUseCaseUsage", "GraphCallOptions", "GraphCallUsage", "GraphClient",
        "GraphClientOptions", "GraphCursors", "GraphEdgeRequestBuilder", "GraphEnumWire", "GraphEnumWireText",
        "GraphEnvelope", "GraphErrorCategory", "GraphErrorClassifier", "GraphException", "GraphFile", "GraphHttp",
        "GraphJson", "GraphJsonEdgeRequestBuilder", "GraphJsonNames", "GraphJsonReader", "GraphRawJson",
        "GraphModelJson", "GraphObjectEdgeRequestBuilder", "GraphPage", "GraphPageRequest", "GraphPaging",
        "GraphProtocolException", "GraphRequest", "GraphRequestBuilder", "GraphRequestExtensions",
        "GraphRetryOptions", "GraphSuccess", "GraphTelemetry", "GraphTransportException", "GraphUsage", "GraphUsageTracker",
        "IFieldSelectionPresets", "IGraphErrorClassifier", "IGraphModel", "IGraphParameters", "JsonValueReader",
        "JsonValueWriter",
    };

    /// <summary>Types every generated namespace holds besides the schema's own.</summary>
    public static readonly string[] CatalogTypeNames = { "GraphErrorCode", "GraphErrorCatalog", "GraphApiExceptionExtensions" };

    // Members every class inherits from object; a generated member with one of these names is declared 'new'.
    // (Finalize is not among them: C# does not let a member hide the destructor, so no 'new' there.)
    private static readonly HashSet<string> ObjectMembers = new(StringComparer.Ordinal)
    {
        "Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "ReferenceEquals",
    };

    // Selectors also inherit FieldSelection<TSelf>'s members; the generated code reaches them through 'base.'.
    private static readonly HashSet<string> SelectorInherited = new(ObjectMembers, StringComparer.Ordinal)
    {
        "IsEmpty", "Append", "AppendExpansion", "Default", "All", "With", "WithExpansion",
    };

    // A selector method (an expandable field or edge) overloads inherited methods but hides inherited properties.
    private static readonly HashSet<string> SelectorInheritedProperties = new(StringComparer.Ordinal) { "IsEmpty", "Default", "All" };

    private static readonly string[] ModelPlumbing = { "ReadJson", "WriteJson", "FromJson", "ToJson", "Has" };

    // What GraphRequestBuilder and the edge base classes declare (runtime/GraphGen.Runtime/Requests).
    private static readonly string[] BuilderInherited = { "Path", "Client", "ErrorClassifier", "CreateRequest", "Prepare" };
    private static readonly string[] PagedEdgeInherited = { "ListAsync", "GetPageAsync", "ToListRequest", "CreateListRequest" };
    private static readonly string[] ObjectEdgeInherited = { "GetAsync", "ToGetRequest", "CreateGetRequest" };

    /// <summary>Names everything in <paramref name="schema"/>; never throws (a failure is GG9999 and stops emission).</summary>
    public static NamedSchema Decide(GraphSchema schema)
    {
        var diagnostics = new List<DiagnosticInfo>();
        try
        {
            var names = new Decider(schema, diagnostics).Run();
            return new NamedSchema(schema, names, diagnostics.ToEquatableArray());
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            diagnostics.Add(UnexpectedFailure.Create("C# names", ex));
            var empty = new GeneratedNames(schema.ClientName, EquatableArray<TypeNames>.Empty, EquatableArray<EnumNames>.Empty);
            return new NamedSchema(schema, empty, diagnostics.ToEquatableArray());
        }
    }

    /// <summary>The C# name of a node or struct: its <c>name:</c>, else its YAML key.</summary>
    public static string TypeNameOf(NodeSchema node) => node.CSharpName?.Name ?? node.Name;

    private sealed class Decider
    {
        private readonly GraphSchema _schema;
        private readonly List<DiagnosticInfo> _diagnostics;
        private readonly Dictionary<string, Claim> _types = new(StringComparer.OrdinalIgnoreCase);

        private readonly HashSet<string> _objectTypes = new(StringComparer.Ordinal);
        private readonly HashSet<LocationInfo> _reported = new();

        public Decider(GraphSchema schema, List<DiagnosticInfo> diagnostics)
        {
            _schema = schema;
            _diagnostics = diagnostics;
            foreach (var node in schema.Nodes)
            {
                _objectTypes.Add(node.Name);
            }
        }

        public GeneratedNames Run()
        {
            foreach (var name in CatalogTypeNames)
            {
                _types[name] = new Claim(name, "GraphGen's error catalog", null);
            }

            foreach (var name in RuntimeTypeNames)
            {
                _types[name] = new Claim(name, "the GraphGen.Runtime type of that name", null);
            }

            ClaimType(_schema.ClientName, "the client class ('client:')", _schema.ClientNameLocation, "set another 'client:'");

            // Declared names first, so that a derived name that clashes is reported at the declaration deriving it.
            foreach (var node in _schema.Nodes)
            {
                ClaimType(TypeNameOf(node), Describe(node), node.CSharpName?.Location ?? node.Location, "give one of them another C# name with 'name:'");
            }

            foreach (var e in _schema.Enums)
            {
                ClaimType(e.CSharpName?.Name ?? e.Name, "enum '" + e.Name + "'", e.CSharpName?.Location ?? e.Location, "give one of them another C# name with 'name:'");
            }

            var types = _schema.Nodes.Select(NameType).ToEquatableArray();
            var enums = _schema.Enums.Select(NameEnum).ToEquatableArray();
            CheckErrorCatalog();
            CheckClient(types);
            return new GeneratedNames(_schema.ClientName, types, enums);
        }

        private TypeNames NameType(NodeSchema node)
        {
            var name = TypeNameOf(node);
            var isNode = node.Kind == NodeKind.Node;
            var fieldsName = name + "Fields";
            var fix = "give " + Describe(node) + " another C# name with 'name:'";
            ClaimType(fieldsName, "the field selector of " + Describe(node), node.CSharpName?.Location ?? node.Location, fix);
            string? builderName = null, collectionName = null;
            if (isNode)
            {
                builderName = name + "RequestBuilder";
                ClaimType(builderName, "the request builder of " + Describe(node), node.CSharpName?.Location ?? node.Location, fix);
                if (node.Root is not null)
                {
                    collectionName = node.Root + "RequestBuilder";
                    ClaimType(collectionName, "the root accessor '" + node.Root + "'", node.Location, "choose another 'root:'");
                }
            }

            var model = new MemberScope(this, name);
            var selector = new MemberScope(this, fieldsName);
            foreach (var plumbing in ModelPlumbing)
            {
                model.Reserve(plumbing, "the generated member of that name");
            }

            var fields = new List<MemberNames>();
            var properties = new List<string>();
            var backing = new List<(string Property, LocationInfo Location)>();
            foreach (var field in node.Fields)
            {
                var property = PropertyName(field.CSharpName, field.WireName, name);
                var location = field.CSharpName?.Location ?? field.Location;
                var what = "field '" + field.WireName + "' of " + Describe(node);
                model.Claim(property, what, location);
                selector.Claim(property, what, location);
                // An expandable field is a selector method; methods overload rather than hide (no 'new').
                var hidesInSelector = IsExpandable(field.Type) ? SelectorInheritedProperties.Contains(property) : SelectorInherited.Contains(property);
                fields.Add(new MemberNames(field.WireName, property, ObjectMembers.Contains(property), hidesInSelector));
                properties.Add(property);
                backing.Add((property, location));
            }

            var builder = builderName is null ? null : new MemberScope(this, builderName);
            builder?.ReserveAll(BuilderInherited, "a member every request builder inherits");
            var operations = node.Operations.Select(op => NameOperation(op, name, builder, Describe(node))).ToEquatableArray();

            var fieldWireNames = new HashSet<string>(node.Fields.Select(f => f.WireName), StringComparer.Ordinal);
            var edges = new List<EdgeNames>();
            foreach (var edge in node.Edges)
            {
                var property = PropertyName(edge.CSharpName, edge.WireName, name);
                var location = edge.CSharpName?.Location ?? edge.Location;
                var what = "edge '" + edge.WireName + "' of " + Describe(node);
                var expands = edge.Readable && !edge.IsRawJson && !fieldWireNames.Contains(edge.WireName);
                if (expands)
                {
                    // Only edges Graph can read become properties and selector members (readable: false has no GET);
                    // an edge that shares its wire name with a field leaves both to the field (one JSON property);
                    // a raw-JSON edge (target: json) has no item type to expand into.
                    model.Claim(property, what, location);
                    selector.Claim(property, what, location);
                    properties.Add(property);
                    backing.Add((property, location));
                }

                builder?.Claim(property, what, location);
                var edgeBuilderName = name + property + "RequestBuilder";
                ClaimType(edgeBuilderName, "the request builder of " + what, location, "give the edge another C# name with 'name:'");
                var edgeBuilder = new MemberScope(this, edgeBuilderName);
                edgeBuilder.ReserveAll(BuilderInherited, "a member every request builder inherits");
                if (edge.Readable && edge.Paging == PagingKind.Cursor)
                {
                    edgeBuilder.ReserveAll(PagedEdgeInherited, "a member a list edge's builder inherits");
                }
                else if (edge.Readable)
                {
                    edgeBuilder.ReserveAll(ObjectEdgeInherited, "a member an object edge's builder inherits");
                }

                ParametersNames? query = null;
                if (!edge.Params.IsEmpty && edge.Readable)
                {
                    query = NameParameters(edge.ParamsName, name + property + "Query", edge.Params, "the query parameters of", what, edge.ParamsName?.Location ?? edge.Location);
                }

                var edgeOperations = edge.Operations.Select(op => NameOperation(op, name + property, edgeBuilder, what)).ToEquatableArray();
                edges.Add(new EdgeNames(
                    edge.WireName,
                    expands,
                    new MemberNames(edge.WireName, property, ObjectMembers.Contains(property), SelectorInheritedProperties.Contains(property)),
                    ObjectMembers.Contains(property),
                    edgeBuilderName,
                    query,
                    edgeOperations));
            }

            // Private plumbing is checked too: a property named Present0 would otherwise meet the presence word.
            for (var word = 0; word * 64 < properties.Count; word++)
            {
                model.Reserve(PresenceWord(word), "the generated presence bits");
            }

            model.Reserve(JsonNamesField, "the generated table of JSON property names");

            // The nested class of rarely sent members (ModelLayout) and its field: RarelySent/_rarelySent, unless a
            // property (or its backing field) or the type itself already took the name.
            var rarelySent = "RarelySent";
            while (properties.Any(p => SameBackingField(p, rarelySent)) || rarelySent == name)
            {
                rarelySent += "Members";
            }

            model.Reserve(BackingField(rarelySent), "the generated storage of rarely sent members");

            foreach (var (property, location) in backing)
            {
                model.Claim(BackingField(property), "the backing field of '" + property + "'", location);
            }

            // The nested enum of Has(...): Field, unless a property or the type itself already took the name.
            var fieldEnum = "Field";
            while (properties.Contains(fieldEnum) || fieldEnum == name)
            {
                fieldEnum += "Name";
            }

            return new TypeNames(
                node.Name,
                name,
                fieldsName,
                fieldEnum,
                rarelySent,
                builderName,
                collectionName,
                "SchemaOf" + name,
                fields.ToEquatableArray(),
                edges.ToEquatableArray(),
                operations);
        }

        private OperationNames NameOperation(OperationSchema op, string owner, MemberScope? builder, string ownerWhat)
        {
            var stem = op.CSharpName?.Name ?? Naming.ToIdentifier(Naming.ToPascalCase(op.Name));
            var location = op.CSharpName?.Location ?? op.Location;
            var what = "operation '" + op.Name + "' of " + ownerWhat;
            var method = stem + "Async";
            builder?.Claim(method, what, location);
            var toRequest = "To" + stem + "Request";
            builder?.Claim(toRequest, what + " (the request, not sent)", location);
            var readAfterWrite = stem + "AndReadAsync";
            if (op.ReadAfterWrite && op.Method == OperationMethod.Post && op.Returns is not null)
            {
                builder?.Claim(readAfterWrite, what + " (read after write)", location);
            }

            ParametersNames? parameters = null;
            if (!op.Params.IsEmpty)
            {
                parameters = NameParameters(op.ParamsName, owner + stem, op.Params, "the parameters of", what, op.ParamsName?.Location ?? location);
            }

            return new OperationNames(op.Name, method, toRequest, readAfterWrite, parameters);
        }

        private ParametersNames NameParameters(
            NameOverride? chosen, string derived, EquatableArray<FieldSchema> fields, string role, string ownerWhat, LocationInfo location)
        {
            var name = chosen?.Name ?? derived;
            ClaimType(name, role + " " + ownerWhat, location, chosen is null ? "name the class with 'params_name:'" : "choose another 'params_name:'");
            var scope = new MemberScope(this, name);
            scope.Reserve("Validate", "the generated member of that name");
            scope.Reserve("AddTo", "the generated member of that name");
            var parameters = new List<ParameterNames>();
            foreach (var field in fields)
            {
                var property = PropertyName(field.CSharpName, field.WireName, name);
                scope.Claim(property, "parameter '" + field.WireName + "' of " + ownerWhat, field.CSharpName?.Location ?? field.Location);
                var argument = Naming.ToIdentifier(Naming.ToCamelCase(property.TrimStart('_')));
                if (argument is "options" or "cancellationToken")
                {
                    // The shorthand overload also takes options and cancellationToken.
                    argument += "Value";
                }

                parameters.Add(new ParameterNames(field.WireName, property, argument, ObjectMembers.Contains(property)));
            }

            return new ParametersNames(name, parameters.ToEquatableArray());
        }

        private EnumNames NameEnum(EnumSchema e)
        {
            var name = e.CSharpName?.Name ?? e.Name;
            var extensions = name + "Extensions";
            ClaimType(extensions, "the conversions of enum '" + e.Name + "'", e.CSharpName?.Location ?? e.Location, "give the enum another C# name with 'name:'");
            var scope = new MemberScope(this, name);
            var members = new List<string>();
            foreach (var value in e.Values)
            {
                var member = value.CSharpName ?? Naming.ToIdentifier(Naming.ToPascalCase(value.WireValue));
                if (member == name && value.CSharpName is null)
                {
                    // C# forbids a member named like its type (CS0542); documented rule, not a clash.
                    member += "Value";
                }

                scope.Claim(member, "value '" + value.WireValue + "' of enum '" + e.Name + "'", value.Location);
                members.Add(member);
            }

            var unrecognized = "Unrecognized";
            while (members.Contains(unrecognized))
            {
                unrecognized += "Value";
            }

            return new EnumNames(e.Name, name, extensions, unrecognized, members.ToEquatableArray());
        }

        private void CheckErrorCatalog()
        {
            var scope = new MemberScope(this, "GraphErrorCode");
            foreach (var error in _schema.Errors)
            {
                scope.Claim(error.Name, "error " + error.Code.ToString(CultureInfo.InvariantCulture), error.Location);
            }
        }

        private void CheckClient(EquatableArray<TypeNames> types)
        {
            var scope = new MemberScope(this, _schema.ClientName);
            foreach (var member in new[] { "ApiVersion", "Client", "CreateOptions", "Schema", "BatchAsync" })
            {
                scope.Reserve(member, "the generated member of that name");
            }

            foreach (var type in types)
            {
                scope.Reserve(type.MetadataMethodName, "the generated metadata method of '" + type.Name + "'");
            }

            foreach (var node in _schema.Nodes)
            {
                if (node.Kind == NodeKind.Node && node.Root is not null)
                {
                    scope.Claim(node.Root, "the root accessor of " + Describe(node), node.Location, "choose another 'root:'");
                }
            }
        }

        private void ClaimType(string name, string what, LocationInfo? location, string fix)
        {
            if (_types.TryGetValue(name, out var first))
            {
                Report(DiagnosticDescriptors.GeneratedTypeNameClash, location ?? first.Location, name, what, first.Name, first.What, fix);
                return;
            }

            _types.Add(name, new Claim(name, what, location));
        }

        /// <summary>
        /// One diagnostic per declaration: a type whose name clashes also clashes through its selector and builder,
        /// a field through its selector member and backing field; the first says it all.
        /// </summary>
        private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, LocationInfo? location, params string[] args)
        {
            if (location is null || _reported.Add(location))
            {
                _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, args));
            }
        }

        private static string PropertyName(NameOverride? chosen, string wireName, string typeName)
        {
            if (chosen is not null)
            {
                return chosen.Name;
            }

            var name = Naming.ToIdentifier(Naming.ToPascalCase(wireName));
            // C# forbids a member named like its enclosing type (CS0542): documented rule, `Value` is appended.
            return name == typeName ? name + "Value" : name;
        }

        /// <summary>A field of an object type (or a list of them): its selector member is a method taking sub-fields.</summary>
        private bool IsExpandable(TypeRef type)
        {
            while (type.Kind == TypeKind.List)
            {
                type = type.Element!;
            }

            return type.Kind == TypeKind.Named && _objectTypes.Contains(type.Name!);
        }

        private static string Describe(NodeSchema node) => (node.Kind == NodeKind.Node ? "node '" : "struct '") + node.Name + "'";

        /// <summary>The members of one generated type, checked against each other and the type's own name.</summary>
        private sealed class MemberScope
        {
            private readonly Decider _owner;
            private readonly string _typeName;
            private readonly Dictionary<string, string> _members = new(StringComparer.Ordinal);

            public MemberScope(Decider owner, string typeName)
            {
                _owner = owner;
                _typeName = typeName;
            }

            public void Reserve(string name, string what) => _members[name] = what;

            public void ReserveAll(IEnumerable<string> names, string what)
            {
                foreach (var name in names)
                {
                    Reserve(name, what);
                }
            }

            public void Claim(string name, string what, LocationInfo? location, string fix = "give it another C# name with 'name:'")
            {
                if (name == _typeName)
                {
                    _owner.Report(DiagnosticDescriptors.GeneratedMemberNameClash, location, _typeName, name, what, "the name of the type itself (C# forbids it)", fix);
                }
                else if (_members.TryGetValue(name, out var first))
                {
                    _owner.Report(DiagnosticDescriptors.GeneratedMemberNameClash, location, _typeName, name, what, first, fix);
                }
                else
                {
                    _members.Add(name, what);
                }
            }
        }

        private sealed record Claim(string Name, string What, LocationInfo? Location);
    }

    /// <summary>The private word of the "which fields were present" bit set, 64 properties a word.</summary>
    public static string PresenceWord(int index) => "_present" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>The private static table of a model's JSON property names (<c>GraphJsonNames</c>), read by <c>ReadJson</c>.</summary>
    public const string JsonNamesField = "_jsonNames";

    /// <summary>The private field behind a model property: <c>FirstName</c> -> <c>_firstName</c>.</summary>
    public static string BackingField(string property) => "_" + char.ToLowerInvariant(property[0]) + property.Substring(1);

    // BackingField(a) == BackingField(b), without making either (asked for every property of every type).
    private static bool SameBackingField(string a, string b)
        => a.Length == b.Length && char.ToLowerInvariant(a[0]) == char.ToLowerInvariant(b[0]) && string.CompareOrdinal(a, 1, b, 1, a.Length - 1) == 0;
}
