namespace GraphGen.Runtime.Audiences;

/// <summary>
/// The custom-audience error codes of <c>/{custom_audience_id}/users</c>, set on every upload request so the client
/// and the uploader agree on what may be retried.
/// </summary>
public sealed class AudienceErrorClassifier : IGraphErrorClassifier
{
    /// <summary>Custom audience throttling: wait as the usage headers' <c>estimated_time_to_regain_access</c> says.</summary>
    public const int ThrottlingCode = 80003;

    /// <summary>"Failed to update the custom audience": a server-side failure; the same batch may succeed later.</summary>
    public const int FailedToUpdateCode = 2650;

    /// <summary>The shared instance (stateless).</summary>
    public static AudienceErrorClassifier Instance { get; } = new();

    /// <inheritdoc />
    public GraphErrorCategory Classify(int code, int? subcode) => code switch
    {
        ThrottlingCode => GraphErrorCategory.RateLimit,
        FailedToUpdateCode => GraphErrorCategory.Transient,
        _ => GraphErrorCategory.Other,
    };
}
