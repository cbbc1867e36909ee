using System;

namespace GraphGen.Runtime.Audiences;

/// <summary>
/// One column of a customer-file custom audience schema (the multi-key <c>schema</c> of
/// <c>POST /{custom_audience_id}/users</c>). <see cref="AudienceKeys"/> gives each key's wire name and whether
/// its values are SHA-256 hashed.
/// </summary>
public enum AudienceKey
{
    /// <summary><c>EMAIL</c>: trimmed, lowercased, shape-checked, hashed.</summary>
    Email,

    /// <summary><c>PHONE</c>: digits only with the country code, leading zeros dropped, hashed.</summary>
    Phone,

    /// <summary><c>GEN</c>: <c>m</c> or <c>f</c>, hashed.</summary>
    Gender,

    /// <summary><c>DOBY</c>: four-digit birth year from 1900 to the current year, hashed.</summary>
    BirthYear,

    /// <summary><c>DOBM</c>: two-digit birth month <c>01</c>..<c>12</c>, hashed.</summary>
    BirthMonth,

    /// <summary><c>DOBD</c>: two-digit birth day <c>01</c>..<c>31</c>, hashed.</summary>
    BirthDay,

    /// <summary><c>LN</c>: lowercase letters only (Unicode letters kept, UTF-8 before hashing), hashed.</summary>
    LastName,

    /// <summary><c>FN</c>: lowercase letters only (Unicode letters kept, UTF-8 before hashing), hashed.</summary>
    FirstName,

    /// <summary><c>FI</c>: the first letter of the normalized first name, hashed.</summary>
    FirstInitial,

    /// <summary><c>CT</c>: lowercase letters only, no spaces, hashed.</summary>
    City,

    /// <summary><c>ST</c>: lowercase; US state names become their two-letter code; no punctuation or spaces, hashed.</summary>
    State,

    /// <summary><c>ZIP</c>: lowercase, no spaces or dashes; US ZIP+4 keeps the first five digits, hashed.</summary>
    Zip,

    /// <summary><c>COUNTRY</c>: lowercase ISO 3166-1 alpha-2 code, hashed.</summary>
    Country,

    /// <summary><c>MADID</c>: mobile advertiser id (IDFA/AAID), lowercase with hyphens, NOT hashed.</summary>
    MobileAdvertiserId,

    /// <summary><c>EXTERN_ID</c>: the advertiser's own id, sent as is, NOT hashed.</summary>
    ExternId,

    /// <summary><c>LOOKALIKE_VALUE</c>: a customer value (number) for value-based audiences, NOT hashed, sent as a JSON number.</summary>
    LookalikeValue,

    /// <summary>
    /// <c>APPUID</c>: an app-scoped user id (digits), NOT hashed. Facebook matches it within the apps of
    /// <see cref="AudienceUploadOptions.AppIds"/>, which the uploader therefore requires.
    /// </summary>
    AppUserId,
}

/// <summary>Wire names and hashing rules of <see cref="AudienceKey"/>.</summary>
public static class AudienceKeys
{
    /// <summary>The name Facebook expects in the payload's <c>schema</c> array, e.g. <c>EMAIL</c>.</summary>
    public static string WireName(AudienceKey key) => key switch
    {
        AudienceKey.Email => "EMAIL",
        AudienceKey.Phone => "PHONE",
        AudienceKey.Gender => "GEN",
        AudienceKey.BirthYear => "DOBY",
        AudienceKey.BirthMonth => "DOBM",
        AudienceKey.BirthDay => "DOBD",
        AudienceKey.LastName => "LN",
        AudienceKey.FirstName => "FN",
        AudienceKey.FirstInitial => "FI",
        AudienceKey.City => "CT",
        AudienceKey.State => "ST",
        AudienceKey.Zip => "ZIP",
        AudienceKey.Country => "COUNTRY",
        AudienceKey.MobileAdvertiserId => "MADID",
        AudienceKey.ExternId => "EXTERN_ID",
        AudienceKey.LookalikeValue => "LOOKALIKE_VALUE",
        AudienceKey.AppUserId => "APPUID",
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "Unknown audience key."),
    };

    /// <summary>Parses a wire name (<c>EMAIL</c>, <c>FN</c>, ...; case-insensitive).</summary>
    public static bool TryParse(string? wireName, out AudienceKey key)
    {
        for (AudienceKey k = AudienceKey.Email; k <= AudienceKey.AppUserId; k++)
        {
            if (string.Equals(WireName(k), wireName, StringComparison.OrdinalIgnoreCase))
            {
                key = k;
                return true;
            }
        }

        key = default;
        return false;
    }

    /// <summary>
    /// Whether values of this key are sent as SHA-256 hex digests. MADID, EXTERN_ID, LOOKALIKE_VALUE and APPUID are
    /// sent in clear, as the reference page's schema table (and its APPUID example) says.
    /// </summary>
    public static bool IsHashed(AudienceKey key) =>
        key is not (AudienceKey.MobileAdvertiserId or AudienceKey.ExternId or AudienceKey.LookalikeValue or AudienceKey.AppUserId);

    /// <summary>
    /// Whether the key identifies a person (it can make a match on its own or with others). Only LOOKALIKE_VALUE is not:
    /// a row whose only non-empty value is a lookalike value is not worth sending.
    /// </summary>
    public static bool IsIdentifying(AudienceKey key) => key != AudienceKey.LookalikeValue;
}
