using System.Collections.Generic;

namespace GraphGen.Testing;

/// <summary>One entry of a Graph <c>fields</c> parameter, e.g. <c>albums.limit(5){name}</c>.</summary>
/// <param name="Name">The field or edge name (<c>albums</c>).</param>
/// <param name="Modifiers">The <c>.name(value)</c> modifiers in order of appearance (<c>limit</c> = <c>5</c>).</param>
/// <param name="Children">The sub-selection in braces, or <c>null</c> when there are no braces.</param>
public sealed record RequestedField(string Name, IReadOnlyDictionary<string, string> Modifiers, IReadOnlyList<RequestedField>? Children)
{
    /// <summary>The <c>.limit(n)</c> modifier, or <c>null</c> when absent or not a non-negative number.</summary>
    public int? Limit =>
        Modifiers.TryGetValue("limit", out string? text) && int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int limit)
            ? limit
            : null;
}
