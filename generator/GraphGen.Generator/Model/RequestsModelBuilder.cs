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
                parameterTypes.Add(BuildParameters(query, Docs.Of(null, DocSubject.EdgeQuery, edge.WireName), edge.Params, EquatableArray<EquatableArray<string>>.Empty, context, isQuery: true));
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
                edge.WireName,
                edgeNames.BuilderName,
                target is null ? null : context.Qualified(target.Name),
                target is null ? null : context.Qualified(target.FieldsName),
                edge.IsRawJson,
                edge.Paging == PagingKind.Cursor,
                edge.Readable,
                queryType,
                Docs.Of(edge.Description, DocSubject.Edge, edge.WireName),
                Docs.ObsoleteText(edge.Deprecated, false, null),
                edgeOperations.ToEquatableArray()));
        }

        return new NodeRequestsModel(
            context.Namespace,
            context.Accessibility,
            names.Name,
            names.BuilderName!,
            names.FieldsName,
            names.CollectionBuilderName,
            node.IdPrefix ?? string.Empty,
            Docs.Of(node.Description, DocSubject.Node, node.Name),
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
            var model = BuildParameters(parameterNames, Docs.Of(null, DocSubject.OperationParameters, op.Name, HttpMethodName(op.Method)), op.Params, op.OneOf, context, isQuery: false);
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
            Docs.Of(op.Description, DocSubject.Operation, op.Name, HttpMethodName(op.Method)),
            Errors(op, context));
    }

    // GET, POST, DELETE: how the reference pages and the docs name an operation's method.
    private static string HttpMethodName(OperationMethod method) => method.ToString().ToUpperInvariant();

    private static EquatableArray<OperationErrorModel> Errors(OperationSchema op, SchemaContext context)
    {
        var errors = new List<OperationErrorModel>();
        foreach (var code in op.Errors)
        {
            if (context.Errors.TryGetValue(code, out var error))
            {
                errors.Add(new OperationErrorModel(error.Name, code, error.Description));
            }
        }

        return errors.ToEquatableArray();
    }

    private static ParametersModel BuildParameters(
        ParametersNames names, DocModel doc, EquatableArray<FieldSchema> fields, EquatableArray<EquatableArray<string>> oneOf, SchemaContext context, bool isQuery)
    {
        var mapper = context.Mapper;
        var parameters = new List<ParameterModel>();
        var propertyByWire = new Dictionary<string, string>();
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            var parameterNames = names.Parameters[i];
            propertyByWire[field.WireName] = parameterNames.Name;
            var argument = parameterNames.Argument;
            parameters.Add(new ParameterModel(
                parameterNames.Name,
                parameterNames.HidesInherited,
                argument,
                argument.TrimStart('@'),
                field.WireName,
                mapper.ValueOf(field.Type),
                field.Required,
                field.Min,
                field.Max,
                Docs.ForField(field, DocSubject.Parameter),
                Docs.ObsoleteText(field.Deprecated, field.CoreDeprecated, field.NoDataSince)));
        }

        var groups = new List<OneOfGroup>();
        foreach (var group in oneOf)
        {
            var members = group.Where(propertyByWire.ContainsKey).Select(w => propertyByWire[w]).ToList();
            if (members.Count > 0)
            {
                groups.Add(new OneOfGroup(members.ToEquatableArray(), group));
            }
        }

        // A query class says which parameter a call cannot do without, so a call without any query fails before it is
        // sent. (Operation parameters are a required argument already.)
        var required = isQuery ? parameters.FirstOrDefault(p => p.Required)?.WireName : null;
        return new ParametersModel(names.Name, doc, parameters.ToEquatableArray(), groups.ToEquatableArray(), required);
    }
}
