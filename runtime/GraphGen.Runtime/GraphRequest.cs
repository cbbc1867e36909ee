using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;

namespace GraphGen.Runtime;

/// <summary>
/// One Graph call, built by generated code: a method, a path relative to the version root (<c>me</c>,
/// <c>123/albums</c>) and parameters. Parameters go in the query for GET and in a form body otherwise.
/// Credentials (<c>access_token</c>, <c>appsecret_proof</c>) are added by the client, never here.
/// Not thread-safe; build one per call.
/// </summary>
public sealed class GraphRequest
{
    private readonly List<KeyValuePair<string, string>> _parameters = new();
    private List<KeyValuePair<string, GraphFile>>? _files;
    private bool? _isIdempotent;

    /// <summary>Creates a request.</summary>
    /// <param name="method">GET, POST or DELETE.</param>
    /// <param name="path">Path relative to the version root; segments from user input must be escaped with <see cref="EscapeSegment"/>.</param>
    public GraphRequest(HttpMethod method, string path)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(path);
        ValidatePath(path);
        Method = method;
        Path = path;
    }

    /// <summary>The HTTP method.</summary>
    public HttpMethod Method { get; }

    /// <summary>The path relative to the version root.</summary>
    public string Path { get; }

    /// <summary>Whether the call may be sent again after a failure. Defaults to <c>true</c> for GET only.</summary>
    public bool IsIdempotent { get => _isIdempotent ?? Method == HttpMethod.Get; set => _isIdempotent = value; }

    /// <summary>Per-call overrides (token, version, idempotency).</summary>
    public GraphCallOptions? CallOptions { get; set; }

    /// <summary>The error catalog of the generated client; falls back to <see cref="GraphClientOptions.ErrorClassifier"/>.</summary>
    public IGraphErrorClassifier? ErrorClassifier { get; set; }

    /// <summary>The parameters in the order added.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Parameters => _parameters;

    /// <summary>Adds a string parameter; skipped when <paramref name="value"/> is <c>null</c>.</summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="value">The value.</param>
    /// <returns>This request.</returns>
    public GraphRequest Add(string name, string? value)
    {
        ValidateName(name);
        if (value is not null) _parameters.Add(new KeyValuePair<string, string>(name, value));
        return this;
    }

    /// <summary>
    /// Adds a file parameter (Graph's <c>file</c> type); skipped when <c>null</c>. The request is then sent as
    /// <c>multipart/form-data</c>, the file streamed as its own part. A file cannot be sent in a batch
    /// (<see cref="GraphBatchItem"/> refuses such a request).
    /// </summary>
    /// <param name="name">The parameter name, e.g. <c>source</c>.</param>
    /// <param name="value">The file.</param>
    /// <returns>This request.</returns>
    /// <exception cref="InvalidOperationException">The request is a GET, which has no body to carry a file.</exception>
    public GraphRequest Add(string name, GraphFile? value)
    {
        ValidateName(name);
        if (value is null) return this;
        if (Method == HttpMethod.Get) throw new InvalidOperationException($"File parameter '{name}' needs a request with a body; {Method} {Path} has none.");
        (_files ??= new()).Add(new KeyValuePair<string, GraphFile>(name, value));
        return this;
    }

    /// <summary>Adds an integer parameter (invariant culture); skipped when <c>null</c>.</summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="value">The value.</param>
    /// <returns>This request.</returns>
    public GraphRequest Add(string name, long? value) => Add(name, value?.ToString(CultureInfo.InvariantCulture));

    /// <summary>Adds an integer parameter (invariant culture); skipped when <c>null</c>.</summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="value">The value.</param>
    /// <returns>This request.</returns>
    public GraphRequest Add(string name, int? value) => Add(name, value?.ToString(CultureInfo.InvariantCulture));

    /// <summary>Adds a number parameter (invariant culture, round-trippable); skipped when <c>null</c>.</summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="value">The value.</param>
    /// <returns>This request.</returns>
    public GraphRequest Add(string name, double? value)
    {
        if (value is { } d && (double.IsNaN(d) || double.IsInfinity(d))) throw new ArgumentOutOfRangeException(nameof(value), "Graph has no representation for NaN or infinity.");
        return Add(name, value?.ToString("R", CultureInfo.InvariantCulture));
    }

    /// <summary>Adds a boolean parameter as <c>true</c>/<c>false</c>; skipped when <c>null</c>.</summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="value">The value.</param>
    /// <returns>This request.</returns>
    public GraphRequest Add(string name, bool? value) => Add(name, value is null ? null : value.Value ? "true" : "false");

    /// <summary>Adds a time parameter as unix seconds (what <c>since</c>/<c>until</c> take); skipped when <c>null</c>.</summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="value">The value.</param>
    /// <returns>This request.</returns>
    public GraphRequest Add(string name, DateTimeOffset? value) => Add(name, value?.ToUnixTimeSeconds());

    /// <summary>Adds a list or object parameter as JSON text, which is how Graph takes structured parameters.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="name">The parameter name.</param>
    /// <param name="value">The value; skipped when <c>null</c>.</param>
    /// <param name="write">Writes the value as JSON.</param>
    /// <returns>This request.</returns>
    public GraphRequest AddJson<T>(string name, T value, JsonValueWriter<T> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        return value is null ? Add(name, (string?)null) : Add(name, GraphJson.Serialize(value, write));
    }

    /// <summary>Sets the <c>fields</c> parameter; <c>null</c> omits it (Graph then returns the default fields).</summary>
    /// <param name="fields">The field selection, e.g. <c>id,name,albums.limit(5){name}</c>.</param>
    /// <returns>This request.</returns>
    public GraphRequest AddFields(string? fields) => Add("fields", fields);

    /// <summary>Sets the <c>fields</c> parameter from a selection; <c>null</c> or empty omits it.</summary>
    /// <param name="fields">The field selection.</param>
    /// <returns>This request.</returns>
    // Takes the base type: a generated selector may declare a field member named ToString that hides the method.
    public GraphRequest AddFields(FieldSelection? fields) => Add("fields", fields is null || fields.IsEmpty ? null : fields.ToString());

    /// <summary>Escapes one path segment taken from user input (an id, a name) so it cannot change the path.</summary>
    /// <param name="segment">The segment.</param>
    /// <returns>The percent-escaped segment.</returns>
    public static string EscapeSegment(string segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        if (segment.Length == 0 || segment == "." || segment == "..")
        {
            throw new ArgumentException("A path segment must not be empty, '.' or '..'.", nameof(segment));
        }

        return Uri.EscapeDataString(segment);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Method} {Path} ({_parameters.Count + (_files?.Count ?? 0)} parameters)";

    /// <summary>The file parameters in the order added; empty for most requests.</summary>
    internal IReadOnlyList<KeyValuePair<string, GraphFile>> Files => (IReadOnlyList<KeyValuePair<string, GraphFile>>?)_files ?? [];

    // A file that cannot be reopened (a non-seekable stream) makes the request one-shot: never resent half-read.
    internal bool ResolveIdempotent() => (CallOptions?.IsIdempotent ?? IsIdempotent) && CanResendFiles();

    private bool CanResendFiles()
    {
        if (_files is null) return true;
        foreach (KeyValuePair<string, GraphFile> file in _files)
        {
            if (!file.Value.CanResend) return false;
        }

        return true;
    }

    private static void ValidateName(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (name is "access_token" or "appsecret_proof" or "appsecret_time")
        {
            throw new ArgumentException($"'{name}' is added by the client; set the token with GraphClientOptions or GraphCallOptions.", nameof(name));
        }
    }

    private static void ValidatePath(string path)
    {
        if (path.StartsWith('/') || path.Contains("://", StringComparison.Ordinal) || path.IndexOfAny(['?', '#', '\\']) >= 0)
        {
            throw new ArgumentException("The path must be relative to the version root (e.g. 'me/albums') without query or fragment.", nameof(path));
        }

        foreach (string segment in path.Split('/'))
        {
            if (segment is "." or ".." || (segment.Length == 0 && path.Length > 0 && !path.EndsWith('/')))
            {
                throw new ArgumentException("The path must not contain empty, '.' or '..' segments.", nameof(path));
            }
        }
    }
}
