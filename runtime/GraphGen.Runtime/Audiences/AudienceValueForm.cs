namespace GraphGen.Runtime.Audiences;

/// <summary>
/// What the caller has already done to the values of a whole upload, as the official SDKs' <c>is_normalized</c> /
/// <c>pre_hashed</c> switches say (set <see cref="AudienceUploadOptions.Values"/>).
/// </summary>
public enum AudienceValueForm
{
    /// <summary>Raw values: normalized by Facebook's rules, then hashed (a hashed key's value of 64 hex digits passes through). The default.</summary>
    Raw,

    /// <summary>
    /// Already normalized: hashed keys are hashed exactly as given (no trimming, no lowercasing); other keys are sent as
    /// given. Text that is not valid UTF-16 and LOOKALIKE_VALUE that is not a number are still rejected.
    /// </summary>
    Normalized,

    /// <summary>
    /// Already hashed: every hashed key's value must be a SHA-256 hex digest (64 hex digits, sent lowercased), anything
    /// else is rejected as <see cref="AudienceRejectReason.InvalidHash"/>; other keys are sent as given.
    /// </summary>
    Hashed,
}
