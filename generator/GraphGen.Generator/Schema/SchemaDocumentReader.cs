using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using GraphGen.Generator.Common;
using GraphGen.Generator.Diagnostics;
using GraphGen.Generator.Schema.Model;

namespace GraphGen.Generator.Schema;

/// <summary>
/// Turns the YAML tree of one file into schema records. Each element is read on its own: a bad field is reported
/// and dropped, and reading goes on, so a file with five mistakes gets five diagnostics in one build.
/// </summary>
internal sealed class SchemaDocumentReader
{
    private static readonly string[] HeaderKeys = { "api_version", "namespace", "client", "nodes", "structs", "enums", "errors" };
    private static readonly string[] NodeKeys = { "name", "description", "root", "id_prefix", "fields", "edges", "operations", "import" };
    private static readonly string[] StructKeys = { "name", "description", "fields", "import" };
    private static readonly string[] FieldKeys =
    {
        "type", "description", "deprecated", "core_deprecated", "no_data_since", "permission", "default", "min", "max",
        "required", "fields", "spec_type", "name", "type_name",
    };

    // Keys that only mean something on a parameter; on a node or struct field they would be silently ignored
    // (min/max still document a field's range).
    private static readonly string[] ParameterOnlyKeys = { "required" };

    private static readonly string[] EdgeKeys = { "name", "params_name", "target", "paging", "readable", "description", "deprecated", "params", "operations" };
    private static readonly string[] OperationKeys = { "name", "params_name", "method", "description", "params", "returns", "read_after_write", "idempotent", "one_of", "errors" };
    private static readonly string[] EnumKeys = { "name", "description", "values" };
    private static readonly string[] EnumValueKeys = { "value", "name", "description" };
    private static readonly string[] ErrorKeys = { "name", "category", "description" };
    private static readonly string[] Categories = { "rate_limit", "transient", "auth", "permission", "validation", "other" };

    private const string NoLetterOrDigit = "it has no letter or digit to build a C# name from";

    private readonly string _filePath;
    private readonly List<DiagnosticInfo> _diagnostics;
    private readonly YamlValueReader _yaml;
    private readonly CancellationToken _cancellationToken;
    private readonly List<NodeSchema> _nodes = new();
    private readonly List<EnumSchema> _enums = new();
    private readonly List<ErrorSchema> _errors = new();

    // Inline structs of the type being read; they follow their parent type in the node list.
    private readonly List<NodeSchema?> _lifted = new();
    private readonly Dictionary<string, NodeSchema> _liftedByName = new(StringComparer.Ordinal);

    public SchemaDocumentReader(string filePath, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        _filePath = filePath;
        _diagnostics = diagnostics;
        _yaml = new YamlValueReader(diagnostics);
        _cancellationToken = cancellationToken;
    }

    public SchemaDocument Read(YamlValue root)
    {
        YamlScalarValue? apiVersion = null, ns = null, client = null;
        var map = _yaml.Map(root, "the schema file");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in map?.Entries ?? new List<KeyValuePair<YamlScalarValue, YamlValue>>())
        {
            var key = entry.Key.Text;
            if (Array.IndexOf(HeaderKeys, key) < 0)
            {
                _yaml.Report(DiagnosticDescriptors.UnknownKey, entry.Key.Location, key, "the file header", SpellingSuggestion.Suffix(key, HeaderKeys));
                continue;
            }

            if (!seen.Add(key))
            {
                _yaml.Report(DiagnosticDescriptors.DuplicateKey, entry.Key.Location, "key", key, "the file header");
                continue;
            }

            switch (key)
            {
                case "api_version":
                    apiVersion = _yaml.Scalar(entry.Value, "'api_version'");
                    if (apiVersion is not null && !IsApiVersion(apiVersion.Text))
                    {
                        _yaml.Report(DiagnosticDescriptors.InvalidApiVersion, apiVersion.Location, apiVersion.Text);
                        apiVersion = null;
                    }

                    break;
                case "namespace":
                    ns = Checked(_yaml.Scalar(entry.Value, "'namespace'"), "namespace", SchemaNames.WhyNotNamespace);
                    break;
                case "client":
                    client = Checked(_yaml.Scalar(entry.Value, "'client'"), "client class name", SchemaNames.WhyNotIdentifier);
                    break;
                case "nodes":
                    ReadTypes(entry.Value, NodeKind.Node);
                    break;
                case "structs":
                    ReadTypes(entry.Value, NodeKind.Struct);
                    break;
                case "enums":
                    ReadEnums(entry.Value);
                    break;
                case "errors":
                    ReadErrors(entry.Value);
                    break;
            }
        }

        return new SchemaDocument(
            _filePath,
            apiVersion?.Text,
            ns?.Text,
            client?.Text,
            _nodes.ToEquatableArray(),
            _enums.ToEquatableArray(),
            _errors.ToEquatableArray(),
            _diagnostics.ToEquatableArray(),
            apiVersion?.Location,
            ns?.Location)
        {
            ClientNameLocation = client?.Location,
        };
    }

    private void ReadTypes(YamlValue value, NodeKind kind)
    {
        var section = kind == NodeKind.Node ? "nodes" : "structs";
        var map = _yaml.Map(value, "'" + section + "'");
        if (map is null)
        {
            return;
        }

        foreach (var entry in _yaml.NamedEntries(map, kind == NodeKind.Node ? "node" : "struct", "'" + section + "'"))
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (Checked(entry.Key, "type name", SchemaNames.WhyNotIdentifier) is null)
            {
                continue;
            }

            var node = ReadType(entry.Key, entry.Value, kind);
            if (node is not null)
            {
                _nodes.Add(node);
                foreach (var lifted in _lifted)
                {
                    if (lifted is not null)
                    {
                        _nodes.Add(lifted);
                    }
                }
            }

            _lifted.Clear();
        }
    }

    private NodeSchema? ReadType(YamlScalarValue key, YamlValue body, NodeKind kind)
    {
        var name = key.Text;
        var context = (kind == NodeKind.Node ? "node '" : "struct '") + name + "'";
        var map = _yaml.Map(body, context);
        if (map is null)
        {
            return null;
        }

        var keys = _yaml.Keys(map, kind == NodeKind.Node ? NodeKeys : StructKeys, context);
        var description = _yaml.String(keys, "description");
        var root = Checked(_yaml.Scalar(keys, "root"), "root accessor name", SchemaNames.WhyNotIdentifier)?.Text;
        var idPrefix = _yaml.String(keys, "id_prefix");

        // For `graphgen import` only (which members a re-import adds); nothing is generated from it.
        var import = _yaml.Scalar(keys, "import");
        if (import is not null && import.Text is not ("all" or "listed"))
        {
            _yaml.Report(DiagnosticDescriptors.InvalidValue, import.Location, import.Text, keys.Describe("import"), "all or listed");
        }

        var fields = ReadFields(keys["fields"], "fields", "field", "'" + name + "'", name);
        var edges = new List<EdgeSchema>();
        var operations = EquatableArray<OperationSchema>.Empty;
        if (kind == NodeKind.Node)
        {
            var edgeMap = _yaml.Map(keys, "edges");
            foreach (var entry in edgeMap is null ? [] : _yaml.NamedEntries(edgeMap, "edge", context))
            {
                var edge = ReadEdge(entry.Key, entry.Value, name);
                if (edge is not null)
                {
                    edges.Add(edge);
                }
            }

            operations = ReadOperations(keys["operations"], context, name);
        }

        return new NodeSchema(name, kind, description, root, idPrefix, fields, edges.ToEquatableArray(), operations, _filePath, key.Location)
        {
            CSharpName = NameOverride(keys, "name", "type name"),
        };
    }

    /// <summary>Fields of a type or parameters of an operation; inline structs are named <paramref name="liftPrefix"/> + field.</summary>
    private EquatableArray<FieldSchema> ReadFields(YamlValue? value, string section, string memberKind, string owner, string liftPrefix)
    {
        var map = _yaml.Map(value, "'" + section + "' of " + owner);
        if (map is null)
        {
            return EquatableArray<FieldSchema>.Empty;
        }

        var fields = new List<FieldSchema>(map.Entries.Count);
        foreach (var entry in _yaml.NamedEntries(map, memberKind, owner))
        {
            var field = ReadField(entry.Key, entry.Value, memberKind, owner, liftPrefix);
            if (field is not null)
            {
                fields.Add(field);
            }
        }

        return fields.ToEquatableArray();
    }

    private FieldSchema? ReadField(YamlScalarValue key, YamlValue value, string memberKind, string owner, string liftPrefix)
    {
        var wireName = key.Text;
        var context = memberKind + " '" + wireName + "' of " + owner;
        var pascalName = SchemaNames.ToPascalCase(wireName);
        if (pascalName.Length == 0)
        {
            _yaml.Report(DiagnosticDescriptors.InvalidIdentifier, key.Location, wireName, memberKind + " name", NoLetterOrDigit);
            return null;
        }

        YamlScalarValue? typeText;
        YamlValueReader.KeyedMap? keys = null;
        switch (value)
        {
            case YamlInvalidValue:
                return null;
            case YamlScalarValue { IsNull: true }:
                _yaml.Report(DiagnosticDescriptors.MissingRequiredKey, key.Location, context, "type");
                return null;
            case YamlScalarValue scalar:
                typeText = scalar;
                break;
            case YamlMapValue map:
                keys = _yaml.Keys(map, FieldKeys, context);
                typeText = _yaml.Scalar(keys, "type");
                if (typeText is null)
                {
                    ReportIfMissing(keys, "type", key);
                    return null;
                }

                break;
            default:
                _yaml.Report(DiagnosticDescriptors.WrongNodeKind, value.Location, "a type or a map", context, value.KindName);
                return null;
        }

        var type = TypeExpressionParser.Parse(typeText.Text, out var error);
        if (type is null)
        {
            _yaml.Report(DiagnosticDescriptors.InvalidTypeExpression, typeText.Location, typeText.Text, error!);
            return null;
        }

        if (UsesFile(type) && (memberKind != "parameter" || type.Kind != TypeKind.Scalar))
        {
            // An upload is one multipart part of a request: Graph never returns one, and a list or map of them has no wire form.
            _yaml.Report(DiagnosticDescriptors.InvalidTypeExpression, typeText.Location, typeText.Text, "'file' is an upload: only a parameter can be a file, and not inside a list or map");
            return null;
        }

        var description = keys is null ? null : _yaml.String(keys, "description");
        if (TypeExpressionParser.UsesObject(type))
        {
            if (keys is null || !keys.Has("fields"))
            {
                _yaml.Report(DiagnosticDescriptors.MissingRequiredKey, key.Location, context + " (type 'object')", "fields");
                return null;
            }

            var structName = liftPrefix + pascalName;
            var slot = _lifted.Count;
            _lifted.Add(null);
            var structFields = ReadFields(keys["fields"], "fields", "field", "'" + structName + "'", structName);
            Lift(slot, new NodeSchema(
                structName, NodeKind.Struct, description, null, null, structFields,
                EquatableArray<EdgeSchema>.Empty, EquatableArray<OperationSchema>.Empty, _filePath, key.Location)
            {
                // type_name: renames the struct's C# type, as name: does on a declared struct (nested inline structs
                // keep the derived name as their prefix).
                CSharpName = NameOverride(keys, "type_name", "type name"),
            });
            type = TypeExpressionParser.ReplaceObject(type, structName);
        }
        else
        {
            foreach (var structOnly in new[] { "fields", "type_name" })
            {
                if (keys?.KeyOf(structOnly) is { } misplaced)
                {
                    _yaml.Report(DiagnosticDescriptors.InvalidValue, misplaced.Location, typeText.Text, "'type' of " + context, "'object' (or list<object>) when '" + structOnly + "' is given");
                }
            }
        }

        if (keys is null)
        {
            return new FieldSchema(wireName, type, null, null, false, null, null, false, null, null, false, null, key.Location)
            {
                TypeLocation = typeText.Location,
            };
        }

        if (memberKind != "parameter")
        {
            foreach (var parameterOnly in ParameterOnlyKeys)
            {
                if (keys.KeyOf(parameterOnly) is { } ignored)
                {
                    _yaml.Report(DiagnosticDescriptors.ParameterOnlyKey, ignored.Location, parameterOnly, context);
                }
            }
        }

        var min = _yaml.Number(keys, "min");
        var max = _yaml.Number(keys, "max");
        if (min > max)
        {
            _yaml.Report(
                DiagnosticDescriptors.MinGreaterThanMax,
                keys.KeyOf("min")!.Location,
                wireName,
                min.Value.ToString(CultureInfo.InvariantCulture),
                max!.Value.ToString(CultureInfo.InvariantCulture));
            min = null;
            max = null;
        }

        return new FieldSchema(
            wireName,
            type,
            description,
            Deprecated(keys, "deprecated"),
            _yaml.Bool(keys, "core_deprecated") ?? false,
            Date(keys, "no_data_since"),
            _yaml.String(keys, "permission"),
            _yaml.Bool(keys, "default") ?? false,
            min,
            max,
            _yaml.Bool(keys, "required") ?? false,
            _yaml.String(keys, "spec_type"),
            key.Location)
        {
            TypeLocation = typeText.Location,
            CSharpName = NameOverride(keys, "name", memberKind == "parameter" ? "parameter property name" : "property name"),
        };
    }

    /// <summary>
    /// Two operations of one edge often take the same inline struct (<c>payload</c> of add and remove): the same
    /// name with the same fields is one struct; with different fields the validator reports a duplicate type.
    /// </summary>
    private void Lift(int slot, NodeSchema node)
    {
        if (_liftedByName.TryGetValue(node.Name, out var existing))
        {
            if (FieldShape.SameFields(existing.Fields, node.Fields))
            {
                return;
            }
        }
        else
        {
            _liftedByName.Add(node.Name, node);
        }

        _lifted[slot] = node;
    }

    private EdgeSchema? ReadEdge(YamlScalarValue key, YamlValue body, string nodeName)
    {
        var wireName = key.Text;
        var context = "edge '" + wireName + "' of '" + nodeName + "'";
        var pascalName = SchemaNames.ToPascalCase(wireName);
        if (pascalName.Length == 0)
        {
            _yaml.Report(DiagnosticDescriptors.InvalidIdentifier, key.Location, wireName, "edge name", NoLetterOrDigit);
            return null;
        }

        var map = _yaml.Map(body, context);
        if (map is null)
        {
            return null;
        }

        var keys = _yaml.Keys(map, EdgeKeys, context);
        var target = _yaml.Scalar(keys, "target");
        if (target is null)
        {
            ReportIfMissing(keys, "target", key);
        }

        var paging = PagingKind.Cursor;
        var pagingText = _yaml.Scalar(keys, "paging");
        if (pagingText?.Text == "none")
        {
            paging = PagingKind.None;
        }
        else if (pagingText is not null && pagingText.Text != "cursor")
        {
            _yaml.Report(DiagnosticDescriptors.InvalidValue, pagingText.Location, pagingText.Text, keys.Describe("paging"), "cursor or none");
        }

        if (paging == PagingKind.None && target?.Text == EdgeSchema.RawJsonTarget)
        {
            // A raw-JSON edge lists its items page by page; an unpaged single object has a struct to name instead.
            _yaml.Report(DiagnosticDescriptors.InvalidValue, pagingText!.Location, pagingText.Text, keys.Describe("paging"), "cursor for an edge with target: json (its items are listed as raw JSON)");
        }

        var readable = _yaml.Bool(keys, "readable") ?? true;
        var description = _yaml.String(keys, "description");
        var deprecated = Deprecated(keys, "deprecated");
        var parameters = ReadFields(keys["params"], "params", "parameter", context, nodeName + pascalName);
        var operations = ReadOperations(keys["operations"], context, nodeName + pascalName);
        if (target is null)
        {
            return null;
        }

        return new EdgeSchema(wireName, target.Text, paging, description, deprecated, parameters, operations, key.Location)
        {
            TargetLocation = target.Location,
            Readable = readable,
            CSharpName = NameOverride(keys, "name", "edge property name"),
            ParamsName = NameOverride(keys, "params_name", "query class name"),
        };
    }

    private static bool UsesFile(TypeRef type) => type.Kind switch
    {
        TypeKind.Scalar => type.Scalar == ScalarKind.File,
        TypeKind.List or TypeKind.Map => UsesFile(type.Element!),
        _ => false,
    };

    private EquatableArray<OperationSchema> ReadOperations(YamlValue? value, string owner, string liftPrefix)
    {
        var map = _yaml.Map(value, "'operations' of " + owner);
        if (map is null)
        {
            return EquatableArray<OperationSchema>.Empty;
        }

        var operations = new List<OperationSchema>();
        foreach (var entry in _yaml.NamedEntries(map, "operation", owner))
        {
            var operation = ReadOperation(entry.Key, entry.Value, owner, liftPrefix);
            if (operation is not null)
            {
                operations.Add(operation);
            }
        }

        return operations.ToEquatableArray();
    }

    private OperationSchema? ReadOperation(YamlScalarValue key, YamlValue body, string owner, string liftPrefix)
    {
        var name = key.Text;
        var context = "operation '" + name + "' of " + owner;
        if (SchemaNames.ToPascalCase(name).Length == 0)
        {
            _yaml.Report(DiagnosticDescriptors.InvalidIdentifier, key.Location, name, "operation name", NoLetterOrDigit);
            return null;
        }

        var map = _yaml.Map(body, context);
        if (map is null)
        {
            return null;
        }

        var keys = _yaml.Keys(map, OperationKeys, context);
        var method = ReadMethod(keys, name, key);
        var parameters = ReadFields(keys["params"], "params", "parameter", context, liftPrefix);
        var returns = _yaml.Scalar(keys, "returns");
        var readAfterWrite = _yaml.Bool(keys, "read_after_write") ?? false;
        var idempotent = _yaml.Bool(keys, "idempotent");
        var oneOf = ReadOneOf(keys["one_of"], keys["params"] as YamlMapValue, name, keys.Describe("one_of"));
        var errors = new List<int>();
        var errorLocations = new List<LocationInfo>();
        var errorList = _yaml.Sequence(keys, "errors");
        foreach (var item in errorList?.Items ?? [])
        {
            var code = _yaml.Scalar(item, "an error code of " + context) is { } scalar ? _yaml.Integer(scalar, "an error code of " + context) : null;
            if (code is not null)
            {
                errors.Add(code.Value);
                errorLocations.Add(item.Location);
            }
        }

        if (method is null)
        {
            return null;
        }

        return new OperationSchema(
            name,
            method.Value,
            _yaml.String(keys, "description"),
            parameters,
            returns?.Text,
            readAfterWrite,
            idempotent ?? method == OperationMethod.Get,
            oneOf,
            errors.ToEquatableArray(),
            key.Location)
        {
            ReturnsLocation = returns?.Location,
            ErrorLocations = errorLocations.ToEquatableArray(),
            CSharpName = NameOverride(keys, "name", "operation method name"),
            ParamsName = NameOverride(keys, "params_name", "parameters class name"),
        };
    }

    /// <summary><c>method</c>, which may be left out for the operations named <c>get</c> and <c>delete</c>.</summary>
    private OperationMethod? ReadMethod(YamlValueReader.KeyedMap keys, string name, YamlScalarValue key)
    {
        var text = _yaml.Scalar(keys, "method");
        if (text is null)
        {
            if (keys["method"] is null or YamlScalarValue { IsNull: true })
            {
                if (name == "get")
                {
                    return OperationMethod.Get;
                }

                if (name == "delete")
                {
                    return OperationMethod.Delete;
                }

                _yaml.Report(DiagnosticDescriptors.MissingRequiredKey, key.Location, keys.Context, "method");
            }

            return null;
        }

        switch (text.Text.ToUpperInvariant())
        {
            case "GET": return OperationMethod.Get;
            case "POST": return OperationMethod.Post;
            case "DELETE": return OperationMethod.Delete;
            default:
                _yaml.Report(DiagnosticDescriptors.InvalidValue, text.Location, text.Text, keys.Describe("method"), "GET, POST or DELETE");
                return null;
        }
    }

    /// <summary><c>one_of: [[user, uid], [a, b]]</c>; a flat list (<c>one_of: [user, uid]</c>) is one group.</summary>
    private EquatableArray<EquatableArray<string>> ReadOneOf(YamlValue? value, YamlMapValue? parameters, string operation, string what)
    {
        var list = _yaml.Sequence(value, what);
        if (list is null)
        {
            return EquatableArray<EquatableArray<string>>.Empty;
        }

        var names = new List<string>();
        foreach (var entry in parameters?.Entries ?? [])
        {
            names.Add(entry.Key.Text);
        }

        var groups = new List<EquatableArray<string>>();
        var flat = new List<string>();
        foreach (var item in list.Items)
        {
            if (item is YamlSequenceValue group)
            {
                var members = new List<string>();
                foreach (var member in group.Items)
                {
                    AddOneOfMember(member, members);
                }

                if (members.Count > 0)
                {
                    groups.Add(members.ToEquatableArray());
                }
            }
            else
            {
                AddOneOfMember(item, flat);
            }
        }

        if (flat.Count > 0)
        {
            groups.Add(flat.ToEquatableArray());
        }

        return groups.ToEquatableArray();

        void AddOneOfMember(YamlValue member, List<string> into)
        {
            var scalar = _yaml.Scalar(member, what);
            if (scalar is null)
            {
                return;
            }

            if (names.Contains(scalar.Text))
            {
                into.Add(scalar.Text);
            }
            else
            {
                _yaml.Report(DiagnosticDescriptors.UnknownOneOfParameter, scalar.Location, operation, scalar.Text, SpellingSuggestion.Suffix(scalar.Text, names));
            }
        }
    }

    private void ReadEnums(YamlValue value)
    {
        var map = _yaml.Map(value, "'enums'");
        foreach (var entry in map is null ? [] : _yaml.NamedEntries(map, "enum", "'enums'"))
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (Checked(entry.Key, "type name", SchemaNames.WhyNotIdentifier) is null)
            {
                continue;
            }

            var name = entry.Key.Text;
            var context = "enum '" + name + "'";
            var body = _yaml.Map(entry.Value, context);
            if (body is null)
            {
                continue;
            }

            var keys = _yaml.Keys(body, EnumKeys, context);
            var description = _yaml.String(keys, "description");
            var list = _yaml.Sequence(keys, "values");
            if (list is null)
            {
                ReportIfMissing(keys, "values", entry.Key);
                continue;
            }

            if (list.Items.Count == 0)
            {
                _yaml.Report(DiagnosticDescriptors.InvalidValue, list.Location, "[]", keys.Describe("values"), "at least one value");
                continue;
            }

            var values = ReadEnumValues(name, list);
            _enums.Add(new EnumSchema(name, description, values.ToEquatableArray(), _filePath, entry.Key.Location)
            {
                CSharpName = NameOverride(keys, "name", "type name"),
            });
        }
    }

    private List<EnumValueSchema> ReadEnumValues(string enumName, YamlSequenceValue list)
    {
        var what = "a value of enum '" + enumName + "'";
        var values = new List<EnumValueSchema>(list.Items.Count);
        var wireValues = new HashSet<string>(StringComparer.Ordinal);
        var members = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in list.Items)
        {
            YamlScalarValue? wire;
            string? explicitName = null;
            string? description = null;
            if (item is YamlMapValue map)
            {
                var keys = _yaml.Keys(map, EnumValueKeys, what);
                wire = _yaml.Scalar(keys, "value");
                if (wire is null)
                {
                    ReportIfMissing(keys, "value", null, item.Location);
                    continue;
                }

                var nameText = _yaml.Scalar(keys, "name");
                if (nameText is not null && Checked(nameText, "enum member name", SchemaNames.WhyNotIdentifier) is null)
                {
                    continue;
                }

                explicitName = nameText?.Text;
                description = _yaml.String(keys, "description");
            }
            else
            {
                wire = _yaml.Scalar(item, what);
                if (wire is null)
                {
                    if (item is YamlScalarValue)
                    {
                        _yaml.Report(DiagnosticDescriptors.InvalidValue, item.Location, string.Empty, what, "a value (quote it if it is literally null or empty)");
                    }

                    continue;
                }
            }

            if (!wireValues.Add(wire.Text))
            {
                _yaml.Report(DiagnosticDescriptors.DuplicateEnumValue, wire.Location, enumName, wire.Text);
                continue;
            }

            var member = explicitName ?? SchemaNames.ToPascalCase(wire.Text);
            if (member.Length == 0)
            {
                _yaml.Report(DiagnosticDescriptors.InvalidIdentifier, wire.Location, wire.Text, "enum member name", NoLetterOrDigit + "; add an explicit 'name:'");
                continue;
            }

            if (members.TryGetValue(member, out var other))
            {
                _yaml.Report(DiagnosticDescriptors.EnumMemberNameCollision, wire.Location, enumName, other, wire.Text, member);
                continue;
            }

            members.Add(member, wire.Text);
            values.Add(new EnumValueSchema(wire.Text, explicitName, description, item.Location));
        }

        return values;
    }

    private void ReadErrors(YamlValue value)
    {
        var map = _yaml.Map(value, "'errors'");
        foreach (var entry in map is null ? [] : _yaml.NamedEntries(map, "error code", "'errors'"))
        {
            var code = _yaml.Integer(entry.Key, "an error code of 'errors'");
            if (code is null)
            {
                continue;
            }

            var context = "error " + entry.Key.Text;
            var body = _yaml.Map(entry.Value, context);
            if (body is null)
            {
                continue;
            }

            var keys = _yaml.Keys(body, ErrorKeys, context);
            var name = Checked(_yaml.Scalar(keys, "name"), "error name", SchemaNames.WhyNotIdentifier);
            if (name is null)
            {
                ReportIfMissing(keys, "name", entry.Key);
            }

            var categoryText = _yaml.Scalar(keys, "category");
            ErrorCategory? category = null;
            if (categoryText is null)
            {
                ReportIfMissing(keys, "category", entry.Key);
            }
            else
            {
                category = ParseCategory(categoryText.Text);
                if (category is null)
                {
                    _yaml.Report(DiagnosticDescriptors.InvalidErrorCategory, categoryText.Location, categoryText.Text, SpellingSuggestion.Suffix(categoryText.Text, Categories));
                }
            }

            var description = _yaml.String(keys, "description") ?? string.Empty;
            if (name is not null && category is not null)
            {
                _errors.Add(new ErrorSchema(code.Value, name.Text, category.Value, description, entry.Key.Location));
            }
        }
    }

    private static ErrorCategory? ParseCategory(string text) => text switch
    {
        "rate_limit" => ErrorCategory.RateLimit,
        "transient" => ErrorCategory.Transient,
        "auth" => ErrorCategory.Auth,
        "permission" => ErrorCategory.Permission,
        "validation" => ErrorCategory.Validation,
        "other" => ErrorCategory.Other,
        _ => null,
    };

    private string? Deprecated(YamlValueReader.KeyedMap keys, string key) => keys[key] is { } value ? Deprecated(value, keys.Describe(key)) : null;

    private string? Date(YamlValueReader.KeyedMap keys, string key) => keys[key] is { } value ? Date(value, keys.Describe(key)) : null;

    /// <summary>null when not deprecated, "" for <c>deprecated: true</c>, otherwise the reason.</summary>
    private string? Deprecated(YamlValue? value, string what)
    {
        var scalar = _yaml.Scalar(value, what);
        if (scalar is null || (scalar.IsPlain && string.Equals(scalar.Text, "false", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        return scalar.IsPlain && string.Equals(scalar.Text, "true", StringComparison.OrdinalIgnoreCase) ? string.Empty : scalar.Text;
    }

    private string? Date(YamlValue? value, string what)
    {
        var scalar = _yaml.Scalar(value, what);
        if (scalar is null)
        {
            return null;
        }

        if (DateTime.TryParseExact(scalar.Text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return scalar.Text;
        }

        _yaml.Report(DiagnosticDescriptors.InvalidValue, scalar.Location, scalar.Text, what, "a date written yyyy-MM-dd");
        return null;
    }

    /// <summary>A <c>name:</c>-style key: a C# identifier chosen by the user, checked here, applied by the Model stage.</summary>
    private NameOverride? NameOverride(YamlValueReader.KeyedMap keys, string key, string role)
    {
        var scalar = Checked(_yaml.Scalar(keys, key), role, SchemaNames.WhyNotIdentifier);
        return scalar is null ? null : new NameOverride(scalar.Text, scalar.Location);
    }

    /// <summary>The scalar when <paramref name="why"/> finds nothing wrong with it; otherwise reported and null.</summary>
    private YamlScalarValue? Checked(YamlScalarValue? scalar, string role, Func<string, string?> why)
    {
        if (scalar is null)
        {
            return null;
        }

        var reason = why(scalar.Text);
        if (reason is null)
        {
            return scalar;
        }

        _yaml.Report(DiagnosticDescriptors.InvalidIdentifier, scalar.Location, scalar.Text, role, reason);
        return null;
    }

    /// <summary>Reports a required key that is absent or empty (a key with a value of the wrong kind is already reported).</summary>
    private void ReportIfMissing(YamlValueReader.KeyedMap keys, string key, YamlScalarValue? owner, LocationInfo? ownerLocation = null)
    {
        if (keys[key] is null or YamlScalarValue { IsNull: true })
        {
            _yaml.Report(DiagnosticDescriptors.MissingRequiredKey, owner?.Location ?? ownerLocation, keys.Context, key);
        }
    }

    private static bool IsApiVersion(string text)
    {
        // vNN.N: 'v', digits, '.', digits.
        var dot = text.IndexOf('.');
        return text.Length >= 4 && text[0] == 'v' && dot > 1 && dot < text.Length - 1
            && AllDigits(text, 1, dot) && AllDigits(text, dot + 1, text.Length);
    }

    private static bool AllDigits(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (text[i] < '0' || text[i] > '9')
            {
                return false;
            }
        }

        return true;
    }
}
