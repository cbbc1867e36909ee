using GraphGen.Generator.Common;
using GraphGen.Generator.Diagnostics;

namespace GraphGen.Generator.Schema.Model;

/// <summary>
/// All schema files combined and validated: references resolved, duplicates and conflicts reported.
/// Nodes and structs are in declaration order (file path order, then document order) so output is stable.
/// </summary>
public sealed record GraphSchema(
    string ApiVersion,
    string Namespace,
    string ClientName,
    EquatableArray<NodeSchema> Nodes,
    EquatableArray<EnumSchema> Enums,
    EquatableArray<ErrorSchema> Errors,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>Where the <c>client:</c> in effect is written; null for the default name.</summary>
    public LocationInfo? ClientNameLocation { get; init; }

    /// <summary>True when an error-severity diagnostic was found; the generator then emits nothing.</summary>
    public bool HasErrors
    {
        get
        {
            foreach (var d in Diagnostics)
            {
                if (d.Descriptor.DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
