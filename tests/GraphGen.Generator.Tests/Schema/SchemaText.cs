using System.Linq;
using GraphGen.Generator.Diagnostics;
using GraphGen.Generator.Schema;
using GraphGen.Generator.Schema.Model;

namespace GraphGen.Generator.Tests.Schema;

/// <summary>Schema texts shared by the schema tests, and small helpers to load them.</summary>
internal static class SchemaText
{
    /// <summary>A small schema using every construct once; it must load with no diagnostics.</summary>
    public const string Minimal = """
        api_version: v19.0
        namespace: Acme.Graph
        client: FacebookApi
        nodes:
          User:
            description: A Facebook user.
            root: Users
            fields:
              id: id
              name: { type: string, description: The person's full name, default: true }
              age_range:
                type: object
                description: The age segment.
                fields:
                  min: int32
                  max: int32
              favorite_athletes: list<Experience>
              status: UserStatus
              birthday: { type: string, permission: user_birthday, deprecated: Use age_range, no_data_since: 2018-04-04 }
            edges:
              albums:
                target: Album
                params:
                  limit: { type: int32, min: 1, max: 100 }
                operations:
                  add:
                    method: POST
                    params:
                      payload:
                        type: object
                        fields:
                          schema: string
                    errors: [100]
            operations:
              get: {}
              update:
                method: POST
                params:
                  user: id
                  uid: id
                one_of: [[user, uid]]
                returns: SuccessResult
                errors: [100, 190]
          Album:
            fields:
              id: id
        structs:
          Experience:
            fields:
              id: id
              name: string
          SuccessResult:
            fields:
              success: bool
        enums:
          UserStatus:
            values: [ACTIVE, { value: "1", name: One, description: Number one }]
        errors:
          100: { name: InvalidParameter, category: validation, description: Invalid parameter }
          190: { name: InvalidToken, category: auth }
        """;

    public static SchemaDocument Load(string yaml, string path = "test.graph.yaml") => SchemaLoader.Load(path, yaml);

    public static GraphSchema Combine(params (string Path, string Yaml)[] files)
        => SchemaValidator.Combine(files.Select(static f => SchemaLoader.Load(f.Path, f.Yaml)));

    /// <summary>"GG0010@12:9" (1-based, as an editor shows it), for readable assertion failures.</summary>
    public static string Describe(DiagnosticInfo diagnostic)
        => diagnostic.Descriptor.Id + "@" + (diagnostic.Location is null ? "?" : (diagnostic.Location.StartLine + 1) + ":" + (diagnostic.Location.StartColumn + 1));

    public static string[] Describe(GraphSchema schema) => schema.Diagnostics.Select(Describe).ToArray();

    public static string[] Describe(SchemaDocument document) => document.Diagnostics.Select(Describe).ToArray();
}
