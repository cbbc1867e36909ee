using System;
using System.Globalization;
using GraphGen.Runtime;
using Microsoft.Extensions.Configuration;

namespace GraphGen.Extensions.DependencyInjection;

/// <summary>
/// Reads <see cref="GraphClientOptions"/> from a configuration section, key by key. Written out rather than left to
/// <c>ConfigurationBinder</c>: no reflection (trimming- and AOT-safe), code-only members (classifier, clock, callback)
/// are not mistaken for configuration, and a malformed value is reported by its path, never echoed (it may be a secret).
/// A test checks that every settable option that configuration can express is read here.
/// </summary>
internal static class GraphClientOptionsBinder
{
    public static void Bind(IConfiguration section, GraphClientOptions options)
    {
        if (section["AccessToken"] is { } accessToken) options.AccessToken = accessToken;
        if (section["AppSecret"] is { } appSecret) options.AppSecret = appSecret;
        if (ReadBool(section, "UseAppSecretTime") is { } useAppSecretTime) options.UseAppSecretTime = useAppSecretTime;
        if (section["ApiVersion"] is { } apiVersion) options.ApiVersion = apiVersion;
        if (ReadUri(section, "BaseAddress") is { } baseAddress) options.BaseAddress = baseAddress;
        if (ReadTimeSpan(section, "Timeout") is { } timeout) options.Timeout = timeout;
        if (ReadBool(section, "SlowDownNearLimit") is { } slowDown) options.SlowDownNearLimit = slowDown;
        if (ReadDouble(section, "SlowDownThreshold") is { } threshold) options.SlowDownThreshold = threshold;
        if (ReadInt(section, "MaxPages") is { } maxPages) options.MaxPages = maxPages;

        IConfigurationSection retry = section.GetSection("Retry");
        if (ReadInt(retry, "MaxAttempts") is { } maxAttempts) options.Retry.MaxAttempts = maxAttempts;
        if (ReadTimeSpan(retry, "BaseDelay") is { } baseDelay) options.Retry.BaseDelay = baseDelay;
        if (ReadTimeSpan(retry, "MaxDelay") is { } maxDelay) options.Retry.MaxDelay = maxDelay;
        if (ReadTimeSpan(retry, "TotalBudget") is { } totalBudget) options.Retry.TotalBudget = totalBudget;
        if (ReadTimeSpan(retry, "MaxServerWait") is { } maxServerWait) options.Retry.MaxServerWait = maxServerWait;
    }

    private static bool? ReadBool(IConfiguration section, string key) =>
        Text(section, key) is not { } text ? null : bool.TryParse(text, out bool value) ? value : throw Invalid(section, key, "boolean");

    private static int? ReadInt(IConfiguration section, string key) =>
        Text(section, key) is not { } text ? null
        : int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) ? value : throw Invalid(section, key, "integer");

    private static double? ReadDouble(IConfiguration section, string key) =>
        Text(section, key) is not { } text ? null
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) ? value : throw Invalid(section, key, "number");

    private static TimeSpan? ReadTimeSpan(IConfiguration section, string key) =>
        Text(section, key) is not { } text ? null
        : TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out TimeSpan value) ? value : throw Invalid(section, key, "time span (hh:mm:ss)");

    private static Uri? ReadUri(IConfiguration section, string key) =>
        Text(section, key) is not { } text ? null
        : Uri.TryCreate(text, UriKind.Absolute, out Uri? value) ? value : throw Invalid(section, key, "absolute URI");

    private static string? Text(IConfiguration section, string key) => section[key]?.Trim();

    // The value is not echoed: it may be a secret pasted under the wrong key.
    private static InvalidOperationException Invalid(IConfiguration section, string key, string expected) =>
        new($"Configuration value at '{(section is IConfigurationSection s ? s.Path + ":" : string.Empty)}{key}' is not a valid {expected}.");
}
