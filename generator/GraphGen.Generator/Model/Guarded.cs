using System;
using GraphGen.Generator.Common;
using GraphGen.Generator.Diagnostics;

namespace GraphGen.Generator.Model;

/// <summary>
/// A model-building result, or the GG9999 diagnostic that replaced it when building threw. The pipeline never lets
/// an exception escape (that would surface as the opaque CS8785 and drop all output).
/// </summary>
public sealed record Guarded<T>(T? Value, EquatableArray<DiagnosticInfo> Errors)
{
    public static Guarded<T> Run(string what, Func<T> build)
    {
        try
        {
            FailureInjection.At(what);
            return new Guarded<T>(build(), EquatableArray<DiagnosticInfo>.Empty);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new Guarded<T>(default, new[] { UnexpectedFailure.Create(what, ex) }.ToEquatableArray());
        }
    }
}
