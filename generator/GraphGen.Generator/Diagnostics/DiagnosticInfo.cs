using GraphGen.Generator.Common;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace GraphGen.Generator.Diagnostics;

/// <summary>
/// A diagnostic as equatable data (descriptor id + message arguments + YAML location), turned into a Roslyn
/// <see cref="Diagnostic"/> only at the output stage so that pipeline values stay cacheable.
/// </summary>
public sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo? Location, EquatableArray<string> MessageArgs)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] messageArgs)
        => new(descriptor, location, messageArgs.ToEquatableArray());

    public Diagnostic ToDiagnostic()
        => Diagnostic.Create(Descriptor, Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None, MessageArgs.Select(static a => (object)a).ToArray());

    /// <summary>The formatted message, for tests and logs.</summary>
    public string Message => string.Format(System.Globalization.CultureInfo.InvariantCulture, Descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture), MessageArgs.Select(static a => (object)a).ToArray());
}
