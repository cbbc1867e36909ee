using System;
using System.Net;
using System.Net.Http;

namespace GraphGen.Runtime;

/// <summary>
/// The one rule for redirects: follow a redirect only to the configured Graph origin (scheme, host and port), at most
/// <see cref="MaxHops"/> times, and only when it keeps the method (a POST answered with 301/302/303 would become a GET
/// without its body). Anything else is refused before a byte is sent to the named host.
/// </summary>
internal static class RedirectPolicy
{
    /// <summary>Redirects followed per attempt before giving up.</summary>
    public const int MaxHops = 5;

    /// <summary>Whether the status asks the client to go elsewhere.</summary>
    public static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    /// <summary>The absolute target of a redirect response, or <c>null</c> when it names none.</summary>
    public static Uri? TargetOf(HttpResponseMessage response, Uri current)
    {
        Uri? location = response.Headers.Location;
        if (location is null) return null;
        return location.IsAbsoluteUri ? location : Uri.TryCreate(current, location, out Uri? resolved) ? resolved : null;
    }

    /// <summary><c>null</c> when the redirect may be followed, otherwise why it is refused.</summary>
    public static string? Refusal(HttpMethod method, HttpStatusCode status, Uri target, Uri baseAddress, int hop)
    {
        if (!PreparedRequest.IsSameOrigin(target, baseAddress))
        {
            return $"it points to another host ({Origin(target)}); only {Origin(baseAddress)} is trusted with the request";
        }

        if (hop >= MaxHops) return $"more than {MaxHops} redirects in a row";
        if (method != HttpMethod.Get && status is not (HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect))
        {
            return $"HTTP {(int)status} would turn the {method} into a GET without its parameters";
        }

        return null;
    }

    /// <summary>Scheme, host and port only: a redirect target's path and query are not ours to print.</summary>
    public static string Origin(Uri uri) => uri.IsAbsoluteUri ? uri.GetLeftPart(UriPartial.Authority) : "(relative)";
}
