using System;
using System.Linq;
using GraphGen.Facebook;
using GraphGen.Runtime;

namespace GraphGen.Generated.Tests;

public sealed class EnumAndErrorTests
{
    [Theory]
    [InlineData(CustomAudienceDataSourceSubType.HashesOrUserIds, "HASHES_OR_USER_IDS")]
    [InlineData(CustomAudienceDataSourceSubType.WebPixelHitsCustomAudienceUsers, "WEB_PIXEL_HITS_CUSTOM_AUDIENCE_USERS")]
    [InlineData(CustomAudienceDataSourceSubType.SExpr, "S_EXPR")]
    public void Enum_members_write_their_wire_values_verbatim(CustomAudienceDataSourceSubType value, string wire)
    {
        Assert.Equal(wire, value.ToWireValue());
        Assert.True(CustomAudienceDataSourceSubTypeExtensions.TryParseWireValue(wire, out var parsed));
        Assert.Equal(value, parsed);
    }

    [Fact]
    public void Every_member_of_every_match_key_round_trips_through_its_wire_value()
    {
        foreach (var key in Enum.GetValues<CustomAudienceMatchKey>().Where(k => k != CustomAudienceMatchKey.Unrecognized))
        {
            Assert.True(CustomAudienceMatchKeyExtensions.TryParseWireValue(key.ToWireValue(), out var parsed));
            Assert.Equal(key, parsed);
        }

        Assert.Equal("EMAIL_SHA256", CustomAudienceMatchKey.EmailSha256.ToWireValue());
        Assert.Equal("LOOKALIKE_VALUE", CustomAudienceMatchKey.LookalikeValue.ToWireValue());
    }

    [Fact]
    public void An_unknown_wire_value_parses_as_unrecognized_instead_of_failing()
    {
        Assert.False(CustomAudienceDataSourceTypeExtensions.TryParseWireValue("BRAND_NEW_TYPE", out var value));
        Assert.Equal(CustomAudienceDataSourceType.Unrecognized, value);
        Assert.False(value.IsRecognized());
        Assert.Throws<ArgumentOutOfRangeException>(() => CustomAudienceDataSourceType.Unrecognized.ToWireValue());
    }

    [Fact]
    public void An_unknown_wire_value_read_from_json_keeps_its_text_and_writes_it_back()
    {
        var reader = new GraphJsonReader("\"TYPE_FROM_V99\""u8);
        reader.Read();
        CustomAudienceDataSourceType value = CustomAudienceDataSourceTypeExtensions.ReadJson(ref reader)!.Value;

        Assert.False(value.IsRecognized());
        Assert.NotEqual(CustomAudienceDataSourceType.Unrecognized, value);
        Assert.Equal("TYPE_FROM_V99", value.ToWireValue());
        Assert.True(CustomAudienceDataSourceType.FileImported.IsRecognized());

        var again = new GraphJsonReader("\"TYPE_FROM_V99\""u8);
        again.Read();
        Assert.Equal(value, CustomAudienceDataSourceTypeExtensions.ReadJson(ref again));
    }

    [Fact]
    public void Wire_values_are_case_sensitive_as_graph_sends_them()
        => Assert.False(CustomAudienceDataSourceTypeExtensions.TryParseWireValue("file_imported", out _));

    [Theory]
    [InlineData(GraphErrorCode.InvalidParameter, 100, GraphErrorCategory.Validation)]
    [InlineData(GraphErrorCode.InvalidOAuthAccessToken, 190, GraphErrorCategory.Auth)]
    [InlineData(GraphErrorCode.PermissionsError, 200, GraphErrorCategory.Permission)]
    [InlineData(GraphErrorCode.CustomAudienceRateLimitReached, 80003, GraphErrorCategory.RateLimit)]
    [InlineData(GraphErrorCode.ApiTooManyCalls, 4, GraphErrorCategory.RateLimit)]
    public void Error_catalog_codes_have_their_number_and_category(GraphErrorCode code, int number, GraphErrorCategory category)
    {
        Assert.Equal(number, (int)code);
        Assert.Equal(category, GraphErrorCatalog.GetCategory(code));
        Assert.Equal(category, GraphErrorCatalog.Instance.Classify(number, null));
    }

    [Fact]
    public void A_code_outside_the_catalog_is_classified_other()
        => Assert.Equal(GraphErrorCategory.Other, GraphErrorCatalog.Instance.Classify(999999, null));
}
