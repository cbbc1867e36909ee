using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using GraphGen.Runtime.Audiences;

namespace GraphGen.Audiences.Tests;

/// <summary>
/// Normalization compared with the official SDKs: ZIP+4 with spaces, lone surrogates, APPUID, Canadian provinces,
/// ISO long country names, and the batch-wide "already normalized" / "already hashed" switch.
/// </summary>
public sealed class AudienceNormalizationAdditionsTests
{
    [Theory]
    [InlineData("98 121-9431", "98121")]
    [InlineData(" 98121 - 9431 ", "98121")]
    [InlineData("98121-9431", "98121")]
    [InlineData("SW1A 1AA", "sw1a1aa")]
    public void Zip_plus_four_written_with_spaces_keeps_the_first_five_digits(string input, string expected)
    {
        Span<char> output = stackalloc char[AudienceNormalizer.GetMaxNormalizedLength(AudienceKey.Zip, input.Length)];
        Assert.True(AudienceNormalizer.TryNormalize(AudienceKey.Zip, input, output, out int written, out _));
        Assert.Equal(expected, new string(output[..written]));
    }

    [Fact]
    public void Zip_plus_four_with_spaces_hashes_like_the_five_digits()
        => Assert.Equal(AudienceNormalizer.NormalizeToWire(AudienceKey.Zip, "98121", out _), AudienceNormalizer.NormalizeToWire(AudienceKey.Zip, "98 121-9431", out _));

    // Attribute arguments are stored as UTF-8, which turns a lone surrogate into U+FFFD: the surrogates are put in here.
    [Theory]
    [InlineData(AudienceKey.Email, "ann{high}@example.com")]
    [InlineData(AudienceKey.Email, "ann@example.com{low}")]
    [InlineData(AudienceKey.FirstName, "Ann{high}")]
    [InlineData(AudienceKey.City, "{low}Paris")]
    [InlineData(AudienceKey.ExternId, "id-{high}")]
    [InlineData(AudienceKey.LastName, "{low}{high}")]
    public void A_value_holding_a_lone_surrogate_is_rejected_not_hashed(AudienceKey key, string template)
    {
        string input = template.Replace("{high}", "\uD800", StringComparison.Ordinal).Replace("{low}", "\uDC00", StringComparison.Ordinal);
        Assert.Null(AudienceNormalizer.NormalizeToWire(key, input, out AudienceRejectReason reason));
        Assert.Equal(AudienceRejectReason.InvalidText, reason);
    }

    [Fact]
    public void A_valid_surrogate_pair_is_text_and_is_kept()
        => Assert.NotNull(AudienceNormalizer.NormalizeToWire(AudienceKey.FirstName, "Ann\uD83D\uDE00", out _));

    [Fact]
    public void Appuid_is_sent_as_its_digits_unhashed_and_anything_else_is_rejected()
    {
        Assert.Equal("APPUID", AudienceKeys.WireName(AudienceKey.AppUserId));
        Assert.True(AudienceKeys.TryParse("appuid", out AudienceKey key));
        Assert.Equal(AudienceKey.AppUserId, key);
        Assert.False(AudienceKeys.IsHashed(AudienceKey.AppUserId));
        Assert.Equal("1234567890", AudienceNormalizer.NormalizeToWire(AudienceKey.AppUserId, " 1234567890 ", out _));
        Assert.Null(AudienceNormalizer.NormalizeToWire(AudienceKey.AppUserId, "12a4", out AudienceRejectReason reason));
        Assert.Equal(AudienceRejectReason.InvalidAppUserId, reason);
    }

    [Fact]
    public async Task A_schema_with_appuid_needs_app_ids()
    {
        var uploader = new AudienceUploader((_, _) => Task.FromResult(new AudienceUsersResponse { NumReceived = 1 }));
        IReadOnlyList<string?>[] rows = [["1234567890"]];

        await Assert.ThrowsAsync<ArgumentException>(() => uploader.AddAsync("1", [AudienceKey.AppUserId], rows));
        AudienceUploadResult result = await uploader.AddAsync("1", [AudienceKey.AppUserId], rows, new AudienceUploadOptions { AppIds = ["42"] });
        Assert.Equal(1, result.RowsAccepted);
    }

    [Theory]
    [InlineData("Ontario", "on")]
    [InlineData("British Columbia", "bc")]
    [InlineData("Québec", "qc")]
    [InlineData("Quebec", "qc")]
    [InlineData("Newfoundland and Labrador", "nl")]
    [InlineData("Prince Edward Island", "pe")]
    [InlineData("Nunavut", "nu")]
    [InlineData("New York", "ny")]
    [InlineData("QC", "qc")]
    public void Canadian_provinces_become_their_codes_like_us_states(string input, string expected)
    {
        Span<char> output = stackalloc char[AudienceNormalizer.GetMaxNormalizedLength(AudienceKey.State, input.Length)];
        Assert.True(AudienceNormalizer.TryNormalize(AudienceKey.State, input, output, out int written, out _));
        Assert.Equal(expected, new string(output[..written]));
    }

    [Theory]
    [InlineData("Korea, Republic of", "kr")]
    [InlineData("Korea, Democratic People's Republic of", "kp")]
    [InlineData("Iran, Islamic Republic of", "ir")]
    [InlineData("Congo, The Democratic Republic of the", "cd")]
    [InlineData("Tanzania, United Republic of", "tz")]
    [InlineData("Venezuela, Bolivarian Republic of", "ve")]
    [InlineData("Bolivia, Plurinational State of", "bo")]
    [InlineData("Moldova, Republic of", "md")]
    [InlineData("Micronesia, Federated States of", "fm")]
    [InlineData("Lao People's Democratic Republic", "la")]
    [InlineData("Syrian Arab Republic", "sy")]
    [InlineData("Viet Nam", "vn")]
    [InlineData("Taiwan, Province of China", "tw")]
    [InlineData("Palestine, State of", "ps")]
    [InlineData("Virgin Islands, British", "vg")]
    [InlineData("Virgin Islands, U.S.", "vi")]
    [InlineData("United Kingdom of Great Britain and Northern Ireland", "gb")]
    [InlineData("Netherlands, Kingdom of the", "nl")]
    public void Iso_long_country_names_become_their_alpha2_code(string input, string expected)
    {
        Span<char> output = stackalloc char[AudienceNormalizer.GetMaxNormalizedLength(AudienceKey.Country, input.Length)];
        Assert.True(AudienceNormalizer.TryNormalize(AudienceKey.Country, input, output, out int written, out AudienceRejectReason reason), reason.ToString());
        Assert.Equal(expected, new string(output[..written]));
    }

    [Fact]
    public void Already_normalized_values_are_hashed_exactly_as_given()
    {
        Assert.Equal(AudienceHasher.Sha256Hex("John_Smith@gmail.com"), Encode(AudienceValueForm.Normalized, AudienceKey.Email, "John_Smith@gmail.com")); // not lowercased
        Assert.Equal(AudienceHasher.Sha256Hex("98121-9431"), Encode(AudienceValueForm.Normalized, AudienceKey.Zip, "98121-9431")); // not cut to five digits
        Assert.Equal("44.5", Encode(AudienceValueForm.Normalized, AudienceKey.LookalikeValue, "44.5"));
        Assert.Equal(AudienceRejectReason.InvalidText, Refused(AudienceValueForm.Normalized, AudienceKey.Email, "a\uD800"));
        Assert.Equal(AudienceRejectReason.InvalidLookalikeValue, Refused(AudienceValueForm.Normalized, AudienceKey.LookalikeValue, "much"));
    }

    [Fact]
    public void Already_hashed_values_must_be_sha256_hex_and_are_sent_lowercased()
    {
        string hash = AudienceHasher.Sha256Hex("john_smith@gmail.com");

        Assert.Equal(hash, Encode(AudienceValueForm.Hashed, AudienceKey.Email, hash.ToUpperInvariant()));
        Assert.Equal(AudienceRejectReason.InvalidHash, Refused(AudienceValueForm.Hashed, AudienceKey.Email, "john_smith@gmail.com"));
        Assert.Equal("cust-42", Encode(AudienceValueForm.Hashed, AudienceKey.ExternId, "cust-42"));
    }

    [Fact]
    public async Task The_upload_wide_switch_reaches_every_row()
    {
        string hash = AudienceHasher.Sha256Hex("ann@example.com");
        var sentPayloads = new List<string>();
        var uploader = new AudienceUploader((request, _) =>
        {
            sentPayloads.Add(request.Parameters.Single(p => p.Key == "payload").Value);
            return Task.FromResult(new AudienceUsersResponse { NumReceived = 1 });
        });

        AudienceUploadResult result = await uploader.AddAsync("1", [AudienceKey.Email], [[hash], ["ann@example.com"]],
            new AudienceUploadOptions { Values = AudienceValueForm.Hashed });

        Assert.Equal(1, result.RowsAccepted);
        Assert.Equal(1, result.RowsRejected);
        Assert.Equal(AudienceRejectReason.InvalidHash, Assert.Single(result.Issues).Reason);
        Assert.Contains(hash, Assert.Single(sentPayloads), StringComparison.Ordinal);
    }

    private static string Encode(AudienceValueForm form, AudienceKey key, string input)
    {
        Span<char> output = stackalloc char[AudienceNormalizer.GetMaxWireLength(key, input.Length)];
        Assert.True(AudienceNormalizer.TryNormalizeToWire(key, input, form, output, out int written, out AudienceRejectReason reason), reason.ToString());
        return new string(output[..written]);
    }

    private static AudienceRejectReason Refused(AudienceValueForm form, AudienceKey key, string input)
    {
        Span<char> output = stackalloc char[AudienceNormalizer.GetMaxWireLength(key, input.Length)];
        Assert.False(AudienceNormalizer.TryNormalizeToWire(key, input, form, output, out _, out AudienceRejectReason reason));
        return reason;
    }
}
