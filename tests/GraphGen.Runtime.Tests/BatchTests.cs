using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using GraphGen.Runtime.Tests.Support;
using GraphGen.Testing;

namespace GraphGen.Runtime.Tests;

public sealed class BatchTests
{
    private const string MixedResponse =
        "[{\"code\":200,\"headers\":[{\"name\":\"Content-Type\",\"value\":\"application/json\"}],\"body\":\"{\\\"id\\\":\\\"1\\\",\\\"name\\\":\\\"Ann\\\"}\"}," +
        "{\"code\":400,\"headers\":[],\"body\":\"{\\\"error\\\":{\\\"message\\\":\\\"Unsupported get request\\\",\\\"type\\\":\\\"GraphMethodException\\\",\\\"code\\\":100,\\\"error_subcode\\\":33}}\"}," +
        "null]";

    [Fact]
    public async Task Batch_with_mixed_results_reports_each_item_separately()
    {
        await using Harness h = await Harness.StartAsync();
        h.Server.On("POST", "/v25.0").Respond(FakeResponse.Json(MixedResponse));

        IReadOnlyList<GraphBatchResult> results = await h.Client.SendBatchAsync(new[]
        {
            new GraphBatchItem(new GraphRequest(HttpMethod.Get, "me").AddFields("id,name")),
            new GraphBatchItem(new GraphRequest(HttpMethod.Get, "404")),
            new GraphBatchItem(new GraphRequest(HttpMethod.Post, "me/feed").Add("message", "hi")) { OmitResponseOnSuccess = true },
        });

        Assert.Equal(3, results.Count);
        Assert.True(results[0].IsSuccess);
        Assert.Equal(new Item("1", "Ann"), results[0].Read(Item.Read));
        Assert.Equal("application/json", results[0].Headers["content-type"]);

        var error = Assert.IsType<GraphApiException>(results[1].Error);
        Assert.Equal(GraphErrorCategory.Validation, error.Category);
        Assert.Equal(33, error.Subcode);
        Assert.Equal(HttpStatusCode.BadRequest, results[1].StatusCode);
        Assert.Same(error, Assert.Throws<GraphApiException>(() => results[1].Read(Item.Read)));

        Assert.True(results[2].IsNull);
        Assert.False(results[2].IsSuccess);
        Assert.Throws<GraphProtocolException>(() => results[2].Read(GraphSuccess.Read));

        RecordedRequest sent = Assert.Single(h.Server.Requests);
        Assert.Equal(TestSecrets.Proof, sent.Form["appsecret_proof"]);
        using JsonDocument batch = JsonDocument.Parse(sent.Form["batch"]);
        JsonElement[] entries = batch.RootElement.EnumerateArray().ToArray();
        Assert.Equal("GET", entries[0].GetProperty("method").GetString());
        Assert.Equal("me?fields=id%2Cname", entries[0].GetProperty("relative_url").GetString());
        Assert.Equal("message=hi", entries[2].GetProperty("body").GetString());
        Assert.True(entries[2].GetProperty("omit_response_on_success").GetBoolean());
    }

    [Fact]
    public async Task Batch_of_more_than_fifty_is_split_and_results_keep_their_order()
    {
        await using Harness h = await Harness.StartAsync();
        h.Server.On("POST", "/v25.0").Handle(request =>
        {
            using JsonDocument batch = JsonDocument.Parse(request.Form["batch"]);
            IEnumerable<string> entries = batch.RootElement.EnumerateArray().Select(e =>
                "{\"code\":200,\"body\":" + JsonSerializerString("{\"id\":\"" + e.GetProperty("relative_url").GetString() + "\"}") + "}");
            return FakeResponse.Json("[" + string.Join(",", entries) + "]");
        });

        GraphBatchItem[] items = Enumerable.Range(0, 120).Select(i => new GraphBatchItem(new GraphRequest(HttpMethod.Get, "n" + i))).ToArray();
        IReadOnlyList<GraphBatchResult> results = await h.Client.SendBatchAsync(items);

        Assert.Equal(new[] { 50, 50, 20 }, h.Server.Requests.Select(r => JsonDocument.Parse(r.Form["batch"]).RootElement.GetArrayLength()));
        Assert.Equal(Enumerable.Range(0, 120).Select(i => "n" + i), results.Select(r => r.Read(Item.Read).Id));
        Assert.Equal(Enumerable.Range(0, 120), results.Select(r => r.Index));
    }

    [Fact]
    public async Task Named_items_can_depend_on_and_reference_earlier_results()
    {
        await using Harness h = await Harness.StartAsync();
        h.Server.On("POST", "/v25.0").Respond(FakeResponse.Json("[null,{\"code\":200,\"body\":\"{\\\"success\\\":true}\"}]"));

        string reference = GraphBatchItem.Reference("create", "$.id");
        IReadOnlyList<GraphBatchResult> results = await h.Client.SendBatchAsync(new[]
        {
            new GraphBatchItem(new GraphRequest(HttpMethod.Post, "act_1/campaigns").Add("name", "C")) { Name = "create", OmitResponseOnSuccess = true },
            new GraphBatchItem(new GraphRequest(HttpMethod.Post, reference).Add("status", "PAUSED").Add("note", "from " + reference)) { DependsOn = "create" },
        });

        Assert.True(results[1].Read(GraphSuccess.Read).Success);
        using JsonDocument batch = JsonDocument.Parse(Assert.Single(h.Server.Requests).Form["batch"]);
        JsonElement second = batch.RootElement[1];
        Assert.Equal("{result=create:$.id}", second.GetProperty("relative_url").GetString());
        Assert.Equal("status=PAUSED&note=from%20{result=create:$.id}", second.GetProperty("body").GetString());
        Assert.Equal("create", second.GetProperty("depends_on").GetString());
        Assert.Equal("create", batch.RootElement[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Dependency_on_an_unknown_or_later_item_is_rejected_before_sending()
    {
        await using Harness h = await Harness.StartAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => h.Client.SendBatchAsync(new[]
        {
            new GraphBatchItem(new GraphRequest(HttpMethod.Get, "me")) { DependsOn = "later" },
            new GraphBatchItem(new GraphRequest(HttpMethod.Get, "me")) { Name = "later" },
        }));
        Assert.Equal(0, h.Server.RequestCount);
    }

    [Fact]
    public async Task Batch_response_with_the_wrong_number_of_entries_is_a_protocol_exception()
    {
        await using Harness h = await Harness.StartAsync();
        h.Server.On("POST", "/v25.0").Respond(FakeResponse.Json("[null]"));

        await Assert.ThrowsAsync<GraphProtocolException>(() => h.Client.SendBatchAsync(new[]
        {
            new GraphBatchItem(new GraphRequest(HttpMethod.Get, "a")),
            new GraphBatchItem(new GraphRequest(HttpMethod.Get, "b")),
        }));
    }

    private static string JsonSerializerString(string value) => "\"" + JsonEncodedText.Encode(value).ToString() + "\"";
}
