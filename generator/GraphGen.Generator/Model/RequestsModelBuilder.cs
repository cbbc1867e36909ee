using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using GraphGen.Generator.Common;
using GraphGen.Generator.Schema.Model;

namespace GraphGen.Generator.Model;

/// <summary>
/// Builds the request builders of one node: <c>UserRequestBuilder</c> (GET/update/delete on <c>/{id}</c>), one
/// builder per edge (list, page, edge operations) and the parameter classes (<c>UserUpdate</c>).
/// </summary>
public static class RequestsModelBuilder
{
    /// <summary>Nodes get request builders; structs are only ever embedded.</summary>
    public static bool HasRequests(NodeSchema node) => node.Kind == NodeKind.Node;

    public static NodeRequestsModel Build(NodeSchema node, SchemaContext context)
    {
        var names = context.Type(node.Name);
        var parameterTypes = new List<ParametersModel>();
        var operations = new List<OperationModel>();
        for (var i = 0; i < node.Operations.Count; i++)
        {
            operations.Add(BuildOperation(node.Operations[i], names.Operations[i], node, context, parameterTypes));
        }

        var edges = new List<EdgeModel>();
        for (var i = 0; i < node.Edges.Count; i++)
        {
            var edge = node.Edges[i];
            var edgeNames = names.Edges[i];
            string? queryType = null;
            if (edgeNames.Query is { } query)
            {
                queryType = context.Qualified(query.Name);
                parameterTypes.Add(BuildParameters(query, $"Query parameters of <c>GET /{{id}}/{CSharpText.XmlEscape(edge.WireName)}</c>.", edge.Params, EquatableArray<EquatableArray<string>>.Empty, context));
            }

            var edgeOperations = new List<OperationModel>();
            for (var j = 0; j < edge.Operations.Count; j++)
            {
                edgeOperations.Add(BuildOperation(edge.Operations[j], edgeNames.Operations[j], node, context, parameterTypes));
            }

            var target = edge.IsRawJson ? null : context.Type(edge.Target);
            edges.Add(new EdgeModel(
                edgeNames.Property.Name,
                edgeNames.HidesInBuilder,
                CSharpText.StringLiteral(edge.WireName),
                CSharpText.XmlEscape(edge.WireName),
                edgeNames.BuilderName,
                target is null ? null : context.Qualified(target.Name),
                target is null ? null : context.Qualified(target.FieldsName),
                edge.IsRawJson,
                edge.Paging == PagingKind.Cursor,
                edge.Readable,
                queryType,
                Docs.Summary(edge.Description, $"The <c>{CSharpText.XmlEscape(edge.WireName)}</c> edge."),
                Docs.ObsoleteMessage(edge.Deprecated, false, null),
                edgeOperations.ToEquatableArray()));
        }

        return new NodeRequestsModel(
            context.Namespace,
            context.Accessibility,
            names.Name,
            names.BuilderName!,
            names.FieldsName,
            names.CollectionBuilderName,
            CSharpText.StringLiteral(node.IdPrefix ?? string.Empty),
            Docs.Summary(node.Description, $"The Graph API <c>{CSharpText.XmlEscape(node.Name)}</c> node."),
            operations.ToEquatableArray(),
            edges.ToEquatableArray(),
            parameterTypes.ToEquatableArray(),
            node.FilePath);
    }

    private static OperationModel BuildOperation(
        OperationSchema op, OperationNames names, NodeSchema node, SchemaContext context, List<ParametersModel> parameterTypes)
    {
        string? parametersType = null;
        ParameterModel? single = null;
        if (names.Parameters is { } parameterNames)
        {
            var model = BuildParameters(parameterNames, $"Parameters of <c>{CSharpText.XmlEscape(op.Name)}</c> ({op.Method.ToString().ToUpperInvariant()}).", op.Params, op.OneOf, context);
            parameterTypes.Add(model);
            parametersType = context.Qualified(parameterNames.Name);
            if (model.Parameters.Count == 1 && model.Parameters[0].Required)
            {
                single = model.Parameters[0];
            }
        }

        // A value (raw JSON, a scalar, {"success": ...}) has no model and no field selection.
        var returnsObject = op.ReturnsValue == ReturnValueKind.Object;
        var returns = returnsObject ? context.Type(op.Returns ?? node.Name) : null;
        var self = context.Type(node.Name);
        var readAfterWrite = op.ReadAfterWrite && op.Method == OperationMethod.Post && op.Returns is not null;
        return new OperationModel(
            names.MethodName,
            names.RequestMethodName,
            op.Method switch { OperationMethod.Get => "Get", OperationMethod.Post => "Post", _ => "Delete" },
            returns is null ? null : context.Qualified(returns.Name),
            returns is null ? op.ReturnsValue.ToString() : null,
            parametersType,
            // A GET returns an object Graph reads with fields=, with or without parameters.
            op.Method == OperationMethod.Get && returns is not null ? context.Qualified(returns.FieldsName) : null,
            single,
            readAfterWrite ? names.ReadAfterWriteMethodName : null,
            readAfterWrite ? context.Qualified(self.Name) : null,
            readAfterWrite ? context.Qualified(self.FieldsName) : null,
            op.Idempotent || op.Method == OperationMethod.Get,
            Docs.Summary(op.Description, $"Calls <c>{op.Method.ToString().ToUpperInvariant()}</c> ({CSharpText.XmlEscape(op.Name)})."),
            ErrorDocs(op, context));
    }

    private static EquatableArray<string> ErrorDocs(OperationSchema op, SchemaContext context)
    {
        var lines = new List<string>();
        foreach (var code in op.Errors)
        {
            if (context.Errors.TryGetValue(code, out var error))
            {
                lines.Add($"<item><term><see cref=\"global::{context.Namespace}.GraphErrorCode.{error.Name}\"/> ({code.ToString(CultureInfo.InvariantCulture)})</term><description>{CSharpText.XmlEscape(error.Description)}</description></item>");
            }
        }

        return lines.ToEquatableArray();
    }

    private static ParametersModel BuildParameters(
        ParametersNames names, string fallbackDoc, EquatableArray<FieldSchema> fields, EquatableArray<EquatableArray<string>> oneOf, SchemaContext context)
    {
        var mapper = context.Mapper;
        var parameters = new List<ParameterModel>();
        var validation = new List<string>();
        var propertyByWire = new Dictionary<string, string>();
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            var parameterNames = names.Parameters[i];
            var property = parameterNames.Name;
            propertyByWire[field.WireName] = property;
            var typeName = mapper.TypeName(field.Type);
            var isValueType = IsValueType(field.Type, mapper);
            var add = AddStatements(field, property, isValueType && !field.Required, mapper);
            if (field.Required && !isValueType)
            {
                validation.Add($"if (this.{property} is null) throw new global::System.ArgumentException(\"The parameter '{field.WireName}' is required.\", \"{property}\");");
            }

            if (field.Min is not null || field.Max is not null)
            {
                var conditions = new List<string>();
                if (field.Min is { } min)
                {
                    // Negated so that NaN, which compares false with everything, is out of bounds too.
                    conditions.Add("!(v >= " + min.ToString("R", CultureInfo.InvariantCulture) + ")");
                }

                if (field.Max is { } max)
                {
                    conditions.Add("!(v <= " + max.ToString("R", CultureInfo.InvariantCulture) + ")");
                }

                var value = field.Required ? $"(({typeName}?)this.{property})" : $"this.{property}";
                validation.Add($"if ({value} is {{ }} v && ({string.Join(" || ", conditions)})) throw new global::System.ArgumentOutOfRangeException(\"{property}\", v, \"The parameter '{field.WireName}' must be within [{Bound(field.Min)}, {Bound(field.Max)}].\");");
            }

            var argument = parameterNames.Argument;
            parameters.Add(new ParameterModel(
                property,
                parameterNames.HidesInherited,
                argument,
                argument.TrimStart('@'),
                CSharpText.XmlEscape(field.WireName),
                CSharpText.StringLiteral(field.WireName),
                field.Required ? typeName : typeName + "?",
                typeName,
                field.Required,
                Docs.ForField(field, $"The <c>{CSharpText.XmlEscape(field.WireName)}</c> parameter."),
                Docs.ObsoleteMessage(field.Deprecated, field.CoreDeprecated, field.NoDataSince),
                CSharpText.IndentBlocks(add)));
        }

        foreach (var group in oneOf)
        {
            var members = group.Where(propertyByWire.ContainsKey).Select(w => propertyByWire[w]).ToList();
            if (members.Count > 0)
            {
                var condition = string.Join(" && ", members.Select(m => $"this.{m} is null"));
                var wireNames = string.Join("', '", group);
                validation.Add($"if ({condition}) throw new global::System.ArgumentException(\"At least one of the parameters '{wireNames}' must be set.\");");
            }
        }

        return new ParametersModel(names.Name, Docs.Summary(null, fallbackDoc), parameters.ToEquatableArray(), validation.ToEquatableArray());
    }

    private static List<string> AddStatements(FieldSchema field, string property, bool nullableValueType, TypeMapper mapper)
    {
        var statements = new List<string>();
        var wire = CSharpText.StringLiteral(field.WireName);
        var value = "this." + property;
        var type = field.Type;
        if (type.Kind == TypeKind.Scalar && type.Scalar is not ScalarKind.Json)
        {
            statements.Add(type.Scalar switch
            {
                ScalarKind.DateTime or ScalarKind.Timestamp => nullableValueType
                    ? $"request.Add({wire}, {value}?.ToUnixTimeSeconds());"
                    : $"request.Add({wire}, (long?){value}.ToUnixTimeSeconds());",
                // A file is added as a multipart part (GraphRequest.Add(string, GraphFile?)).
                ScalarKind.String or ScalarKind.Id or ScalarKind.File => $"request.Add({wire}, {value});",
                _ => nullableValueType ? $"request.Add({wire}, {value});" : $"request.Add({wire}, ({mapper.TypeName(type)}?){value});",
            });
            return statements;
        }

        var local = "p" + property;
        statements.Add(IsValueType(type, mapper) && !nullableValueType
            ? $"var {local} = {value};"
            : $"if ({value} is {{ }} {local})");
        statements.Add("{");
        if (mapper.IsEnum(type))
        {
            statements.Add($"request.Add({wire}, global::{mapper.EnumExtensionsOf(type)}.ToWireValue({local}));");
        }
        else
        {
            var write = new List<string>();
            mapper.WriteValue(type, "value", write);
            statements.Add($"request.AddJson({wire}, {local}, static (writer, value) =>");
            statements.Add("{");
            statements.AddRange(write);
            statements.Add("});");
        }

        statements.Add("}");
        return statements;
    }

    private static bool IsValueType(TypeRef type, TypeMapper mapper)
        => (type.Kind == TypeKind.Scalar && type.Scalar is not (ScalarKind.String or ScalarKind.Id or ScalarKind.File)) || mapper.IsEnum(type);

    private static string Bound(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "∞";
}
