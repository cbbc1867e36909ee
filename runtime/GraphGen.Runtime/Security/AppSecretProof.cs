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
        // Stack buffers for short keys/tokens (the common case): the result string is the only allocation.
        const int StackLimit = 512;
        int keyLength = Encoding.UTF8.GetMaxByteCount(key.Length);
        int messageLength = Encoding.UTF8.GetMaxByteCount(message.Length);
        Span<byte> keyBytes = keyLength <= StackLimit ? stackalloc byte[keyLength] : new byte[keyLength];
        Span<byte> messageBytes = messageLength <= StackLimit ? stackalloc byte[messageLength] : new byte[messageLength];
        keyBytes = keyBytes[..Encoding.UTF8.GetBytes(key, keyBytes)];
        messageBytes = messageBytes[..Encoding.UTF8.GetBytes(message, messageBytes)];
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(keyBytes, messageBytes, mac);
        return LowerHex.Format(mac);
    }
}
