using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GraphGen.Runtime.Metadata;

namespace GraphGen.Testing;

/// <summary>
/// Answers one request from the schema and the data: <c>GET /{id}</c> (fields), <c>GET /{id}/{edge}</c> (pages),
/// <c>POST</c>/<c>DELETE</c> on nodes and edges as the schema's operations allow, custom-audience uploads, and the
/// batch endpoint. Used for HTTP requests and for the items of a batch alike.
/// </summary>
internal sealed partial class FakeGraphDispatcher
{
    private readonly FakeGraphData _data;
    private readonly Func<string, string> _url;
    private readonly AudienceUsersEndpoint _audiences;
    private readonly BatchEndpoint _batch;

    public FakeGraphDispatcher(FakeGraphData data, FakeAudienceUploads uploads, Func<string, string> url, Func<RecordedRequest, FakeResponse> dispatchItem)
    {
        _data = data;
        _url = url;
        _audiences = new AudienceUsersEndpoint(data, uploads);
        _batch = new BatchEndpoint(dispatchItem);
    }

    public FakeResponse Dispatch(RecordedRequest request)
    {
        string[] segments = request.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        string version = _data.Schema.ApiVersion;
        if (segments.Length > 0 && IsVersion(segments[0]))
        {
            version = segments[0];
            segments = segments[1..];
        }

        try
        {
            if (segments.Length == 0 && request.Method == "POST" && request.Parameter("batch") is { } batch)
            {
                return _batch.Handle(batch, version, request);
            }

            lock (_data.Gate)
            {
                JsonNode answer = segments.Length switch
                {
                    1 => Node(request, version, Uri.UnescapeDataString(segments[0])),
                    2 => Edge(request, version, Uri.UnescapeDataString(segments[0]), segments[1]),
                    _ => throw GraphErrorException.UnsupportedRequest(request.Method, string.Join("/", segments)),
                };
                return FakeResponse.Json(answer.ToJsonString());
            }
        }
        catch (GraphErrorException error)
        {
            return error.Response;
        }
    }

    private JsonNode Node(RecordedRequest request, string version, string id)
    {
        if (!_data.TryGetNode(id, out string nodeId, out GraphTypeInfo type, out JsonObject fields)) throw GraphErrorException.UnsupportedRequest(request.Method, id);
        switch (request.Method)
        {
            case "GET":
                return Renderer(version).Render(type, fields, Fields(request));
            case "POST":
            {
                GraphOperationInfo operation = Operation(type.Operations, "POST", request, id);
                foreach (string parameter in operation.Parameters)
                {
                    if (request.Parameter(parameter) is { } value && FieldFor(type, parameter) is { } field) fields[field.Name] = Convert(field, value);
                }

                // Read-after-write: with `fields`, Graph answers the updated node instead of {"success": true}.
                return request.Parameter("fields") is not null ? Renderer(version).Render(type, fields, Fields(request)) : Result(operation, type, fields, nodeId);
            }

            case "DELETE":
            {
                GraphOperationInfo operation = Operation(type.Operations, "DELETE", request, id);
                _data.Remove(nodeId);
                return Result(operation, type, fields, nodeId);
            }

            default:
                throw GraphErrorException.UnsupportedRequest(request.Method, id);
        }
    }

    private JsonNode Edge(RecordedRequest request, string version, string id, string edgeName)
    {
        if (!_data.TryGetNode(id, out string nodeId, out GraphTypeInfo type, out _)) throw GraphErrorException.UnsupportedRequest(request.Method, id);

        // Graph answers an unknown edge exactly like an unknown field: /me/foo -> (#100) Tried accessing nonexisting field (foo).
        GraphEdgeInfo edge = type.FindEdge(edgeName) ?? throw GraphErrorException.NonexistingField(edgeName, type.Name);
        if (request.Method == "GET")
        {
            if (!edge.IsReadable) throw GraphErrorException.UnsupportedRequest("GET", $"{id}/{edgeName}");
            int limit = int.TryParse(request.Parameter("limit"), NumberStyles.None, CultureInfo.InvariantCulture, out int l) ? l : NodeRenderer.DefaultLimit;
            NodeRenderer renderer = Renderer(version);
            return edge.IsPaged
                ? renderer.RenderPage(nodeId, edge, Fields(request), limit, request.Parameter("after"), request.Parameter("before"))
                : renderer.RenderSingle(nodeId, edge, Fields(request));
        }

        GraphOperationInfo operation = Operation(edge.Operations, request.Method, request, $"{id}/{edgeName}");
        if (operation.Parameters.Contains("payload") && edgeName == "users") return _audiences.Handle(nodeId, request);
        GraphTypeInfo? target = _data.Schema.FindType(edge.Target);
        if (request.Method == "POST")
        {
            var item = new JsonObject();
            foreach (string parameter in operation.Parameters)
            {
                if (request.Parameter(parameter) is { } value && target is not null && FieldFor(target, parameter) is { } field) item[field.Name] = Convert(field, value);
            }

            string? itemId = _data.AddToEdge(nodeId, edgeName, item);
            return itemId is not null && operation.Returns is null ? new JsonObject { ["id"] = itemId } : Result(operation, target, item, itemId);
        }

        // DELETE /{id}/{edge}: unlist every item named by one of the operation's parameters (user, asid, psid...).
        foreach (string parameter in operation.Parameters)
        {
            if (request.Parameter(parameter) is { Length: > 0 } itemId) _data.RemoveFromEdge(nodeId, edgeName, itemId);
        }

        return Result(operation, target, null, null);
    }

    // Graph answers writes with the operation's return struct; SuccessResult is {"success": true}.
    private JsonObject Result(GraphOperationInfo operation, GraphTypeInfo? type, JsonObject? node, string? id)
    {
        if (operation.Returns is null) return type is not null && node is not null ? Renderer(_data.Schema.ApiVersion).Render(type, node, null) : new JsonObject { ["success"] = true };
        GraphTypeInfo? returns = _data.Schema.FindType(operation.Returns);
        var result = new JsonObject();
        if (returns?.FindField("success") is not null || returns is null) result["success"] = true;
        if (returns?.FindField("id") is not null && id is not null) result["id"] = id;
        return result;
    }

    private static GraphOperationInfo Operation(IReadOnlyList<GraphOperationInfo> operations, string method, RecordedRequest request, string target)
    {
        GraphOperationInfo operation = operations.FirstOrDefault(o => string.Equals(o.Method, method, StringComparison.OrdinalIgnoreCase))
            ?? throw GraphErrorException.UnsupportedRequest(method, target);
        foreach (string required in operation.RequiredParameters)
        {
            if (string.IsNullOrEmpty(request.Parameter(required))) throw GraphErrorException.MissingParameter(required);
        }

        return operation;
    }

    // Update parameters are named like the fields they set, sometimes without the underscore (firstname -> first_name).
    private static GraphFieldInfo? FieldFor(GraphTypeInfo type, string parameter) =>
        type.FindField(parameter) ?? type.Fields.FirstOrDefault(f => f.Name.Replace("_", string.Empty, StringComparison.Ordinal) == parameter);

    private static JsonNode? Convert(GraphFieldInfo field, string value)
    {
        switch (field.Type)
        {
            case "int32" or "int64" or "timestamp" when long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long number):
                return number;
            case "float" when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double real):
                return real;
            case "bool":
                return value is "true" or "1";
            case "string" or "id" or "datetime":
                return value;
        }

        try
        {
            return field.ObjectType is not null || field.Type.StartsWith("list<", StringComparison.Ordinal) || field.Type == "json" ? JsonNode.Parse(value) : value;
        }
        catch (JsonException)
        {
            return value;
        }
    }

    private static IReadOnlyList<RequestedField>? Fields(RecordedRequest request)
    {
        if (request.Parameter("fields") is not { } text) return null;
        try
        {
            return FieldsParser.Parse(text);
        }
        catch (FormatException ex)
        {
            throw GraphErrorException.InvalidParameter("Syntax error in fields: " + ex.Message);
        }
    }

    /// <summary>Whether a path segment is an API version such as <c>v25.0</c>.</summary>
    public static bool IsVersion(string segment) => VersionSegment().IsMatch(segment);

    private NodeRenderer Renderer(string version) => new(_data, _url, version);

    [GeneratedRegex(@"^v[0-9]{1,3}\.[0-9]{1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionSegment();
}
