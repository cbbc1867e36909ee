using System.Collections.Generic;
using System.Linq;

namespace GraphGen.Testing;

/// <summary>A request the <see cref="FakeGraphServer"/> received, for assertions.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path, e.g. <c>/v25.0/me</c>.</param>
/// <param name="QueryString">The raw query string including the leading <c>?</c>, or empty.</param>
/// <param name="Query">The query parameters (last value wins).</param>
/// <param name="Form">The form body parameters: of <c>application/x-www-form-urlencoded</c> bodies, and the plain
/// fields (not the files) of <c>multipart/form-data</c> bodies.</param>
/// <param name="Headers">The request headers (case-insensitive names, values joined by a comma).</param>
/// <param name="Body">The raw body text; empty for <c>multipart/form-data</c> bodies (see <see cref="Parts"/>).</param>
public sealed record RecordedRequest(
    string Method,
    string Path,
    string QueryString,
    IReadOnlyDictionary<string, string> Query,
    IReadOnlyDictionary<string, string> Form,
    IReadOnlyDictionary<string, string> Headers,
    string Body)
{
    /// <summary>The parts of a <c>multipart/form-data</c> body, in order; empty for other bodies.</summary>
    public IReadOnlyList<RecordedPart> Parts { get; init; } = [];

    /// <summary>The file parts of a multipart body, in order.</summary>
    public IEnumerable<RecordedPart> Files => Parts.Where(p => p.IsFile);

    /// <summary>A parameter from the query or, if absent there, the form body.</summary>
    /// <param name="name">The parameter name.</param>
    /// <returns>The value, or <c>null</c>.</returns>
    public string? Parameter(string name) =>
        Query.TryGetValue(name, out string? value) ? value : Form.TryGetValue(name, out value) ? value : null;

    /// <summary>A header value, or <c>null</c>.</summary>
    /// <param name="name">The header name (case-insensitive).</param>
    /// <returns>The value, or <c>null</c>.</returns>
    public string? Header(string name) => Headers.TryGetValue(name, out string? value) ? value : null;
}
