using System;

namespace GraphGen.Runtime;

/// <summary>The <c>X-Ad-Account-Usage</c> header of Marketing API calls.</summary>
/// <param name="UtilizationPercent"><c>acc_id_util_pct</c>: percentage of the ad account's allowance used.</param>
/// <param name="ResetTimeDuration"><c>reset_time_duration</c>: time until the usage resets, when throttled.</param>
/// <param name="AccessTier"><c>ads_api_access_tier</c>, e.g. <c>standard_access</c>.</param>
public sealed record GraphAdAccountUsage(double UtilizationPercent, TimeSpan? ResetTimeDuration, string? AccessTier);
