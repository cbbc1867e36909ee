using System;
using System.Threading;

namespace GraphGen.Generator.Diagnostics;

/// <summary>
/// Test seam for the GG9999 guard: the guarded points (a model-building stage such as <c>types</c>, or an output's
/// hint name such as <c>Shop.Json.g.cs</c>) call <see cref="At"/>, and a test that sets <see cref="Hook"/> throws
/// there to prove the failure comes out as GG9999 instead of CS8785. Internal (visible to GraphGen.Generator.Tests
/// only, no MSBuild property reaches it) and scoped to the async flow that set it, so a compiler never has a hook
/// and parallel tests cannot see each other's.
/// </summary>
internal static class FailureInjection
{
    private static readonly AsyncLocal<Action<string>?> Current = new();

    /// <summary>Called with the guarded point's name; a test's hook throws to simulate a bug there.</summary>
    public static Action<string>? Hook
    {
        get => Current.Value;
        set => Current.Value = value;
    }

    public static void At(string point) => Current.Value?.Invoke(point);
}
