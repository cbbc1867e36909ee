using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;

namespace GraphGen.Testing;

/// <summary>
/// Graph's batch endpoint: <c>POST /</c> with <c>batch=[{"method","relative_url","body"?,"name"?}]</c>, answered by
/// an array of <c>{"code", "headers": [{"name","value"}], "body": "&lt;JSON text&gt;"}</c>, one per item, each
/// dispatched as if it had been its own request. Not supported: <c>depends_on</c> and <c>{result=...}</c> references.
/// </summary>
internal sealed class BatchEndpoint
{
    /// <summary>Graph's limit of items per batch.</summary>
    public const int MaxItems = 50;

    private readonly Func<RecordedRequest, FakeResponse> _dispatchItem;

    public BatchEndpoint(Func<RecordedRequest, FakeResponse> dispatchItem) => _dispatchItem = dispatchItem;

    public FakeResponse Handle(string batchJson, string version, RecordedRequest outer)
    {
        JsonArray items;
        try
        {
            items = JsonNode.Parse(batchJson) as JsonArray ?? throw GraphErrorException.InvalidParameter("The parameter batch must be a JSON array");
        }
        catch (JsonException)
        {
            throw GraphErrorException.InvalidParameter("The parameter batch must be a JSON array");
        }

        if (items.Count > MaxItems) throw GraphErrorException.InvalidParameter($"Too many requests in batch message. Maximum batch size is {MaxItems}");
        var answers = new JsonArray();
        foreach (JsonNode? item in items)
        {
            if (item is not JsonObject request || request["relative_url"]?.ToString() is not { } relativeUrl)
            {
                throw GraphErrorException.InvalidParameter("Each batch item needs a relative_url");
            }

            string method = (request["method"]?.ToString() ?? "GET").ToUpperInvariant();
            FakeResponse response = _dispatchItem(ItemRequest(method, relativeUrl, request["body"]?.ToString() ?? string.Empty, version, outer));
            var headers = new JsonArray(new JsonObject { ["name"] = "Content-Type", ["value"] = response.ContentType ?? "text/plain" });
            foreach (KeyValuePair<string, string> header in response.Headers) headers.Add(new JsonObject { ["name"] = header.Key, ["value"] = header.Value });
            answers.Add(new JsonObject { ["code"] = response.StatusCode, ["headers"] = headers, ["body"] = response.Body });
        }

        return FakeResponse.Json(answers.ToJsonString());
    }

    // relative_url may carry its own version ("v25.0/me?fields=id") or none ("me"): the batch's version applies then.
    private static RecordedRequest ItemRequest(string method, string relativeUrl, string body, string version, RecordedRequest outer)
    {
        string url = relativeUrl.TrimStart('/');
        int queryStart = url.IndexOf('?', StringComparison.Ordinal);
        string path = queryStart < 0 ? url : url[..queryStart];
        string queryString = queryStart < 0 ? string.Empty : url[queryStart..];
        if (!FakeGraphDispatcher.IsVersion(path.Split('/')[0])) path = version + "/" + path;
        return new RecordedRequest(method, "/" + path, queryString, Flatten(QueryHelpers.ParseQuery(queryString)), Flatten(QueryHelpers.ParseQuery(body)), outer.Headers, body);
    }

    private static Dictionary<string, string> Flatten(Dictionary<string, Microsoft.Extensions.Primitives.StringValues> values) =>
        values.ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal);
}
