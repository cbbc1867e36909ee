using System;

namespace GraphGen.Generator.Diagnostics;

/// <summary>
/// GG9999: what an exception inside the generator becomes, so the user sees the failing output and schema file
/// instead of the compiler's opaque CS8785 (which would also drop every generated file).
/// </summary>
public static class UnexpectedFailure
{
    public static DiagnosticInfo Create(string what, Exception exception, LocationInfo? location = null)
        => DiagnosticInfo.Create(DiagnosticDescriptors.UnexpectedFailure, location, what, $"{exception.GetType().Name}: {exception.Message}");
}
