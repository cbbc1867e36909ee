using System;
using System.Text.RegularExpressions;

namespace GraphGen.Runtime;

/// <summary>
/// Configuration of a <see cref="GraphClient"/>. Validated when the client is created; the client keeps a frozen copy
/// (see <see cref="GraphClient.Options"/>), so later changes to this instance do not affect it.
/// </summary>
public sealed class GraphClientOptions
{
    private bool _frozen;
    private string? _accessToken;
    private string? _appSecret;
    private bool _useAppSecretTime;
    private string _apiVersion = "v25.0";
    private Uri _baseAddress = new("https://graph.facebook.com/");
    private TimeSpan _timeout = TimeSpan.FromSeconds(30);
    private GraphRetryOptions _retry = new();
    private IGraphErrorClassifier? _errorClassifier;
    private bool _slowDownNearLimit = true;
    private double _slowDownThreshold = 90;
    private int _maxPages = 100_000;
    private Action<GraphAttempt>? _onAttempt;
    private TimeProvider? _timeProvider;
    private GraphUsageTracker? _usageTracker;

    /// <summary>The default access token, sent in the <c>Authorization</c> header (never in the URL).</summary>
    public string? AccessToken { get => _accessToken; set => Set(ref _accessToken, value); }

    /// <summary>The app secret; when set, every request carries <c>appsecret_proof</c>. Never sent itself.</summary>
    public string? AppSecret { get => _appSecret; set => Set(ref _appSecret, value); }

    /// <summary>Send the time-bound proof: <c>appsecret_time</c> and an HMAC of <c>token|time</c>.</summary>
    public bool UseAppSecretTime { get => _useAppSecretTime; set => Set(ref _useAppSecretTime, value); }

    /// <summary>The API version, e.g. <c>v25.0</c> (generated code passes the schema's).</summary>
    public string ApiVersion { get => _apiVersion; set => Set(ref _apiVersion, value); }

    /// <summary>The Graph host. HTTPS is required except for loopback addresses (tests). Default <c>https://graph.facebook.com/</c>.</summary>
    public Uri BaseAddress { get => _baseAddress; set => Set(ref _baseAddress, value); }

    /// <summary>
    /// Per-attempt timeout, headers and body included, cut to what is left of <see cref="GraphRetryOptions.TotalBudget"/>;
    /// <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> for the budget alone. Default 30 s.
    /// </summary>
    public TimeSpan Timeout { get => _timeout; set => Set(ref _timeout, value); }

    /// <summary>The retry policy.</summary>
    public GraphRetryOptions Retry { get => _retry; set => Set(ref _retry, value); }

    /// <summary>Classifier consulted when the request's own one (from generated code) answers <see cref="GraphErrorCategory.Other"/>.</summary>
    public IGraphErrorClassifier? ErrorClassifier { get => _errorClassifier; set => Set(ref _errorClassifier, value); }

    /// <summary>
    /// Wait before sending when the latest usage headers report at least <see cref="SlowDownThreshold"/> percent: at
    /// 100% Graph throttles the app for up to an hour, so spacing calls out first is cheaper. Default on.
    /// </summary>
    public bool SlowDownNearLimit { get => _slowDownNearLimit; set => Set(ref _slowDownNearLimit, value); }

    /// <summary>The usage percentage (0–100] from which to slow down; the wait grows linearly to <see cref="GraphRetryOptions.MaxDelay"/> at 100%. Default 90.</summary>
    public double SlowDownThreshold { get => _slowDownThreshold; set => Set(ref _slowDownThreshold, value); }

    /// <summary>
    /// Most pages <see cref="GraphClient.ListAsync{T}"/> (or a chain of <see cref="GraphClient.GetNextPageAsync{T}"/>)
    /// follows before it stops with a <see cref="GraphProtocolException"/>: a guard against a server that never ends a
    /// list. Default 100,000 (10 million items at Graph's largest page size).
    /// </summary>
    public int MaxPages { get => _maxPages; set => Set(ref _maxPages, value); }

    /// <summary>
    /// Where the client keeps the latest usage headers (<see cref="GraphClient.LatestUsage"/>) that
    /// <see cref="SlowDownNearLimit"/> reads. Share one tracker among the clients of one app (the same instance stays
    /// shared through <see cref="Clone"/>); <c>null</c> (the default) gives each client its own.
    /// <c>AddGraphApi</c> shares one per registration.
    /// </summary>
    public GraphUsageTracker? UsageTracker { get => _usageTracker; set => Set(ref _usageTracker, value); }

    /// <summary>Called after every HTTP exchange (success or failure): logging and metrics without a logging dependency.</summary>
    public Action<GraphAttempt>? OnAttempt { get => _onAttempt; set => Set(ref _onAttempt, value); }

    /// <summary>Clock and timer for waits and budgets; <c>null</c> means <see cref="System.TimeProvider.System"/>. Tests pass a fake.</summary>
    public TimeProvider? TimeProvider { get => _timeProvider; set => Set(ref _timeProvider, value); }

    /// <inheritdoc />
    public override string ToString() =>
        $"GraphClientOptions(BaseAddress={BaseAddress}, ApiVersion={ApiVersion}, AccessToken={(AccessToken is null ? "null" : SecretRedactor.Mask)}, AppSecret={(AppSecret is null ? "null" : SecretRedactor.Mask)})";

    internal static bool IsValidApiVersion(string? version) =>
        version is not null && Regex.IsMatch(version, @"^v[0-9]{1,3}\.[0-9]{1,3}$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>A changeable copy of these options, e.g. to derive the options of another access token.</summary>
    /// <returns>The copy (not frozen, even when this instance is).</returns>
    public GraphClientOptions Clone() => Copy(frozen: false);

    internal GraphClientOptions FreezeCopy()
    {
        Validate();
        return Copy(frozen: true);
    }

    private GraphClientOptions Copy(bool frozen)
    {
        return new GraphClientOptions
        {
            _accessToken = _accessToken, _appSecret = _appSecret, _useAppSecretTime = _useAppSecretTime, _apiVersion = _apiVersion,
            _baseAddress = _baseAddress, _timeout = _timeout, _retry = _retry.Clone(), _errorClassifier = _errorClassifier,
            _slowDownNearLimit = _slowDownNearLimit, _slowDownThreshold = _slowDownThreshold, _maxPages = _maxPages, _onAttempt = _onAttempt,
            _timeProvider = _timeProvider, _usageTracker = _usageTracker, _frozen = frozen,
        };
    }

    /// <summary>Checks the options as <see cref="GraphClient"/>'s constructor does (e.g. at start-up in a host).</summary>
    /// <exception cref="ArgumentException">An option is invalid; the message names it and never holds a secret.</exception>
    public void Validate()
    {
        if (!IsValidApiVersion(ApiVersion)) throw new ArgumentException($"ApiVersion '{ApiVersion}' is not of the form v25.0.", "options");
        if (BaseAddress is null || !BaseAddress.IsAbsoluteUri) throw new ArgumentException("BaseAddress must be an absolute URI.", "options");
        if (!string.IsNullOrEmpty(BaseAddress.Query) || !string.IsNullOrEmpty(BaseAddress.Fragment)) throw new ArgumentException("BaseAddress must not have a query or fragment.", "options");
        bool https = BaseAddress.Scheme == Uri.UriSchemeHttps;
        if (!https && !(BaseAddress.Scheme == Uri.UriSchemeHttp && BaseAddress.IsLoopback))
        {
            throw new ArgumentException("BaseAddress must use HTTPS (plain HTTP is allowed only for loopback test servers).", "options");
        }

        if (Timeout <= TimeSpan.Zero && Timeout != System.Threading.Timeout.InfiniteTimeSpan) throw new ArgumentException("Timeout must be positive or infinite.", "options");
        if (Retry is null) throw new ArgumentException("Retry must not be null.", "options");
        Retry.Validate();
        if (!(SlowDownThreshold > 0 && SlowDownThreshold <= 100)) throw new ArgumentException("SlowDownThreshold must be in (0, 100].", "options");
        if (MaxPages < 1) throw new ArgumentException("MaxPages must be at least 1.", "options");
        if (AppSecret is not null && AppSecret.Length == 0) throw new ArgumentException("AppSecret must not be empty.", "options");
    }

    private void Set<T>(ref T field, T value)
    {
        if (_frozen) throw new InvalidOperationException("These options belong to a GraphClient and can no longer be changed.");
        field = value;
    }
}
