using Microsoft.CodeAnalysis;

namespace GraphGen.Generator.Diagnostics;

// RS2008 wants AnalyzerReleases.*.md release tracking; the ids are tracked in docs/diagnostics.md instead.
#pragma warning disable RS2008

/// <summary>
/// Every diagnostic the generator reports. Ids are stable (users suppress them by id); each one is documented in
/// docs/diagnostics.md under an anchor of the lowercase id.
/// </summary>
public static class DiagnosticDescriptors
{
    private const string Category = "GraphGen";

    public static readonly DiagnosticDescriptor YamlSyntaxError = Error(
        "GG0001", "Invalid YAML", "Invalid YAML: {0}");

    public static readonly DiagnosticDescriptor EmptyFile = Create(
        "GG0002", "Empty schema file", "Schema file '{0}' is empty; it declares nothing", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor FileTooLarge = Error(
        "GG0003", "Schema file too large", "Schema file is {0} bytes; the limit is {1} bytes, split it into several *.graph.yaml files");

    public static readonly DiagnosticDescriptor NotUtf8 = Error(
        "GG0004", "Schema file is not UTF-8", "Schema file is not valid UTF-8 (byte sequence replaced by U+FFFD here); save it as UTF-8");

    public static readonly DiagnosticDescriptor AliasNotAllowed = Error(
        "GG0005", "YAML aliases are not allowed", "YAML alias '*{0}' is not allowed in schema files; write the content out instead");

    public static readonly DiagnosticDescriptor UnknownKey = Create(
        "GG0006", "Unknown key", "Unknown key '{0}' in {1}{2}", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor MissingRequiredKey = Error(
        "GG0007", "Missing required key", "{0} is missing the required key '{1}'");

    public static readonly DiagnosticDescriptor WrongNodeKind = Error(
        "GG0008", "Wrong kind of YAML value", "Expected {0} for {1}, found {2}");

    public static readonly DiagnosticDescriptor InvalidTypeExpression = Error(
        "GG0009", "Invalid type expression", "Invalid type '{0}': {1}");

    public static readonly DiagnosticDescriptor UnknownTypeReference = Error(
        "GG0010", "Unknown type", "Type '{0}' used by {1} is not a built-in type nor a node, struct or enum declared in any schema file{2}");

    public static readonly DiagnosticDescriptor DuplicateTypeName = Error(
        "GG0011", "Duplicate type name", "Type '{0}' is already declared in '{1}' (line {2}); type names must be unique across all schema files");

    public static readonly DiagnosticDescriptor ConflictingHeader = Error(
        "GG0012", "Schema files disagree on a header value", "'{0}' is '{1}' here but '{2}' in '{3}'; all files that set it must agree");

    public static readonly DiagnosticDescriptor DuplicateKey = Error(
        "GG0013", "Duplicate key", "Duplicate {0} '{1}' in {2}");

    public static readonly DiagnosticDescriptor DuplicateEnumValue = Error(
        "GG0014", "Duplicate enum value", "Enum '{0}' lists the value '{1}' more than once");

    public static readonly DiagnosticDescriptor EnumMemberNameCollision = Error(
        "GG0015", "Enum values collide after conversion to C#", "Enum '{0}': values '{1}' and '{2}' both become the C# member '{3}'; give one of them an explicit 'name:'");

    public static readonly DiagnosticDescriptor InvalidIdentifier = Error(
        "GG0016", "Invalid C# identifier", "'{0}' cannot be used as the C# {1}: {2}");

    public static readonly DiagnosticDescriptor InvalidApiVersion = Error(
        "GG0017", "Invalid api_version", "api_version '{0}' is not of the form vNN.N (for example v19.0)");

    public static readonly DiagnosticDescriptor InvalidErrorCategory = Error(
        "GG0018", "Invalid error category", "Unknown error category '{0}'; expected one of rate_limit, transient, auth, permission, validation, other{1}");

    public static readonly DiagnosticDescriptor UnknownErrorCode = Error(
        "GG0019", "Unknown error code", "Operation '{0}' lists error code {1}, which is not in the 'errors' catalog of any schema file");

    public static readonly DiagnosticDescriptor UnknownOneOfParameter = Error(
        "GG0020", "one_of names an unknown parameter", "one_of of operation '{0}' names '{1}', which is not a parameter of the operation{2}");

    public static readonly DiagnosticDescriptor MinGreaterThanMax = Error(
        "GG0021", "min is greater than max", "'{0}' has min {1} greater than max {2}");

    public static readonly DiagnosticDescriptor InvalidValue = Error(
        "GG0022", "Invalid value", "Invalid value '{0}' for '{1}': expected {2}");

    public static readonly DiagnosticDescriptor DuplicateErrorCode = Error(
        "GG0023", "Duplicate error code", "Error code {0} is already declared in '{1}' (line {2})");

    public static readonly DiagnosticDescriptor NotANodeOrStruct = Error(
        "GG0024", "Enum used where a node or struct is needed", "{0} must name a node or struct, but '{1}' is an enum");

    public static readonly DiagnosticDescriptor NestingTooDeep = Error(
        "GG0025", "Schema nested too deeply", "The schema is nested more than {0} levels deep here");

    public static readonly DiagnosticDescriptor GeneratedTypeNameClash = Error(
        "GG0026", "Generated C# type names clash",
        "The C# type '{0}' generated for {1} clashes with '{2}' generated for {3} (type and file names are compared ignoring case); {4}");

    public static readonly DiagnosticDescriptor GeneratedMemberNameClash = Error(
        "GG0027", "Generated C# member names clash",
        "In the generated type '{0}', the member '{1}' for {2} clashes with {3}; {4}");

    public static readonly DiagnosticDescriptor FieldAndEdgeShareName = Error(
        "GG0028", "A field and an edge share a name",
        "Node '{0}' has both a field and an edge named '{1}'; the Graph API answers one JSON property per name, so keep only one");

    public static readonly DiagnosticDescriptor ParameterOnlyKey = Create(
        "GG0029", "Key only applies to parameters",
        "'{0}' has no effect on {1}: it only applies to operation and edge parameters", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnexpectedFailure = Error(
        "GG9999", "Unexpected generator failure", "The GraphGen generator failed while processing '{0}': {1}");

    private static DiagnosticDescriptor Error(string id, string title, string messageFormat)
        => Create(id, title, messageFormat, DiagnosticSeverity.Error);

    private static DiagnosticDescriptor Create(string id, string title, string messageFormat, DiagnosticSeverity severity)
        => new(
            id,
            title,
            messageFormat,
            Category,
            severity,
            isEnabledByDefault: true,
            helpLinkUri: "https://github.com/graphgen/graphgen/blob/main/docs/diagnostics.md#" + id.ToLowerInvariant());
}
