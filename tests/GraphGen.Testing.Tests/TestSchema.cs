using System;
using GraphGen.Runtime.Metadata;

namespace GraphGen.Testing.Tests;

/// <summary>A small schema built by hand: a user with albums, albums with photos, a custom audience, an ad account.</summary>
internal static class TestSchema
{
    public static GraphSchemaInfo Create() => new("v25.0", new[]
    {
        Node("User", "Users",
            new[]
            {
                Field("id", "id", isDefault: true), Field("name", "string", isDefault: true), Field("first_name", "string"),
                Field("email", "string"), Field("hometown", "Page", "Page"), Field("about", "string", deprecated: true),
            },
            new[]
            {
                new GraphEdgeInfo("albums", "Album", true, true, Array.Empty<GraphOperationInfo>()),
                new GraphEdgeInfo("picture", "Picture", false, true, Array.Empty<GraphOperationInfo>()),
            },
            new[]
            {
                new GraphOperationInfo("update", "POST", new[] { "firstname", "name" }, Array.Empty<string>(), "SuccessResult"),
                new GraphOperationInfo("delete", "DELETE", Array.Empty<string>(), Array.Empty<string>(), "SuccessResult"),
            }),
        Node("Page", "Pages", new[] { Field("id", "id"), Field("name", "string"), Field("fan_count", "int64") }),
        Node("Album", null, new[] { Field("id", "id"), Field("name", "string"), Field("count", "int64") },
            new[] { new GraphEdgeInfo("photos", "Photo", true, true, Array.Empty<GraphOperationInfo>()) }),
        Node("Photo", null, new[] { Field("id", "id"), Field("name", "string"), Field("width", "int64") }),
        Node("CustomAudience", "CustomAudiences",
            new[] { Field("id", "id"), Field("name", "string"), Field("approximate_count_lower_bound", "int64") },
            new[]
            {
                new GraphEdgeInfo("users", "User", true, false, new[]
                {
                    new GraphOperationInfo("add", "POST", new[] { "payload", "session" }, Array.Empty<string>(), "CustomAudienceUsersResult"),
                    new GraphOperationInfo("remove", "DELETE", new[] { "payload", "session" }, Array.Empty<string>(), "CustomAudienceUsersResult"),
                }),
            }),
        new GraphTypeInfo("AdAccount", true, "AdAccounts", "act_", new[] { Field("id", "id"), Field("name", "string") },
            new[]
            {
                new GraphEdgeInfo("assigned_users", "AssignedUser", true, true, new[]
                {
                    new GraphOperationInfo("remove", "DELETE", new[] { "user" }, new[] { "user" }, "SuccessResult"),
                }),
            },
            Array.Empty<GraphOperationInfo>()),
        Struct("AssignedUser", Field("id", "id"), Field("name", "string")),
        Struct("Picture", Field("url", "string"), Field("width", "int64")),
        Struct("SuccessResult", Field("success", "bool")),
        Struct("CustomAudienceUsersResult", Field("audience_id", "id"), Field("num_received", "int32")),
    });

    private static GraphTypeInfo Node(string name, string? root, GraphFieldInfo[] fields, GraphEdgeInfo[]? edges = null, GraphOperationInfo[]? operations = null) =>
        new(name, true, root, string.Empty, fields, edges ?? Array.Empty<GraphEdgeInfo>(),
            operations ?? new[] { new GraphOperationInfo("get", "GET", Array.Empty<string>(), Array.Empty<string>(), null) });

    private static GraphTypeInfo Struct(string name, params GraphFieldInfo[] fields) =>
        new(name, false, null, string.Empty, fields, Array.Empty<GraphEdgeInfo>(), Array.Empty<GraphOperationInfo>());

    private static GraphFieldInfo Field(string name, string type, string? objectType = null, bool isDefault = false, bool deprecated = false) =>
        new(name, type, objectType, isDefault, deprecated);
}
