using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace GraphGen.Runtime;

/// <summary>
/// <c>appsecret_proof</c>: the lowercase hex HMAC-SHA256 of the access token keyed with the app secret
/// (developers.facebook.com/docs/graph-api/securing-requests). The time-bound form signs <c>token|unix_time</c> and is
/// sent with <c>appsecret_time</c> (the form documented for Workplace and accepted by Graph).
/// </summary>
public static class AppSecretProof
{
    /// <summary>Computes <c>appsecret_proof</c> for a token.</summary>
    /// <param name="appSecret">The app secret (HMAC key).</param>
    /// <param name="accessToken">The access token (message).</param>
    /// <returns>64 lowercase hex characters.</returns>
    public static string Compute(string appSecret, string accessToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(appSecret);
        ArgumentException.ThrowIfNullOrEmpty(accessToken);
        return Hex(appSecret, accessToken);
    }

    /// <summary>Computes the time-bound <c>appsecret_proof</c> sent together with <c>appsecret_time</c>.</summary>
    /// <param name="appSecret">The app secret (HMAC key).</param>
    /// <param name="accessToken">The access token.</param>
    /// <param name="unixTimeSeconds">The value sent as <c>appsecret_time</c>.</param>
    /// <returns>64 lowercase hex characters.</returns>
    public static string Compute(string appSecret, string accessToken, long unixTimeSeconds)
    {
        ArgumentException.ThrowIfNullOrEmpty(appSecret);
        ArgumentException.ThrowIfNullOrEmpty(accessToken);
        return Hex(appSecret, accessToken + "|" + unixTimeSeconds.ToString(CultureInfo.InvariantCulture));
    }

    private static string Hex(string key, string message)
    {
        byte[] mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(message));
        return Convert.ToHexString(mac).ToLowerInvariant();
    }
}
