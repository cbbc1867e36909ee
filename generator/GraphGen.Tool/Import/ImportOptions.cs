using System.Collections.Generic;

namespace GraphGen.Tool.Import;

/// <summary>What <c>graphgen import</c> was asked to do.</summary>
public sealed record ImportOptions(string Source, string OutputFolder)
{
    /// <summary>Node names whose reachable types are written; empty for every type.</summary>
    public IReadOnlyList<string> Roots { get; init; } = [];

    /// <summary>
    /// <c>--update</c>: refresh only the types already in the output folder and declare no new one; references to
    /// other spec types are written as <c>json</c> (enums as <c>string</c>) with their <c>spec_type</c>.
    /// </summary>
    public bool Update { get; init; }

    /// <summary><c>namespace:</c> of the header; null keeps the existing one (or none).</summary>
    public string? Namespace { get; init; }

    /// <summary><c>client:</c> of the header; null keeps the existing one (or none).</summary>
    public string? Client { get; init; }

    /// <summary><c>api_version:</c> when the spec folder has no version.txt.</summary>
    public string? ApiVersion { get; init; }
}
