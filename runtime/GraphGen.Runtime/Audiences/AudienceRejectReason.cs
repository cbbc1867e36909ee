namespace GraphGen.Runtime.Audiences;

/// <summary>Why a value (or a whole row) was not sent to Facebook.</summary>
public enum AudienceRejectReason
{
    /// <summary>The value was accepted.</summary>
    None,

    /// <summary>The value is longer than <see cref="AudienceNormalizer.MaxInputLength"/> characters.</summary>
    TooLong,

    /// <summary>Not an email address (no single <c>@</c>, no dotted domain with a letter TLD, or whitespace inside).</summary>
    InvalidEmail,

    /// <summary>Fewer than 7 or more than 15 digits remain after removing symbols, letters and leading zeros.</summary>
    InvalidPhone,

    /// <summary>Not one of m, f, male, female (any case).</summary>
    InvalidGender,

    /// <summary>Not four digits between 1900 and the current year.</summary>
    InvalidBirthYear,

    /// <summary>Not a month number 1..12.</summary>
    InvalidBirthMonth,

    /// <summary>Not a day number 1..31.</summary>
    InvalidBirthDay,

    /// <summary>A first/last name or initial with no letters left after removing punctuation, digits and spaces.</summary>
    InvalidName,

    /// <summary>A city with no letters left after removing punctuation, digits and spaces.</summary>
    InvalidCity,

    /// <summary>A state with no letters or digits left after removing punctuation and spaces.</summary>
    InvalidState,

    /// <summary>A postal code with no letters or digits left after removing spaces and punctuation.</summary>
    InvalidZip,

    /// <summary>Neither an ISO 3166-1 alpha-2 code nor a known country name.</summary>
    UnknownCountry,

    /// <summary>A mobile advertiser id that is not 32 hexadecimal digits (hyphens allowed).</summary>
    InvalidMobileAdvertiserId,

    /// <summary>A lookalike value that is not a finite, non-negative number.</summary>
    InvalidLookalikeValue,

    /// <summary>Row level: the row has no non-empty identifying value left, so it is not sent.</summary>
    NoMatchKeys,

    /// <summary>Row level: the row has a different number of values than the schema has keys.</summary>
    WrongValueCount,

    /// <summary>The value holds a lone surrogate: it is not text, cannot be encoded as UTF-8, and would hash as something else.</summary>
    InvalidText,

    /// <summary>An APPUID that is not an app-scoped user id (digits only).</summary>
    InvalidAppUserId,

    /// <summary>With <see cref="AudienceValueForm.Hashed"/>: a hashed key's value that is not 64 hex digits.</summary>
    InvalidHash,
}
