using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading.Tasks;
using GraphGen.Generator.Tests.Infrastructure;
using GraphGen.Testing;

namespace GraphGen.Generator.Tests.Generation;

/// <summary>
/// The feature schemas for value returns, raw-JSON edges and file parameters (TestSchemas/Features), generated,
/// compiled, loaded and run against the fake Graph server on 127.0.0.1: what goes over the wire and what comes back.
/// </summary>
public sealed class FormatConstructsRunTests : IAsyncLifetime
{
    private const string GraphOf = """
        private static GraphApi Graph(Uri baseAddress)
        {
            var options = GraphApi.CreateOptions();
            options.AccessToken = "probe-token";
            options.BaseAddress = baseAddress;
            return new GraphApi(new GraphClient(GraphHttp.CreateHttpClient(), options));
        }
        """;

    private static readonly Lazy<Assembly> ValueReturns = new(() => Compile("value-returns", "Features.ValueReturns", """
        public static async Task<string> Delete(Uri b) => (await Graph(b).Campaigns["1"].DeleteAsync())!.Value.GetRawText();
        public static async Task<long?> CountAds(Uri b) => await Graph(b).Campaigns["1"].CountAdsAsync();
        public static async Task<string?> Copy(Uri b) => await Graph(b).Campaigns["1"].CopyAsync();
        public static async Task<bool> Update(Uri b) => (await Graph(b).Campaigns["1"].UpdateAsync(new CampaignUpdate { Name = "Spring" })).Success;
        public static async Task<string> Preview(Uri b) => (await Graph(b).Campaigns["1"].PreviewAsync(new CampaignPreview { Format = "mobile" }))!.Value.GetProperty("body").GetString()!;
        public static async Task<bool> NullTitle(Uri b) => await Graph(b).Campaigns["1"].TitleAsync() is null;
        """));

    private static readonly Lazy<Assembly> RawJsonEdge = new(() => Compile("raw-json-edge", "Features.RawJsonEdge", """
        public static async Task<string> Captions(Uri b)
        {
            var items = new List<string>();
            await foreach (var item in Graph(b).Videos["7"].Captions.ListAsync(fields: "id,locale", limit: 2))
            {
                items.Add(item.GetRawText());
            }

            return string.Join("|", items);
        }

        public static async Task<int> Polls(Uri b) => (await Graph(b).Videos["7"].Polls.GetPageAsync(query: new VideoPollsQuery { State = "open" })).Data.Count;
        """));

    private static readonly Lazy<Assembly> FileParams = new(() => Compile("file-params", "Features.FileParams", """
        public static async Task<string?> Upload(Uri b)
            => (await Graph(b).Accounts["9"].Videos.CreateAsync(new AccountVideosCreate { Source = GraphFile.FromBytes(new byte[] { 1, 2, 3 }, "clip.mp4", "video/mp4"), Title = "Clip" })).Id;
        """));

    private FakeGraphServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeGraphServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task An_operation_returning_json_gives_the_raw_body()
    {
        _server.On("DELETE", "/v19.0/1").Respond(FakeResponse.Json("""{"success":true}"""));
        _server.On("GET", "/v19.0/1").Respond(FakeResponse.Json("""{"body":"<div/>"}"""));

        Assert.Equal("""{"success":true}""", await Run<string>(ValueReturns, "Delete"));
        Assert.Equal("<div/>", await Run<string>(ValueReturns, "Preview"));
        Assert.Equal("mobile", _server.Requests.Last().Query["format"]);
    }

    [Fact]
    public async Task Operations_returning_scalars_read_the_value_and_success_reads_graphs_success_body()
    {
        _server.On("GET", "/v19.0/1").Respond(FakeResponse.Json("42"), FakeResponse.Json("null"));
        _server.On("POST", "/v19.0/1").Respond(FakeResponse.Json("\"1234567890\""), FakeResponse.Json("""{"success":true}"""));

        Assert.Equal(42L, await Run<long?>(ValueReturns, "CountAds"));
        Assert.True(await Run<bool>(ValueReturns, "NullTitle"));
        Assert.Equal("1234567890", await Run<string?>(ValueReturns, "Copy"));
        Assert.True(await Run<bool>(ValueReturns, "Update"));
        Assert.Equal("Spring", _server.Requests.Last().Form["name"]);
    }

    [Fact]
    public async Task A_raw_json_edge_lists_every_item_across_pages_with_the_fields_text_as_given()
    {
        var next = _server.Url("/v19.0/7/captions?after=B&limit=2&fields=id,locale");
        _server.On("GET", "/v19.0/7/captions").Respond(
            FakeResponse.Json("{\"data\":[{\"id\":\"1\",\"locale\":\"en_US\"},null],\"paging\":{\"cursors\":{\"after\":\"B\"},\"next\":\"" + next + "\"}}"),
            FakeResponse.Json("""{"data":[{"id":"3"}],"paging":{"cursors":{"after":"C"}}}"""));

        var items = await Run<string>(RawJsonEdge, "Captions");

        Assert.Equal("""{"id":"1","locale":"en_US"}|null|{"id":"3"}""", items);
        Assert.Equal("id,locale", _server.Requests[0].Query["fields"]);
        Assert.Equal("2", _server.Requests[0].Query["limit"]);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task A_raw_json_edge_with_query_parameters_sends_them()
    {
        _server.On("GET", "/v19.0/7/polls").Respond(FakeResponse.Json("""{"data":[{"id":"p1"},{"id":"p2"}]}"""));

        Assert.Equal(2, await Run<int>(RawJsonEdge, "Polls"));
        Assert.Equal("open", Assert.Single(_server.Requests).Query["state"]);
    }

    [Fact]
    public async Task A_file_parameter_is_sent_as_a_multipart_file_part_next_to_the_other_parameters()
    {
        _server.On("POST", "/v19.0/9/videos").Respond(FakeResponse.Json("""{"id":"v1"}"""));

        Assert.Equal("v1", await Run<string?>(FileParams, "Upload"));

        var request = Assert.Single(_server.Requests);
        var file = Assert.Single(request.Files);
        Assert.Equal(("source", "clip.mp4", "video/mp4", 3L), (file.Name, file.FileName, file.ContentType, file.Length));
        Assert.Equal("Clip", request.Parts.Single(p => p.Name == "title").Content is { } title ? System.Text.Encoding.UTF8.GetString(title) : null);
    }

    private async Task<T> Run<T>(Lazy<Assembly> assembly, string method)
    {
        var probe = assembly.Value.GetType("Probe", throwOnError: true)!;
        return await (Task<T>)probe.GetMethod(method)!.Invoke(null, new object[] { _server.BaseAddress })!;
    }

    private static Assembly Compile(string feature, string ns, string methods)
    {
        var probe = "using System;\nusing System.Collections.Generic;\nusing System.Threading.Tasks;\nusing GraphGen.Runtime;\nusing " + ns + ";\n\n"
            + "public static class Probe\n{\n" + GraphOf + "\n" + methods + "\n}\n";
        var (_, output, diagnostics) = GeneratorHarness.Run(new[] { GeneratorHarness.TestSchema("Features/" + feature + ".graph.yaml") }, null, probe);
        Assert.Empty(diagnostics);
        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics));
        image.Position = 0;

        // Its own load context: GraphGen.Runtime and the framework resolve to the ones this test runs on.
        return new AssemblyLoadContext(feature + "-probe", isCollectible: false).LoadFromStream(image);
    }
}
