using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;

namespace GraphGen.Runtime;

/// <summary>
/// A request resolved against the client's settings: the absolute URL without credentials, its parameters and the
/// credentials to attach. <see cref="CreateMessage"/> builds a fresh <see cref="HttpRequestMessage"/> per attempt, with
/// the token in the <c>Authorization</c> header (kept out of URLs and server logs) and a proof computed for that attempt.
/// </summary>
internal sealed class PreparedRequest
{
    // Parameters the client owns; dropped from `next` links so we never forward a proof or token we did not make.
    private static readonly HashSet<string> CredentialParameters = new(StringComparer.OrdinalIgnoreCase) { "access_token", "appsecret_proof", "appsecret_time" };

    private readonly IReadOnlyList<KeyValuePair<string, string>> _parameters;
    private readonly IReadOnlyList<KeyValuePair<string, GraphFile>> _files;
    private readonly string? _accessToken;
    private readonly string? _appSecret;
    private readonly bool _useAppSecretTime;
    private string? _displayUrl;

    // The absolute URL without query; a Uri is made from it only where one is needed (POST/DELETE, the final GET URL).
    private readonly string _baseUrl;
    private Uri? _target;

    private PreparedRequest(HttpMethod method, string baseUrl, IReadOnlyList<KeyValuePair<string, string>> parameters,
        IReadOnlyList<KeyValuePair<string, GraphFile>> files, string? accessToken, string? appSecret, bool useAppSecretTime, SecretRedactor redactor)
    {
        Method = method;
        _baseUrl = baseUrl;
        _parameters = parameters;
        _files = files;
        _accessToken = accessToken;
        _appSecret = appSecret;
        _useAppSecretTime = useAppSecretTime;
        Redactor = redactor;
    }

    public HttpMethod Method { get; }

    /// <summary>The absolute URL, without query and without credentials.</summary>
    public Uri Target => _target ??= new Uri(_baseUrl, UriKind.Absolute);

    /// <summary>
    /// The URL as it may appear in messages and attempt records: credentials redacted. Built on first use (errors,
    /// attempt records), not on the hot path of every successful call.
    /// </summary>
    public string DisplayUrl => _displayUrl ??= Redactor.RedactText(Method == HttpMethod.Get ? BuildUri(null).ToString() : Target.ToString())!;

    public SecretRedactor Redactor { get; }

    /// <summary>False when a file is an open stream that cannot seek: it can be sent once, so a redirect cannot be followed.</summary>
    public bool CanResendFiles
    {
        get
        {
            foreach (KeyValuePair<string, GraphFile> file in _files)
            {
                if (!file.Value.CanResend) return false;
            }

            return true;
        }
    }

    public static PreparedRequest For(GraphRequest request, GraphClientOptions options, SecretRedactor redactor)
    {
        string version = request.CallOptions?.ApiVersion ?? options.ApiVersion;
        if (!GraphClientOptions.IsValidApiVersion(version)) throw new ArgumentException($"ApiVersion '{version}' is not of the form v25.0.", nameof(request));
        // One string for base + version + path; validated as an absolute URL when a Uri is made from it.
        ReadOnlySpan<char> root = options.BaseAddress.AbsoluteUri.AsSpan().TrimEnd('/');
        string baseUrl = request.Path.Length == 0
            ? string.Concat(root, "/", version)
            : string.Concat(root, "/", version, "/" + request.Path);
        string? token = request.CallOptions?.AccessToken ?? options.AccessToken;
        return new PreparedRequest(request.Method, baseUrl, request.Parameters, request.Files, token, options.AppSecret, options.UseAppSecretTime, redactor.With(token));
    }

    /// <summary>A request for a paging <c>next</c> link, which must point at the configured host.</summary>
    public static PreparedRequest ForNextLink(Uri next, string? accessToken, GraphClientOptions options, SecretRedactor redactor)
    {
        (string withoutQuery, List<KeyValuePair<string, string>> parameters) = WithoutCredentials(next);
        return new PreparedRequest(HttpMethod.Get, withoutQuery, parameters, [], accessToken, options.AppSecret, options.UseAppSecretTime, redactor.With(accessToken));
    }

    /// <summary>True when <paramref name="candidate"/> has the same scheme, host and port as <paramref name="baseAddress"/>.</summary>
    public static bool IsSameOrigin(Uri candidate, Uri baseAddress) =>
        candidate.IsAbsoluteUri &&
        string.Equals(candidate.Scheme, baseAddress.Scheme, StringComparison.OrdinalIgnoreCase) &&
        string.Equals(candidate.IdnHost, baseAddress.IdnHost, StringComparison.OrdinalIgnoreCase) &&
        candidate.Port == baseAddress.Port &&
        string.IsNullOrEmpty(candidate.UserInfo);

    /// <summary>The request's identity for loop detection: URL and parameters without credentials.</summary>
    public string Identity => BuildUri(null).ToString();

    /// <summary>A fresh message for one attempt; <paramref name="redirectTarget"/> (same origin, checked by the caller) replaces the URL.</summary>
    public HttpRequestMessage CreateMessage(DateTimeOffset now, Uri? redirectTarget = null)
    {
        var all = new List<KeyValuePair<string, string>>(_parameters.Count + 2);
        all.AddRange(_parameters);
        if (!string.IsNullOrEmpty(_accessToken) && !string.IsNullOrEmpty(_appSecret))
        {
            if (_useAppSecretTime)
            {
                long time = now.ToUnixTimeSeconds();
                all.Add(new("appsecret_proof", AppSecretProof.Compute(_appSecret, _accessToken, time)));
                all.Add(new("appsecret_time", time.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
            else
            {
                all.Add(new("appsecret_proof", AppSecretProof.Compute(_appSecret, _accessToken)));
            }
        }

        HttpRequestMessage message;
        if (Method == HttpMethod.Get)
        {
            // A followed GET redirect goes to the Location with its own query, but with our proof, fresh: a Location
            // that drops it would fail on an app that requires proofs, and one that carries credentials is not ours.
            message = new HttpRequestMessage(Method, redirectTarget is null ? BuildUri(all) : WithOurCredentials(redirectTarget, all, _parameters.Count));
        }
        else
        {
            // With a file the body is multipart (the file streamed per attempt); the proof is a form field either way.
            message = new HttpRequestMessage(Method, redirectTarget ?? Target)
            {
                Content = _files.Count > 0
                    ? MultipartBody.Create(all, _files)
                    : new StringContent(QueryString.Encode(all), Encoding.UTF8, "application/x-www-form-urlencoded"),
            };
        }

        if (!string.IsNullOrEmpty(_accessToken))
        {
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _accessToken);
        }

        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return message;
    }

    // A URL Graph gave us (a `next` link, a redirect), split into the URL without query and its parameters, minus any
    // credentials: we never forward a proof or token we did not make.
    private static (string WithoutQuery, List<KeyValuePair<string, string>> Parameters) WithoutCredentials(Uri url)
    {
        var parameters = QueryString.Decode(url.Query);
        parameters.RemoveAll(p => CredentialParameters.Contains(p.Key));
        return (new UriBuilder(url) { Query = string.Empty, Fragment = string.Empty }.Uri.AbsoluteUri, parameters);
    }

    // The redirect target's own parameters, minus any credentials, plus the proof parameters this attempt made.
    private static Uri WithOurCredentials(Uri target, List<KeyValuePair<string, string>> all, int proofStart)
    {
        (string withoutQuery, List<KeyValuePair<string, string>> parameters) = WithoutCredentials(target);
        for (int i = proofStart; i < all.Count; i++) parameters.Add(all[i]);
        if (parameters.Count == 0) return new Uri(withoutQuery, UriKind.Absolute);
        var builder = new StringBuilder(withoutQuery).Append('?');
        QueryString.AppendEncoded(builder, parameters);
        return new Uri(builder.ToString(), UriKind.Absolute);
    }

    private Uri BuildUri(List<KeyValuePair<string, string>>? parameters)
    {
        IReadOnlyList<KeyValuePair<string, string>> list = parameters ?? (IReadOnlyList<KeyValuePair<string, string>>)_parameters;
        if (list.Count == 0) return Target;

        // Base URL and query written into one builder: one string for the final URL.
        var builder = new StringBuilder(_baseUrl.Length + 1 + (list.Count * 24));
        builder.Append(_baseUrl).Append('?');
        QueryString.AppendEncoded(builder, list);
        return new Uri(builder.ToString(), UriKind.Absolute);
    }
}
