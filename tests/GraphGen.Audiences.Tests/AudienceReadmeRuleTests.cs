using System.Collections.Generic;
using System.Threading.Tasks;
using GraphGen.Runtime.Audiences;

namespace GraphGen.Audiences.Tests;

/// <summary>
/// Two decisions of <c>runtime/GraphGen.Runtime/Audiences/README.md</c> that the README says are tested: a 9-digit ZIP
/// without a dash is left alone, and LOOKALIKE_VALUE alone does not make a row identifying.
/// </summary>
public sealed class AudienceReadmeRuleTests
{
    private const string AudienceId = "23850000000000000";

    // Independently computed: printf %s 941031234 | sha256sum, printf %s 94103 | sha256sum.
    private const string NineDigitZipHash = "04d521e2349ac877991f8f8c9aafc7ce8f949f5de3575c517ab60ea0471fe361";
    private const string FiveDigitZipHash = "91dc2519ea98c5002cf2091e6a12b772eafdce9dca618e626d7d3b8275361789";

    [Fact]
    public void Nine_digit_zip_without_a_dash_is_kept_whole_because_nothing_says_it_is_american()
    {
        string? wire = AudienceNormalizer.NormalizeToWire(AudienceKey.Zip, " 941031234 ", out AudienceRejectReason reason);

        Assert.Equal(AudienceRejectReason.None, reason);
        Assert.Equal(NineDigitZipHash, wire);
        Assert.NotEqual(FiveDigitZipHash, wire);
    }

    [Fact]
    public void Nine_digit_zip_with_a_dash_is_cut_to_five_digits_unlike_the_same_digits_without_one()
    {
        Assert.Equal(FiveDigitZipHash, AudienceNormalizer.NormalizeToWire(AudienceKey.Zip, "94103-1234", out _));
        Assert.Equal(NineDigitZipHash, AudienceNormalizer.NormalizeToWire(AudienceKey.Zip, "941031234", out _));
    }

    [Fact]
    public async Task Row_whose_only_value_is_lookalike_value_is_excluded_and_never_sent()
    {
        await using FakeAudienceEndpoint endpoint = await FakeAudienceEndpoint.StartAsync();
        List<IReadOnlyList<string?>> rows =
        [
            new string?[] { "ada@example.com", "12.5" },
            new string?[] { "", "44.5" },
            new string?[] { null, "140" },
        ];

        AudienceUploadResult result = await endpoint.CreateUploader().AddAsync(AudienceId, [AudienceKey.Email, AudienceKey.LookalikeValue], rows);

        ReceivedBatch batch = Assert.Single(endpoint.Received);
        Assert.Equal(1, batch.RowCount);
        Assert.Equal(12.5, batch.FirstRow[1].GetDouble());
        Assert.Equal(1, result.RowsAccepted);
        Assert.Equal(2, result.RowsRejected);
        Assert.Equal(
            new[]
            {
                new AudienceRowIssue(1, null, AudienceRejectReason.NoMatchKeys, AudienceIssueAction.RowExcluded),
                new AudienceRowIssue(2, null, AudienceRejectReason.NoMatchKeys, AudienceIssueAction.RowExcluded),
            },
            result.Issues);
    }

    [Fact]
    public async Task Bad_email_beside_a_lookalike_value_excludes_the_row_instead_of_blanking_the_email()
    {
        await using FakeAudienceEndpoint endpoint = await FakeAudienceEndpoint.StartAsync();
        List<IReadOnlyList<string?>> rows = [new string?[] { "not-an-email", "44.5" }, new string?[] { "ada@example.com", "1" }];

        AudienceUploadResult result = await endpoint.CreateUploader().AddAsync(AudienceId, [AudienceKey.Email, AudienceKey.LookalikeValue], rows);

        Assert.Equal(1, Assert.Single(endpoint.Received).RowCount);
        Assert.Equal(1, result.RowsRejected);
        Assert.Equal(new AudienceRowIssue(0, AudienceKey.Email, AudienceRejectReason.InvalidEmail, AudienceIssueAction.RowExcluded), Assert.Single(result.Issues));
    }

    [Fact]
    public async Task Empty_value_is_sent_as_an_empty_string_and_a_bad_one_beside_an_email_is_blanked_the_same_way()
    {
        await using FakeAudienceEndpoint endpoint = await FakeAudienceEndpoint.StartAsync();
        List<IReadOnlyList<string?>> rows = [new string?[] { "ada@example.com", "" }, new string?[] { "ada@example.com", "1234" }];

        AudienceUploadResult result = await endpoint.CreateUploader().AddAsync(AudienceId, [AudienceKey.Email, AudienceKey.FirstName], rows);

        ReceivedBatch batch = Assert.Single(endpoint.Received);
        Assert.Equal(2, batch.RowCount);
        System.Text.Json.JsonElement data = batch.Payload.GetProperty("data");
        Assert.Equal("", data[0][1].GetString());
        Assert.Equal("", data[1][1].GetString());
        Assert.Equal(64, data[1][0].GetString()!.Length);
        Assert.Equal(2, result.RowsAccepted);
        Assert.Equal(new AudienceRowIssue(1, AudienceKey.FirstName, AudienceRejectReason.InvalidName, AudienceIssueAction.ValueBlanked), Assert.Single(result.Issues));
    }
}
