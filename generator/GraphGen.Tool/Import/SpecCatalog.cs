using System.Collections.Generic;

namespace GraphGen.Tool.Import;

/// <summary>Facebook's API spec folder, read: one <see cref="SpecType"/> per node file plus the enum types.</summary>
public sealed record SpecCatalog(string? ApiVersion, IReadOnlyList<SpecType> Types, IReadOnlyList<SpecEnum> Enums);

/// <summary>One node file (<c>User.json</c>): its fields and its APIs. <see cref="File"/> names it in messages.</summary>
public sealed record SpecType(string Name, string File, IReadOnlyList<SpecField> Fields, IReadOnlyList<SpecApi> Apis);

/// <summary><c>{name, type}</c> of <c>fields</c>, or <c>{name, required, type}</c> of an API's <c>params</c>.</summary>
public sealed record SpecField(string Name, string Type, bool Required, string JsonPath);

/// <summary>
/// One entry of <c>apis</c>: an edge call when <see cref="Endpoint"/> is set (<c>GET /{id}/albums</c>), otherwise a
/// call on the node itself named by <see cref="Name"/> (<c>#get</c>, <c>#update</c>, <c>#delete</c>).
/// </summary>
public sealed record SpecApi(string Method, string? Endpoint, string? Name, string Return, IReadOnlyList<SpecField> Params, string JsonPath)
{
    public bool IsEdgeCall => !string.IsNullOrEmpty(Endpoint);
}

/// <summary>An entry of <c>enum_types.json</c>.</summary>
public sealed record SpecEnum(string Name, string? Node, string? FieldOrParam, IReadOnlyList<string> Values, string JsonPath);
