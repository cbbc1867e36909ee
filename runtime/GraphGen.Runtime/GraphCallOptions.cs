namespace GraphGen.Runtime;

/// <summary>Per-call overrides of <see cref="GraphClientOptions"/>; <c>null</c> members keep the client's value.</summary>
public sealed class GraphCallOptions
{
    /// <summary>The access token for this call (e.g. a page token instead of the user token).</summary>
    public string? AccessToken { get; set; }

    /// <summary>The API version for this call, e.g. <c>v20.0</c>.</summary>
    public string? ApiVersion { get; set; }

    /// <summary>Whether this call may be retried; overrides <see cref="GraphRequest.IsIdempotent"/>.</summary>
    public bool? IsIdempotent { get; set; }

    /// <inheritdoc />
    public override string ToString() =>
        $"GraphCallOptions(AccessToken={(AccessToken is null ? "null" : SecretRedactor.Mask)}, ApiVersion={ApiVersion}, IsIdempotent={IsIdempotent})";
}
