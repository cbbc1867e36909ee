using Microsoft.CodeAnalysis;

namespace GraphGen.Generator.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports. Ids are stable (users suppress them by id); each one is documented in
/// docs/diagnostics.md under an anchor of the lowercase id.
/// </summary>
public static class DiagnosticDescriptors
{
    private const string Category = "GraphGen";

    // Constant ids, titles and severities at each `new`: the release tracking analyzer (RS2000-RS2008) reads them and
    // checks them against AnalyzerReleases.Shipped.md / AnalyzerReleases.Unshipped.md.
    private const string HelpLink = "https://github.com/graphgen/graphgen/blob/main/docs/diagnostics.md#";

    public static readonly DiagnosticDescriptor YamlSyntaxError = new(
        "GG0001", "Invalid YAML", "Invalid YAML: {0}",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink + "gg0001");

    public static readonly DiagnosticDescriptor EmptyFile = new(
        "GG0002", "Empty schema file", "Schema file '{0}' is empty; it declares nothing",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLink + "gg0002");

    public static readonly DiagnosticDescriptor FileTooLarge = new(
        "GG0003", "Schema file too large", "Schema file is {0} bytes; the limit is {1} bytes, split it into several *.graph.yaml files",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink + "gg0003");

    public static readonly DiagnosticDescriptor NotUtf8 = new(
        "GG0004", "Schema file is not UTF-8", "Schema file is not valid UTF-8 (byte sequence replaced by U+FFFD here); save it as UTF-8",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink + "gg0004");

    public static readonly DiagnosticDescriptor AliasNotAllowed = new(
        "GG0005", "YAML aliases are not allowed", "YAML alias '*{0}' is not allowed in schema files; write the content out instead",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink + "gg0005");

    public static readonly DiagnosticDescriptor UnknownKey = new(
        "GG0006", "Unknown key", "Unknown key '{0}' in {1}{2}",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLink + "gg0006");

    public static readonly DiagnosticDescriptor MissingRequiredKey = new(
        "GG0007", "Missing required key", "{0} is missing the required key '{1}'",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink + "gg0007");

    public static readonly DiagnosticDescriptor WrongNodeKind = new(
        "GG0008", "Wrong kind of YAML value", "Expected {0} for {1}, found {2}",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink + "gg0008");

    public static readonly DiagnosticDescriptor InvalidTypeExpression = new(
        "GG0009", "Invalid type expression", "Invalid type '{0}': {1}",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink + "gg0009");

    public static readonly DiagnosticDescriptor UnknownTypeReference = new(
        "GG0010", "Unknown type", "Type '{0}' used by {1} is not a built-in type nor a node, struct or enum declared in any schema file{2}",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink + "gg0010");

    public static readonly DiagnosticDescriptor DuplicateTypeName = new(
        "GG0011", "Duplicate type name", "Type '{0}' is already declared in '{1}' (line {2}); type names must be unique across all schema files",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink + "gg0011");

    public static readonly DiagnosticDescriptor ConflictingHeader = new(
        "GG0012", "Schema files disagree on a header value", "'{0}' is '{1}' here but '{2}' in '{3}'; all files that set it must agree",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink + "gg0012");

    public static readonly DiagnosticDescriptor DuplicateKey = new(
        "GG0013", "Duplicate key", "Duplicate {0} '{1}' in {2}",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink + "gg0013");

    public static readonly DiagnosticDescriptor DuplicateEnumValue = new(
        "GG0014", "Duplicate enum value", "Enum '{0}' lists the value '{1}' more than once",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink + "gg0014");

    public static readonly DiagnosticDescriptor EnumMemberNameCollision = new(
        "GG0015", "Enum values collide after conversion to C#", "Enum '{0}': values '{1}' and '{2}' both become the C# member '{3}'; give one of them an explicit 'name:'",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink + "gg0015");

    public static readonly DiagnosticDescriptor InvalidIdentifier = new(
        "GG0016", "Invalid C# identifier", "'{0}' cannot be used as the C# {1}: {2}",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink + "gg0016");

    public static readonly DiagnosticDescriptor InvalidApiVersion = new(
        "GG0017", "Invalid api_version", "api_version '{0}' is not of the form vNN.N (for example v19.0)",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink + "gg0017");

    public static readonly DiagnosticDescriptor InvalidErrorCategory = new(
        "GG0018", "Invalid error category", "Unknown error category '{0}'; expected one of rate_limit, transient, auth, permission, validation, other{1}",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink + "gg0018");

    public static readonly DiagnosticDescriptor UnknownErrorCode = new(
        "GG0019", "Unknown error code", "Operation '{0}' lists error code {1}, which is not in the 'errors' catalog of any schema file",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink + "gg0019");

    public static readonly DiagnosticDescriptor UnknownOneOfParameter = new(
        "GG0020", "one_of names an unknown parameter", "one_of of operation '{0}' names '{1}', which is not a parameter of the operation{2}",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink + "gg0020");

    public static readonly DiagnosticDescriptor MinGreaterThanMax = new(
        "GG0021", "min is greater than max", "'{0}' has min {1} greater than max {2}",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink + "gg0021");

    public static readonly DiagnosticDescriptor InvalidValue = new(
        "GG0022", "Invalid value", "Invalid value '{0}' for '{1}': expected {2}",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink + "gg0022");

    public static readonly DiagnosticDescriptor DuplicateErrorCode = new(
        "GG0023", "Duplicate error code", "Error code {0} is already declared in '{1}' (line {2})",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink + "gg0023");

    public static readonly DiagnosticDescriptor NotANodeOrStruct = new(
        "GG0024", "Enum used where a node or struct is needed", "{0} must name a node or struct, but '{1}' is an enum",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink + "gg0024");

    public static readonly DiagnosticDescriptor NestingTooDeep = new(
        "GG0025", "Schema nested too deeply", "The schema is nested more than {0} levels deep here",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink + "gg0025");

    public static readonly DiagnosticDescriptor GeneratedTypeNameClash = new(
        "GG0026", "Generated C# type names clash",
        "The C# type '{0}' generated for {1} clashes with '{2}' generated for {3} (type and file names are compared ignoring case); {4}",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink + "gg0026");

    public static readonly DiagnosticDescriptor GeneratedMemberNameClash = new(
        "GG0027", "Generated C# member names clash",
        "In the generated type '{0}', the member '{1}' for {2} clashes with {3}; {4}",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink + "gg0027");

    public static readonly DiagnosticDescriptor ParameterOnlyKey = new(
        "GG0028", "Key only applies to parameters",
        "'{0}' has no effect on {1}: it only applies to operation and edge parameters",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLink + "gg0028");

    // GG0029 is the GraphGen analyzer's (generator/GraphGen.Analyzers/AnalyzerDiagnostics.cs): a read of a field the
    // request did not select.
    public static readonly DiagnosticDescriptor UnknownGenerationRoot = new(
        "GG0030", "Unknown generation root",
        "'{0}' in the MSBuild property {1} is not a node, struct or enum of the schema{2}",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink + "gg0030");

    public static readonly DiagnosticDescriptor UnexpectedFailure = new(
        "GG9999", "Unexpected generator failure", "The GraphGen generator failed while processing '{0}': {1}",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink + "gg9999");
}
