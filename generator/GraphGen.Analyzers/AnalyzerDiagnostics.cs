using Microsoft.CodeAnalysis;

namespace GraphGen.Analyzers;

/// <summary>
/// The diagnostics of the GraphGen analyzers. Ids continue the generator's catalogue
/// (generator/GraphGen.Generator/Diagnostics/DiagnosticDescriptors.cs, which reserves them); each one is documented in
/// docs/diagnostics.md under an anchor of the lowercase id.
/// </summary>
public static class AnalyzerDiagnostics
{
    private const string Category = "GraphGen";
    private const string HelpLink = "https://github.com/graphgen/graphgen/blob/main/docs/diagnostics.md#";

    /// <summary>Names the property a GG0029 diagnostic is about (the code fixes read it).</summary>
    public const string MemberProperty = "Member";

    /// <summary>"true" when the missing selector member is an expansion (a method: <c>f.Address()</c>).</summary>
    public const string ExpandProperty = "Expand";

    /// <summary>The argument of the <c>Has</c> check, as it reads at the diagnostic (e.g. <c>User.Field.Email</c>).</summary>
    public const string HasArgumentProperty = "HasArgument";

    // Graph returns only the fields a request names in `fields=`: any other property stays null, silently.
    public static readonly DiagnosticDescriptor UnselectedFieldRead = new(
        "GG0029", "Field read but not selected",
        "'{0}.{1}' is read here but the request's field selection does not include it, so it is always null; add '{1}' to the selection or check Has({2}) first",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLink + "gg0029");
}
