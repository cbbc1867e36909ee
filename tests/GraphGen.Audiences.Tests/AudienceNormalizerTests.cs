using System;
using GraphGen.Runtime.Audiences;

namespace GraphGen.Audiences.Tests;

// Expected hashes were computed independently with `printf %s <normalized> | sha256sum` when the tests were written;
// the email/phone/first-name ones equal the examples on Facebook's Customer Information Parameters page.
public sealed class AudienceNormalizerTests
{
    private static string Wire(AudienceKey key, string input)
    {
        string? wire = AudienceNormalizer.NormalizeToWire(key, input, out AudienceRejectReason reason);
        Assert.True(wire is not null, $"{key} '{input}' was rejected: {reason}");
        Assert.Equal(AudienceRejectReason.None, reason);
        return wire!;
    }

    private static string Normalized(AudienceKey key, string input)
    {
        Span<char> output = stackalloc char[AudienceNormalizer.GetMaxNormalizedLength(key, input.Length)];
        Assert.True(AudienceNormalizer.TryNormalize(key, input, output, out int written, out AudienceRejectReason reason), reason.ToString());
        return new string(output.Slice(0, written));
    }

    private static AudienceRejectReason Rejected(AudienceKey key, string input)
    {
        string? wire = AudienceNormalizer.NormalizeToWire(key, input, out AudienceRejectReason reason);
        Assert.Null(wire);
        Assert.NotEqual(AudienceRejectReason.None, reason);
        return reason;
    }

    [Fact]
    public void Email_is_trimmed_lowercased_and_hashed_like_facebooks_example()
    {
        Assert.Equal("john_smith@gmail.com", Normalized(AudienceKey.Email, "  John_Smith@gmail.com "));
        Assert.Equal("62a14e44f765419d10fea99367361a727c12365e2520f32218d505ed9aa0f62f", Wire(AudienceKey.Email, "  John_Smith@gmail.com "));
    }

    [Theory]
    [InlineData("not-an-email")]
    [InlineData("a@b")]
    [InlineData("@gmail.com")]
    [InlineData("john@")]
    [InlineData("john smith@gmail.com")]
    [InlineData("john@@gmail.com")]
    [InlineData("john@gmail..com")]
    [InlineData("john@host.1")]
    public void Invalid_email_is_rejected_with_reason(string input)
    {
        Assert.Equal(AudienceRejectReason.InvalidEmail, Rejected(AudienceKey.Email, input));
    }

    [Fact]
    public void Phone_keeps_digits_and_country_code_like_facebooks_example()
    {
        Assert.Equal("16505551212", Normalized(AudienceKey.Phone, "+1 (650) 555-1212"));
        Assert.Equal("e323ec626319ca94ee8bff2e4c87cf613be6ea19919ed1364124e16807ab3176", Wire(AudienceKey.Phone, "1 (650)555-1212"));
    }

    [Theory]
    [InlineData("+44 (0)20 7946 0958")]
    [InlineData("+44 20 7946 0958")]
    [InlineData("0044 20 7946 0958")]
    [InlineData("44-20-7946-0958")]
    public void Uk_phone_drops_the_parenthesized_trunk_zero_and_international_prefix(string input)
    {
        Assert.Equal("442079460958", Normalized(AudienceKey.Phone, input));
        Assert.Equal("35e206e5dec4c89b9e8b71b8c32724a5bb518483ac5a20c6617d738375b3b823", Wire(AudienceKey.Phone, input));
    }

    [Theory]
    [InlineData("n/a")]
    [InlineData("12345")]
    [InlineData("1234567890123456")]
    public void Phone_without_a_plausible_number_of_digits_is_rejected(string input)
    {
        Assert.Equal(AudienceRejectReason.InvalidPhone, Rejected(AudienceKey.Phone, input));
    }

    [Theory]
    [InlineData("FEMALE", "f")]
    [InlineData("Female", "f")]
    [InlineData("f", "f")]
    [InlineData(" M ", "m")]
    [InlineData("male", "m")]
    public void Gender_becomes_m_or_f(string input, string expected)
    {
        Assert.Equal(expected, Normalized(AudienceKey.Gender, input));
    }

    [Fact]
    public void Gender_hashes_match_independent_sha256()
    {
        Assert.Equal("252f10c83610ebca1a059c0bae8255eba2f95be4d1d7bcfa89d7248a82d9f111", Wire(AudienceKey.Gender, "FEMALE"));
        Assert.Equal("62c66a7a5dd70c3146618063c344e531e6d4b59e379808443ce962b3abd63c5a", Wire(AudienceKey.Gender, "Male"));
        Assert.Equal(AudienceRejectReason.InvalidGender, Rejected(AudienceKey.Gender, "unknown"));
    }

    [Fact]
    public void Birth_date_parts_are_validated_and_zero_padded()
    {
        Assert.Equal("a7be8e1fe282a37cd666e0632b17d933fa13f21addf4798fc0455bc166e2488c", Wire(AudienceKey.BirthYear, "1990"));
        Assert.Equal("938db8c9f82c8cb58d3f3ef4fd250036a48d26a712753d2fde5abd03a85cabf4", Wire(AudienceKey.BirthMonth, "1"));
        Assert.Equal("01", Normalized(AudienceKey.BirthMonth, "01"));
        Assert.Equal("19b100ab7725c612f3d80ff203ca53cea5cadaafae3bf0f88f0fb4089fe08815", Wire(AudienceKey.BirthDay, "07"));
        Assert.Equal("31", Normalized(AudienceKey.BirthDay, "31"));

        Assert.Equal(AudienceRejectReason.InvalidBirthYear, Rejected(AudienceKey.BirthYear, "1899"));
        Assert.Equal(AudienceRejectReason.InvalidBirthYear, Rejected(AudienceKey.BirthYear, (DateTime.UtcNow.Year + 1).ToString()));
        Assert.Equal(AudienceRejectReason.InvalidBirthYear, Rejected(AudienceKey.BirthYear, "90"));
        Assert.Equal(AudienceRejectReason.InvalidBirthMonth, Rejected(AudienceKey.BirthMonth, "13"));
        Assert.Equal(AudienceRejectReason.InvalidBirthMonth, Rejected(AudienceKey.BirthMonth, "0"));
        Assert.Equal(AudienceRejectReason.InvalidBirthDay, Rejected(AudienceKey.BirthDay, "32"));
    }

    [Fact]
    public void Names_are_lowercased_letters_only_like_facebooks_examples()
    {
        Assert.Equal("6915771be1c5aa0c886870b6951b03d7eafc121fea0e80a5ea83beb7c449f4ec", Wire(AudienceKey.FirstName, "Mary"));
        Assert.Equal("08e1996b5dd49e62a4b4c010d44e4345592a863bb9f8e3976219bac29417149c", Wire(AudienceKey.FirstName, "Valéry"));
        Assert.Equal("8fa8cd9c440be61d0151429310034083132b35975c4bea67fdd74158eb51db14", Wire(AudienceKey.FirstName, "정"));
        Assert.Equal("b4cb6cb33fe4b865868de825023a1e2790dc12ac01ecc8d7c5afe8254071c8ba", Wire(AudienceKey.LastName, "O'Brien"));
        Assert.Equal("6627835f988e2c5e50533d491163072d3f4f41f5c8b04630150debb3722ca2dd", Wire(AudienceKey.LastName, " Smith, Jr. 3"[..7]));
    }

    [Fact]
    public void Accented_name_is_hashed_as_utf8_whether_composed_or_decomposed()
    {
        const string Expected = "5f78ac01bde900c5e01be9f12cd565c62c6e6363796d30fa5748d00187357be8"; // sha256("amélie")
        Assert.Equal("amélie", Normalized(AudienceKey.FirstName, "Amélie"));
        Assert.Equal(Expected, Wire(AudienceKey.FirstName, "Amélie"));
        Assert.Equal(Expected, Wire(AudienceKey.FirstName, "Ame\u0301lie"));
        Assert.Equal(Expected, Wire(AudienceKey.FirstName, "AMÉLIE!"));
    }

    [Fact]
    public void Name_with_no_letters_is_rejected()
    {
        Assert.Equal(AudienceRejectReason.InvalidName, Rejected(AudienceKey.FirstName, "1234 !!"));
    }

    [Fact]
    public void First_initial_is_the_first_letter_of_the_normalized_first_name()
    {
        Assert.Equal("m", Normalized(AudienceKey.FirstInitial, "Mary"));
        Assert.Equal("o", Normalized(AudienceKey.FirstInitial, "'Olivia"));
        Assert.Equal("é", Normalized(AudienceKey.FirstInitial, "Élodie"));
        Assert.Equal("65c74c15a686187bb6bbf9958f494fc6b80068034a659a9ad44991b08c58f2d2", Wire(AudienceKey.FirstInitial, "O."));
    }

    [Fact]
    public void City_is_lowercase_letters_without_spaces()
    {
        Assert.Equal("1a6bd4d9d79dc0a79b53795c70d3349fa9e38968a3fbefbfe8783efb1d2b6aac", Wire(AudienceKey.City, "San Francisco"));
        Assert.Equal("f75c175f552c8b2bf46ef4b282ee782c81cf8687f66a8fe8278cc56fa727503e", Wire(AudienceKey.City, "München"));
        Assert.Equal("saintlouis", Normalized(AudienceKey.City, "Saint-Louis"));
    }

    [Theory]
    [InlineData("California", "ca")]
    [InlineData("CA", "ca")]
    [InlineData("New York", "ny")]
    [InlineData("N.Y.", "ny")]
    [InlineData("District of Columbia", "dc")]
    [InlineData("Île-de-France", "îledefrance")]
    public void State_names_become_two_letter_codes_and_others_are_compacted(string input, string expected)
    {
        Assert.Equal(expected, Normalized(AudienceKey.State, input));
    }

    [Fact]
    public void State_hashes_match_independent_sha256()
    {
        Assert.Equal("6959097001d10501ac7d54c0bdb8db61420f658f2922cc26e46d536119a31126", Wire(AudienceKey.State, "California"));
        Assert.Equal("1b06e2003f8420d6fa42badd8f77ec0f706b976b7a48b13c567dc5a559681683", Wire(AudienceKey.State, "new york"));
    }

    [Theory]
    [InlineData("90210-1234", "90210")]
    [InlineData("90210", "90210")]
    [InlineData(" 90210 ", "90210")]
    [InlineData("SW1A 1AA", "sw1a1aa")]
    [InlineData("100-0001", "1000001")]
    public void Zip_is_lowercase_without_spaces_and_us_zip_plus_four_keeps_five_digits(string input, string expected)
    {
        Assert.Equal(expected, Normalized(AudienceKey.Zip, input));
    }

    [Fact]
    public void Zip_hashes_match_independent_sha256()
    {
        Assert.Equal("b83c588da0c6931625f42e0948054a3ade722bfd02c27816305742ed7390ac6c", Wire(AudienceKey.Zip, "90210-1234"));
        Assert.Equal("830e1d4b9838bab1f5c2acdb23e0b502ff13a9832c4632e8d67a1d43d3b7f614", Wire(AudienceKey.Zip, "SW1A 1AA"));
    }

    [Theory]
    [InlineData("United States", "us")]
    [InlineData("USA", "us")]
    [InlineData("U.S.", "us")]
    [InlineData("US", "us")]
    [InlineData("united kingdom", "gb")]
    [InlineData("UK", "gb")]
    [InlineData("GB", "gb")]
    [InlineData("Côte d'Ivoire", "ci")]
    [InlineData("fr", "fr")]
    [InlineData("Germany", "de")]
    public void Country_becomes_lowercase_alpha2(string input, string expected)
    {
        Assert.Equal(expected, Normalized(AudienceKey.Country, input));
    }

    [Fact]
    public void Country_hashes_match_independent_sha256()
    {
        Assert.Equal("79adb2a2fce5c6ba215fe5f27f532d4e7edbac4b6a5e09e1ef3a08084a904621", Wire(AudienceKey.Country, "United States"));
        Assert.Equal("0b407281768f0e833afef47ed464b6571d01ca4d53c12ce5c51d1462f4ad6677", Wire(AudienceKey.Country, "UK"));
        Assert.Equal("67ad8f41a7bb0a18c45f3efd8f6a32bdcd832bcf8f3f2eb44006c03d53076e18", Wire(AudienceKey.Country, "FR"));
    }

    [Theory]
    [InlineData("Atlantis")]
    [InlineData("XX")]
    [InlineData("ZZ")]
    [InlineData("123")]
    public void Unknown_country_is_rejected(string input)
    {
        Assert.Equal(AudienceRejectReason.UnknownCountry, Rejected(AudienceKey.Country, input));
    }

    [Fact]
    public void Every_assigned_iso_alpha2_code_is_accepted_and_there_are_249()
    {
        string[] codes = "ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bl bm bn bo bq br bs bt bv bw by bz ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg eh er es et fi fj fk fm fo fr ga gb gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in io iq ir is it je jm jo jp ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mf mg mh mk ml mm mn mo mp mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pl pm pn pr ps pt pw py qa re ro rs ru rw sa sb sc sd se sg sh si sj sk sl sm sn so sr ss st sv sx sy sz tc td tf tg th tj tk tl tm tn to tr tt tv tw tz ua ug um us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw".Split(' ');
        Assert.Equal(249, codes.Length);
        foreach (string code in codes)
        {
            Assert.Equal(code, Normalized(AudienceKey.Country, code.ToUpperInvariant()));
        }
    }

    [Fact]
    public void Mobile_advertiser_id_is_lowercased_with_hyphens_and_not_hashed()
    {
        Assert.Equal("6d92078a-8246-4ba4-ae5b-76104861e7dc", Wire(AudienceKey.MobileAdvertiserId, " 6D92078A-8246-4BA4-AE5B-76104861E7DC "));
        Assert.Equal(AudienceRejectReason.InvalidMobileAdvertiserId, Rejected(AudienceKey.MobileAdvertiserId, "not-a-device-id"));
    }

    [Fact]
    public void Extern_id_is_sent_as_is_and_not_hashed()
    {
        Assert.Equal(" Customer#42 ", Wire(AudienceKey.ExternId, " Customer#42 "));
    }

    [Theory]
    [InlineData("44.5", "44.5")]
    [InlineData("140", "140")]
    [InlineData(" 0.9 ", "0.9")]
    [InlineData("1e3", "1000")]
    public void Lookalike_value_is_a_plain_number(string input, string expected)
    {
        Assert.Equal(expected, Wire(AudienceKey.LookalikeValue, input));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("NaN")]
    public void Lookalike_value_that_is_not_a_non_negative_number_is_rejected(string input)
    {
        Assert.Equal(AudienceRejectReason.InvalidLookalikeValue, Rejected(AudienceKey.LookalikeValue, input));
    }

    [Theory]
    [InlineData(AudienceKey.Email)]
    [InlineData(AudienceKey.Phone)]
    [InlineData(AudienceKey.FirstName)]
    [InlineData(AudienceKey.Country)]
    [InlineData(AudienceKey.MobileAdvertiserId)]
    [InlineData(AudienceKey.LookalikeValue)]
    public void Empty_value_is_sent_as_empty_not_rejected(AudienceKey key)
    {
        Assert.Equal(string.Empty, Wire(key, ""));
        Assert.Equal(string.Empty, Wire(key, "   "));
    }

    [Fact]
    public void Already_hashed_value_is_passed_through_lowercased()
    {
        const string Upper = "62A14E44F765419D10FEA99367361A727C12365E2520F32218D505ED9AA0F62F";
        Assert.Equal(Upper.ToLowerInvariant(), Wire(AudienceKey.Email, Upper));
        Assert.Equal(Upper.ToLowerInvariant(), Wire(AudienceKey.Country, " " + Upper + " "));
    }

    [Fact]
    public void Too_long_value_is_rejected()
    {
        Assert.Equal(AudienceRejectReason.TooLong, Rejected(AudienceKey.FirstName, new string('a', AudienceNormalizer.MaxInputLength + 1)));
    }

    [Fact]
    public void Output_buffer_smaller_than_advertised_maximum_throws()
    {
        char[] small = new char[10];
        Assert.Throws<ArgumentException>(() => AudienceNormalizer.TryNormalizeToWire(AudienceKey.Email, "john@example.com", small, out _, out _));
    }

    [Fact]
    public void Hasher_writes_lowercase_hex_into_the_caller_buffer()
    {
        Span<char> hex = stackalloc char[AudienceHasher.HexLength];
        AudienceHasher.Sha256Hex("mary", hex);
        Assert.Equal("6915771be1c5aa0c886870b6951b03d7eafc121fea0e80a5ea83beb7c449f4ec", hex.ToString());
        Assert.Equal("6915771be1c5aa0c886870b6951b03d7eafc121fea0e80a5ea83beb7c449f4ec", AudienceHasher.Sha256Hex(new string('x', 0) + "mary"));
    }

    [Fact]
    public void Wire_names_round_trip()
    {
        foreach (AudienceKey key in Enum.GetValues<AudienceKey>())
        {
            Assert.True(AudienceKeys.TryParse(AudienceKeys.WireName(key), out AudienceKey parsed));
            Assert.Equal(key, parsed);
        }

        Assert.False(AudienceKeys.IsHashed(AudienceKey.MobileAdvertiserId));
        Assert.False(AudienceKeys.IsHashed(AudienceKey.ExternId));
        Assert.False(AudienceKeys.IsHashed(AudienceKey.LookalikeValue));
        Assert.True(AudienceKeys.IsHashed(AudienceKey.Email));
    }
}
