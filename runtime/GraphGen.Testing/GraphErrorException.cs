using System;

namespace GraphGen.Testing;

/// <summary>
/// Raised inside the schema-aware fake to answer a request with a Graph error body; the messages are the ones
/// graph.facebook.com sends for the same mistake, so client code sees what production would show it.
/// </summary>
internal sealed class GraphErrorException : Exception
{
    private GraphErrorException(FakeResponse response, string message)
        : base(message) => Response = response;

    public FakeResponse Response { get; }

    // Graph: HTTP 400, {"error":{"message":"(#100) Tried accessing nonexisting field (foo) on node type (User)","type":"OAuthException","code":100,...}}
    public static GraphErrorException NonexistingField(string field, string typeName) =>
        Create(100, null, $"(#100) Tried accessing nonexisting field ({field}) on node type ({typeName})");

    // Graph: code 100, subcode 33, type GraphMethodException for an unknown id or an edge/method the node does not have.
    public static GraphErrorException UnsupportedRequest(string method, string id) =>
        Create(100, 33,
            $"Unsupported {method.ToLowerInvariant()} request. Object with ID '{id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api",
            "GraphMethodException");

    // Graph: "(#100) The parameter user is required".
    public static GraphErrorException MissingParameter(string parameter) =>
        Create(100, null, $"(#100) The parameter {parameter} is required");

    // Graph: "(#100) Invalid parameter" with a more specific error_user_msg; the message here names the problem.
    public static GraphErrorException InvalidParameter(string detail) =>
        Create(100, null, $"(#100) {detail}");

    private static GraphErrorException Create(int code, int? subcode, string message, string type = "OAuthException") =>
        new(GraphResponses.Error(code, subcode, message, type: type), message);
}
