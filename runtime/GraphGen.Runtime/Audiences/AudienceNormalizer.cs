using System;
using System.Buffers;
using System.Globalization;
using System.Text;

namespace GraphGen.Runtime.Audiences;

/// <summary>
/// Normalizes customer-file values per Facebook's "Hashing and Normalizing Data" / Customer Information Parameters
/// rules, and turns them into the wire value (SHA-256 hex for hashed keys). One entry point for every
/// <see cref="AudienceKey"/>; span in, caller buffer out, no allocation on the hot path.
/// </summary>
/// <remarks>
/// <para>Rules shared by all keys: surrounding whitespace is trimmed (except EXTERN_ID, sent as is); an empty value
/// normalizes to an empty value and is sent as <c>""</c> (an unknown key, not an error); a hashed key's value that
/// already is 64 hex digits is treated as pre-hashed and passed through lowercased; values longer than
/// <see cref="MaxInputLength"/> are rejected as <see cref="AudienceRejectReason.TooLong"/>.</para>
/// <para>PHONE: symbols, letters and leading zeros are removed (a leading <c>00</c> or <c>+</c> international prefix
/// disappears with them). A parenthesized trunk zero as written in UK/European numbers, <c>+44 (0)20 7946 0958</c>,
/// is dropped so the result is the E.164 digits <c>442079460958</c>; without that rule the digits would be
/// <c>4402079460958</c>, which matches nobody. A number without a country code cannot be fixed here (we do not
/// guess the country): include it, as Facebook requires.</para>
/// <para>FN/LN/CT keep Unicode letters (and combining marks, recomposed to NFC so a decomposed <c>e&#x301;</c> hashes
/// like <c>é</c>), lowercased; digits, punctuation and spaces are removed. Hashing encodes the result as UTF-8.</para>
/// <para>ZIP: <c>12345-6789</c> (US ZIP+4, also written with spaces: <c>98 121-9431</c>) keeps the first five digits;
/// any other code is lowercased with spaces, dashes and punctuation removed (<c>SW1A 1AA</c> becomes <c>sw1a1aa</c>).</para>
/// <para>A value holding a lone surrogate is rejected (<see cref="AudienceRejectReason.InvalidText"/>): it is not text.</para>
/// </remarks>
public static class AudienceNormalizer
{
    /// <summary>Longest accepted input value, in UTF-16 characters. Longer values are rejected.</summary>
    public const int MaxInputLength = 1024;

    /// <summary>A buffer this long always suffices for any key's normalized or wire value.</summary>
    public const int MaxOutputLength = MaxInputLength;

    // Vectorized search for the rare value that holds surrogates at all (IndexOfAnyInRange allocated per call here).
    private static readonly SearchValues<char> Surrogates = SearchValues.Create(SurrogateRange());

    // Room for the shortest round-trip text of any double ("-1.7976931348623157E+308" is 24 characters).
    private const int MaxNumberLength = 32;

    /// <summary>The output length <see cref="TryNormalize"/> needs for an input of <paramref name="inputLength"/> characters.</summary>
    public static int GetMaxNormalizedLength(AudienceKey key, int inputLength) =>
        key == AudienceKey.LookalikeValue ? MaxNumberLength : Math.Max(Math.Min(inputLength, MaxInputLength), 2);

    /// <summary>The output length <see cref="TryNormalizeToWire(AudienceKey, ReadOnlySpan{char}, Span{char}, out int, out AudienceRejectReason)"/> needs: 64 for hashed keys, else the normalized length.</summary>
    public static int GetMaxWireLength(AudienceKey key, int inputLength) =>
        AudienceKeys.IsHashed(key) ? AudienceHasher.HexLength : GetMaxNormalizedLength(key, inputLength);

    /// <summary>
    /// Normalizes <paramref name="input"/> for <paramref name="key"/> without hashing. A pre-hashed value (64 hex
    /// digits, hashed keys only) is returned lowercased.
    /// </summary>
    /// <returns><see langword="false"/> with <paramref name="reason"/> when the value cannot be normalized.</returns>
    /// <exception cref="ArgumentException"><paramref name="output"/> is shorter than <see cref="GetMaxNormalizedLength"/>.</exception>
    public static bool TryNormalize(
        AudienceKey key, ReadOnlySpan<char> input, Span<char> output, out int written, out AudienceRejectReason reason)
    {
        EnsureRoom(output, GetMaxNormalizedLength(key, input.Length));
        return TryNormalizeCore(key, input, output, out written, out reason, out _);
    }

    /// <summary>
    /// Normalizes <paramref name="input"/> and writes what goes on the wire: the lowercase SHA-256 hex of the
    /// normalized UTF-8 text for hashed keys, the normalized text for MADID, EXTERN_ID and LOOKALIKE_VALUE, and
    /// nothing (<paramref name="written"/> = 0) for an empty value.
    /// </summary>
    /// <returns><see langword="false"/> with <paramref name="reason"/> when the value cannot be normalized.</returns>
    /// <exception cref="ArgumentException"><paramref name="output"/> is shorter than <see cref="GetMaxWireLength"/>.</exception>
    public static bool TryNormalizeToWire(
        AudienceKey key, ReadOnlySpan<char> input, Span<char> output, out int written, out AudienceRejectReason reason) =>
        TryNormalizeToWire(key, input, AudienceValueForm.Raw, output, out written, out reason);

    /// <summary>
    /// <see cref="TryNormalizeToWire(AudienceKey, ReadOnlySpan{char}, Span{char}, out int, out AudienceRejectReason)"/>
    /// for values the caller already normalized or hashed (<paramref name="form"/>): nothing is rewritten then, only
    /// what cannot be sent is refused.
    /// </summary>
    /// <returns><see langword="false"/> with <paramref name="reason"/> when the value cannot be sent.</returns>
    /// <exception cref="ArgumentException"><paramref name="output"/> is shorter than <see cref="GetMaxWireLength"/>.</exception>
    public static bool TryNormalizeToWire(
        AudienceKey key, ReadOnlySpan<char> input, AudienceValueForm form, Span<char> output, out int written, out AudienceRejectReason reason)
    {
        EnsureRoom(output, GetMaxWireLength(key, input.Length));
        if (form != AudienceValueForm.Raw)
        {
            return TryEncodePrepared(key, input, form, output, out written, out reason);
        }

        if (!AudienceKeys.IsHashed(key))
        {
            return TryNormalizeCore(key, input, output, out written, out reason, out _);
        }

        // Sized to the value: a fixed 1,024-char buffer would be zeroed on every call, which costs more than the hash.
        Span<char> normalized = stackalloc char[GetMaxNormalizedLength(key, input.Length)];
        if (!TryNormalizeCore(key, input, normalized, out int length, out reason, out bool alreadyHashed))
        {
            written = 0;
            return false;
        }

        if (length == 0 || alreadyHashed)
        {
            normalized.Slice(0, length).CopyTo(output);
            written = length;
            return true;
        }

        AudienceHasher.Sha256Hex(normalized.Slice(0, length), output);
        written = AudienceHasher.HexLength;
        return true;
    }

    // Normalized / Hashed input: nothing is rewritten, only what cannot be sent is refused.
    private static bool TryEncodePrepared(
        AudienceKey key, ReadOnlySpan<char> value, AudienceValueForm form, Span<char> output, out int written, out AudienceRejectReason reason)
    {
        written = 0;
        reason = AudienceRejectReason.None;
        if (value.IsEmpty) return true;
        if (value.Length > MaxInputLength) reason = AudienceRejectReason.TooLong;
        else if (HasLoneSurrogate(value)) reason = AudienceRejectReason.InvalidText;
        else if (AudienceKeys.IsHashed(key))
        {
            if (form == AudienceValueForm.Hashed)
            {
                if (!AudienceHasher.IsSha256Hex(value)) reason = AudienceRejectReason.InvalidHash;
                else written = value.ToLowerInvariant(output);
            }
            else
            {
                AudienceHasher.Sha256Hex(value, output);
                written = AudienceHasher.HexLength;
            }
        }
        else if (key == AudienceKey.LookalikeValue)
        {
            if (!TryNumber(value, output, out written)) reason = AudienceRejectReason.InvalidLookalikeValue;
        }
        else
        {
            written = value.Length;
            value.CopyTo(output);
        }

        return reason == AudienceRejectReason.None;
    }

    /// <summary>Allocating convenience over <see cref="TryNormalizeToWire(AudienceKey, ReadOnlySpan{char}, Span{char}, out int, out AudienceRejectReason)"/>: the wire value, or null when rejected.</summary>
    public static string? NormalizeToWire(AudienceKey key, string? input, out AudienceRejectReason reason)
    {
        ReadOnlySpan<char> value = input.AsSpan();
        Span<char> output = stackalloc char[MaxOutputLength];
        if (!TryNormalizeToWire(key, value, output, out int written, out reason))
        {
            return null;
        }

        return written == 0 ? string.Empty : new string(output.Slice(0, written));
    }

    private static void EnsureRoom(Span<char> output, int needed)
    {
        if (output.Length < needed)
        {
            throw new ArgumentException(
                $"The output buffer needs at least {needed} characters; size it with GetMaxNormalizedLength/GetMaxWireLength.",
                nameof(output));
        }
    }

    private static bool TryNormalizeCore(
        AudienceKey key,
        ReadOnlySpan<char> input,
        Span<char> output,
        out int written,
        out AudienceRejectReason reason,
        out bool alreadyHashed)
    {
        written = 0;
        alreadyHashed = false;
        reason = AudienceRejectReason.None;

        // EXTERN_ID is the advertiser's own key, matched byte for byte against their other uploads: sent as is.
        ReadOnlySpan<char> value = key == AudienceKey.ExternId ? input : input.Trim();
        if (value.IsEmpty)
        {
            return true;
        }

        if (value.Length > MaxInputLength)
        {
            reason = AudienceRejectReason.TooLong;
            return false;
        }

        // A lone surrogate is not text: dropped silently it would hash a different value than the caller holds.
        if (HasLoneSurrogate(value))
        {
            reason = AudienceRejectReason.InvalidText;
            return false;
        }

        if (AudienceKeys.IsHashed(key) && AudienceHasher.IsSha256Hex(value))
        {
            alreadyHashed = true;
            written = value.ToLowerInvariant(output);
            return true;
        }

        AudienceRejectReason failure = key switch
        {
            AudienceKey.Email => AudienceRejectReason.InvalidEmail,
            AudienceKey.Phone => AudienceRejectReason.InvalidPhone,
            AudienceKey.Gender => AudienceRejectReason.InvalidGender,
            AudienceKey.BirthYear => AudienceRejectReason.InvalidBirthYear,
            AudienceKey.BirthMonth => AudienceRejectReason.InvalidBirthMonth,
            AudienceKey.BirthDay => AudienceRejectReason.InvalidBirthDay,
            AudienceKey.FirstName or AudienceKey.LastName or AudienceKey.FirstInitial => AudienceRejectReason.InvalidName,
            AudienceKey.City => AudienceRejectReason.InvalidCity,
            AudienceKey.State => AudienceRejectReason.InvalidState,
            AudienceKey.Zip => AudienceRejectReason.InvalidZip,
            AudienceKey.Country => AudienceRejectReason.UnknownCountry,
            AudienceKey.MobileAdvertiserId => AudienceRejectReason.InvalidMobileAdvertiserId,
            AudienceKey.LookalikeValue => AudienceRejectReason.InvalidLookalikeValue,
            AudienceKey.AppUserId => AudienceRejectReason.InvalidAppUserId,
            _ => AudienceRejectReason.None,
        };

        bool ok = key switch
        {
            AudienceKey.Email => TryEmail(value, output, out written),
            AudienceKey.Phone => TryPhone(value, output, out written),
            AudienceKey.Gender => TryGender(value, output, out written),
            AudienceKey.BirthYear => TryBirthYear(value, output, out written),
            AudienceKey.BirthMonth => TryTwoDigits(value, 12, output, out written),
            AudienceKey.BirthDay => TryTwoDigits(value, 31, output, out written),
            AudienceKey.FirstName or AudienceKey.LastName or AudienceKey.City =>
                TryLetters(value, output, keepDigits: false, out written, out failure, failure),
            AudienceKey.FirstInitial => TryFirstInitial(value, output, out written, out failure),
            AudienceKey.State => TryState(value, output, out written, out failure),
            AudienceKey.Zip => TryZip(value, output, out written),
            AudienceKey.Country => TryCountry(value, output, out written),
            AudienceKey.MobileAdvertiserId => TryMobileAdvertiserId(value, output, out written),
            AudienceKey.ExternId => TryCopy(value, output, out written),
            AudienceKey.LookalikeValue => TryNumber(value, output, out written),
            AudienceKey.AppUserId => TryAsciiDigits(value, output, out written),
            _ => throw new ArgumentOutOfRangeException(nameof(key), key, "Unknown audience key."),
        };

        if (!ok)
        {
            written = 0;
            reason = failure;
        }

        return ok;
    }

    // EMAIL: trim + lowercase (Facebook), then the shape check of Facebook's own Business SDK
    // (^[^@\s]+@(?:[-a-z0-9]+\.)+[a-z]{2,}$), widened to non-ASCII letters so IDN domains are not rejected.
    private static bool TryEmail(ReadOnlySpan<char> value, Span<char> output, out int written)
    {
        written = 0;
        int at = -1;
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return false;
            }

            if (c == '@')
            {
                if (at >= 0)
                {
                    return false;
                }

                at = i;
            }

            output[i] = char.ToLowerInvariant(c);
        }

        if (at <= 0 || at == value.Length - 1)
        {
            return false;
        }

        ReadOnlySpan<char> domain = output.Slice(at + 1, value.Length - at - 1);
        int labels = 0;
        while (true)
        {
            int dot = domain.IndexOf('.');
            ReadOnlySpan<char> label = dot < 0 ? domain : domain.Slice(0, dot);
            if (label.IsEmpty)
            {
                return false;
            }

            bool hasLetter = false;
            foreach (char c in label)
            {
                if (char.IsLetter(c))
                {
                    hasLetter = true;
                }
                else if (!char.IsAsciiDigit(c) && c != '-')
                {
                    return false;
                }
            }

            labels++;
            if (dot < 0)
            {
                // The top-level domain: at least two characters and not all digits (rejects "a@b.1").
                if (labels < 2 || label.Length < 2 || !hasLetter)
                {
                    return false;
                }

                break;
            }

            domain = domain.Slice(dot + 1);
        }

        written = value.Length;
        return true;
    }

    // PHONE: "Remove symbols, letters, and any leading zeros", country code kept; see the class remarks for "(0)".
    private static bool TryPhone(ReadOnlySpan<char> value, Span<char> output, out int written)
    {
        written = 0;
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c == '(')
            {
                int j = i + 1;
                while (j < value.Length && value[j] == '0')
                {
                    j++;
                }

                if (j > i + 1 && j < value.Length && value[j] == ')')
                {
                    i = j; // a trunk prefix "(0)": not part of the international number
                    continue;
                }
            }

            if (!char.IsDigit(c))
            {
                continue;
            }

            // Any Unicode decimal digit (Arabic-Indic, full-width) becomes its ASCII digit.
            char digit = (char)('0' + (int)char.GetNumericValue(c));
            if (digit == '0' && written == 0)
            {
                continue;
            }

            if (written == 15)
            {
                return false; // E.164 numbers have at most 15 digits
            }

            output[written++] = digit;
        }

        // Shortest real numbers with a country code have 7 digits (e.g. Niue +683 1234).
        return written >= 7;
    }

    private static bool TryGender(ReadOnlySpan<char> value, Span<char> output, out int written)
    {
        written = 1;
        if (value.Equals("m", StringComparison.OrdinalIgnoreCase) || value.Equals("male", StringComparison.OrdinalIgnoreCase))
        {
            output[0] = 'm';
            return true;
        }

        if (value.Equals("f", StringComparison.OrdinalIgnoreCase) || value.Equals("female", StringComparison.OrdinalIgnoreCase))
        {
            output[0] = 'f';
            return true;
        }

        written = 0;
        return false;
    }

    private static bool TryBirthYear(ReadOnlySpan<char> value, Span<char> output, out int written)
    {
        written = 0;
        if (value.Length != 4 || !TryParseDigits(value, out int year) || year < 1900 || year > DateTime.UtcNow.Year)
        {
            return false;
        }

        value.CopyTo(output);
        written = 4;
        return true;
    }

    // DOBM/DOBD: "1" and "01" both become "01".
    private static bool TryTwoDigits(ReadOnlySpan<char> value, int max, Span<char> output, out int written)
    {
        written = 0;
        if (value.Length > 2 || !TryParseDigits(value, out int n) || n < 1 || n > max)
        {
            return false;
        }

        output[0] = (char)('0' + (n / 10));
        output[1] = (char)('0' + (n % 10));
        written = 2;
        return true;
    }

    private static bool TryParseDigits(ReadOnlySpan<char> value, out int number)
    {
        number = 0;
        foreach (char c in value)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            number = (number * 10) + (c - '0');
        }

        return value.Length > 0;
    }

    // FN/LN/CT (and ST's non-US part with digits): letters (plus combining marks) lowercased, everything else dropped.
    private static bool TryLetters(
        ReadOnlySpan<char> value,
        Span<char> output,
        bool keepDigits,
        out int written,
        out AudienceRejectReason reason,
        AudienceRejectReason failure)
    {
        written = 0;
        reason = failure;
        bool needsComposition = false;
        foreach (Rune rune in value.EnumerateRunes())
        {
            // ASCII first: most names are, and the Unicode tables below cost several times more per character.
            if (rune.IsAscii)
            {
                char c = (char)rune.Value;
                if (char.IsAsciiLetter(c) || (keepDigits && char.IsAsciiDigit(c)))
                {
                    if (written == output.Length)
                    {
                        reason = AudienceRejectReason.TooLong;
                        return false;
                    }

                    output[written++] = char.ToLowerInvariant(c);
                }

                continue;
            }

            Rune kept;
            if (Rune.IsLetter(rune))
            {
                kept = Rune.ToLowerInvariant(rune);
                // Hangul conjoining jamo are letters that NFC composes into syllables.
                needsComposition |= rune.Value is >= 0x1100 and <= 0x11FF;
            }
            else if (IsCombiningMark(rune))
            {
                kept = rune;
                needsComposition = true;
            }
            else if (keepDigits && Rune.IsDigit(rune))
            {
                kept = rune;
            }
            else
            {
                continue;
            }

            if (!kept.TryEncodeToUtf16(output.Slice(written), out int n))
            {
                reason = AudienceRejectReason.TooLong;
                return false;
            }

            written += n;
        }

        if (needsComposition && !TryComposeInPlace(output, ref written))
        {
            reason = AudienceRejectReason.TooLong;
            return false;
        }

        if (written == 0)
        {
            return false;
        }

        reason = AudienceRejectReason.None;
        return true;
    }

    private static bool IsCombiningMark(Rune rune) => Rune.GetUnicodeCategory(rune) is
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    // Cold path (decomposed input only): allocates to run the framework's NFC composition.
    private static bool TryComposeInPlace(Span<char> buffer, ref int length)
    {
        string composed;
        try
        {
            composed = new string(buffer.Slice(0, length)).Normalize(NormalizationForm.FormC);
        }
        catch (PlatformNotSupportedException)
        {
            return true; // globalization-invariant mode without normalization data: keep the text as is
        }

        if (composed.Length > buffer.Length)
        {
            return false;
        }

        composed.AsSpan().CopyTo(buffer);
        length = composed.Length;
        return true;
    }

    private static bool TryFirstInitial(ReadOnlySpan<char> value, Span<char> output, out int written, out AudienceRejectReason reason)
    {
        Span<char> name = stackalloc char[Math.Max(value.Length, 2)];
        if (!TryLetters(value, name, keepDigits: false, out int length, out reason, AudienceRejectReason.InvalidName))
        {
            written = 0;
            return false;
        }

        Rune.DecodeFromUtf16(name.Slice(0, length), out _, out int consumed);
        name.Slice(0, consumed).CopyTo(output);
        written = consumed;
        return true;
    }

    // ST: two-letter codes stay; US state and Canadian province names become their code; others keep letters and digits only.
    private static bool TryState(ReadOnlySpan<char> value, Span<char> output, out int written, out AudienceRejectReason reason)
    {
        if (!TryLetters(value, output, keepDigits: true, out written, out reason, AudienceRejectReason.InvalidState))
        {
            return false;
        }

        if (written > 2 && StateCodes.TryGetCode(output.Slice(0, written), out string? code))
        {
            code.AsSpan().CopyTo(output);
            written = 2;
        }

        return true;
    }

    private static bool TryZip(ReadOnlySpan<char> value, Span<char> output, out int written)
    {
        // Spaces go first, so a ZIP+4 typed with them ("98 121-9431") is still recognised as one.
        int compact = 0;
        foreach (char c in value)
        {
            if (!char.IsWhiteSpace(c)) output[compact++] = c;
        }

        ReadOnlySpan<char> zip = output.Slice(0, compact);
        if (compact == 10 && zip[5] == '-' && IsAsciiDigits(zip.Slice(0, 5)) && IsAsciiDigits(zip.Slice(6)))
        {
            written = 5; // US ZIP+4: Facebook matches on the first five digits only; they are already in place
            return true;
        }

        written = 0;
        for (int i = 0; i < compact; i++)
        {
            char c = output[i];
            if (char.IsLetterOrDigit(c))
            {
                output[written++] = char.ToLowerInvariant(c);
            }
        }

        return written > 0;
    }

    // APPUID: an app-scoped user id is a number; sent as the digits, never hashed.
    private static bool TryAsciiDigits(ReadOnlySpan<char> value, Span<char> output, out int written)
    {
        written = 0;
        if (!IsAsciiDigits(value)) return false;
        value.CopyTo(output);
        written = value.Length;
        return true;
    }

    private static char[] SurrogateRange()
    {
        var range = new char[0xE000 - 0xD800];
        for (int i = 0; i < range.Length; i++) range[i] = (char)(0xD800 + i);
        return range;
    }

    private static bool HasLoneSurrogate(ReadOnlySpan<char> value)
    {
        int i = value.IndexOfAny(Surrogates);
        if (i < 0) return false;
        for (; i < value.Length; i++)
        {
            char c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) i++;
            else if (char.IsSurrogate(c)) return true;
        }

        return false;
    }

    private static bool IsAsciiDigits(ReadOnlySpan<char> value)
    {
        foreach (char c in value)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryCountry(ReadOnlySpan<char> value, Span<char> output, out int written)
    {
        if (!TryLetters(value, output, keepDigits: false, out written, out _, AudienceRejectReason.UnknownCountry)
            || !CountryCodes.TryGetCode(output.Slice(0, written), out string? code))
        {
            written = 0;
            return false;
        }

        code.AsSpan().CopyTo(output);
        written = 2;
        return true;
    }

    // MADID (IDFA / AAID): lowercase, hyphens kept, never hashed.
    private static bool TryMobileAdvertiserId(ReadOnlySpan<char> value, Span<char> output, out int written)
    {
        written = 0;
        int hexDigits = 0;
        foreach (char c in value)
        {
            if (char.IsAsciiHexDigit(c))
            {
                hexDigits++;
            }
            else if (c != '-')
            {
                return false;
            }

            output[written++] = char.ToLowerInvariant(c);
        }

        return hexDigits == 32;
    }

    private static bool TryCopy(ReadOnlySpan<char> value, Span<char> output, out int written)
    {
        value.CopyTo(output);
        written = value.Length;
        return true;
    }

    // LOOKALIKE_VALUE: a finite, non-negative number, rewritten in invariant round-trip form (valid JSON number text).
    private static bool TryNumber(ReadOnlySpan<char> value, Span<char> output, out int written)
    {
        written = 0;
        const NumberStyles Styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;
        return double.TryParse(value, Styles, CultureInfo.InvariantCulture, out double number)
            && double.IsFinite(number)
            && number >= 0
            && number.TryFormat(output, out written, "R", CultureInfo.InvariantCulture);
    }
}
