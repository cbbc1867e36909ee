using GraphGen.Generator.Common;
using GraphGen.Generator.Diagnostics;
using GraphGen.Generator.Schema.Model;

namespace GraphGen.Generator.Model;

/// <summary>
/// The validated schema with the C# names <see cref="NameAuthority"/> decided for it, and the clashes it found.
/// The value every model builder starts from.
/// </summary>
public sealed record NamedSchema(GraphSchema Schema, GeneratedNames Names, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>True when the schema or its names have an error: the generator then emits no C# at all.</summary>
    public bool HasErrors => Schema.HasErrors || HasError(Diagnostics);

    private static bool HasError(EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            if (d.Descriptor.DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error)
            {
                return true;
            }
        }

        return false;
    }
}
