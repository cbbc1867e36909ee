using System;
using System.Collections.Generic;
using System.Text;

namespace GraphGen.Runtime;

/// <summary>Encodes and decodes <c>application/x-www-form-urlencoded</c> pairs (query strings and form bodies).</summary>
internal static class QueryString
{
    public static string Encode(IReadOnlyList<KeyValuePair<string, string>> pairs)
    {
        var sb = new StringBuilder();
        AppendEncoded(sb, pairs);
        return sb.ToString();
    }

    /// <summary>Appends <c>name=value&amp;...</c>, percent-encoded, to a builder that may already hold a URL.</summary>
    public static void AppendEncoded(StringBuilder sb, IReadOnlyList<KeyValuePair<string, string>> pairs)
    {
        for (int i = 0; i < pairs.Count; i++)
        {
            if (i > 0) sb.Append('&');
            sb.Append(Uri.EscapeDataString(pairs[i].Key)).Append('=').Append(Uri.EscapeDataString(pairs[i].Value));
        }
    }

    public static List<KeyValuePair<string, string>> Decode(string query)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (string part in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            int eq = part.IndexOf('=', StringComparison.Ordinal);
            string name = eq < 0 ? part : part[..eq];
            string value = eq < 0 ? string.Empty : part[(eq + 1)..];
            pairs.Add(new KeyValuePair<string, string>(Unescape(name), Unescape(value)));
        }

        return pairs;
    }

    private static string Unescape(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
}
