using GraphGen.Generator.Diagnostics;

namespace GraphGen.Generator.Schema.Model;

/// <summary>
/// A C# name written in the YAML (<c>name:</c>, <c>params_name:</c>), already checked to be an identifier, and where
/// it is written, so that a clash it causes is reported on it.
/// </summary>
public sealed record NameOverride(string Name, LocationInfo Location);
