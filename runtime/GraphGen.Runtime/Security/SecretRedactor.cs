using System;
using System.Text;

namespace GraphGen.Runtime;

/// <summary>
/// Removes credentials from text before it goes into an exception, an attempt record or a URL we report: the known
/// token and secret anywhere, and the values of credential parameters in URLs and form bodies.
/// </summary>
internal sealed class SecretRedactor
{
    public const string Mask = "[redacted]";

    // Parameters whose values are credentials or derived from them.
    private static readonly string[] CredentialParameters =
        { "access_token", "appsecret_proof", "client_secret", "input_token", "fb_exchange_token", "code" };

    private readonly string[] _secrets;

    public SecretRedactor(params string?[] secrets)
    {
        _secrets = Array.FindAll(secrets, s => !string.IsNullOrEmpty(s))!;
    }

    /// <summary>A redactor that also hides <paramref name="extra"/> (a per-call token).</summary>
    public SecretRedactor With(string? extra) =>
        string.IsNullOrEmpty(extra) || Array.IndexOf(_secrets, extra) >= 0 ? this : new SecretRedactor([.. _secrets, extra]);

    /// <summary>Redacts known secrets and credential parameter values (<c>name=value</c> in URLs and forms).</summary>
    public string? RedactText(string? text)
    {
        if (string.IsNullOrEmpty(text)) return text;
        foreach (string secret in _secrets)
        {
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
        }

        foreach (string name in CredentialParameters)
        {
            text = RedactParameter(text, name);
        }

        return text;
    }

    private static string RedactParameter(string text, string name)
    {
        int start = 0;
        StringBuilder? sb = null;
        int copied = 0;
        while ((start = text.IndexOf(name + "=", start, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            bool atBoundary = start == 0 || text[start - 1] is '?' or '&' or ' ' or '"' or '\'' or ',' or ';' or '\n';
            int valueStart = start + name.Length + 1;
            int valueEnd = valueStart;
            while (valueEnd < text.Length && text[valueEnd] is not ('&' or ' ' or '"' or '\'' or '#' or '\r' or '\n' or ',' or ';' or '<'))
            {
                valueEnd++;
            }

            if (atBoundary && valueEnd > valueStart && string.CompareOrdinal(text, valueStart, Mask, 0, Mask.Length) != 0)
            {
                sb ??= new StringBuilder(text.Length);
                sb.Append(text, copied, valueStart - copied).Append(Mask);
                copied = valueEnd;
            }

            start = valueEnd;
        }

        return sb is null ? text : sb.Append(text, copied, text.Length - copied).ToString();
    }
}
