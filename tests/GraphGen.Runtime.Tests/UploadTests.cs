using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using GraphGen.Runtime.Tests.Support;
using GraphGen.Testing;

namespace GraphGen.Runtime.Tests;

/// <summary>
/// File parameters (<see cref="GraphFile"/>): sent as multipart/form-data to the loopback fake server, which hashes
/// each file part as it arrives, so what was sent and what arrived are compared byte for byte without holding either.
/// </summary>
public sealed class UploadTests
{
    private const string Created = "{\"id\":\"9\"}";

    [Fact]
    public async Task Upload_sends_fields_and_proof_as_form_parts_the_file_as_a_named_part_and_the_token_only_in_the_header()
    {
        await using Harness h = await Harness.StartAsync();
        h.Server.On("POST", Harness.Url("act_1/adimages")).Respond(FakeResponse.Json(Created));
        byte[] image = Encoding.ASCII.GetBytes("\x89PNG not really an image");

        var request = new GraphRequest(HttpMethod.Post, "act_1/adimages")
            .Add("name", "spring sale")
            .Add("filename", GraphFile.FromBytes(image, "sale.png", "image/png"));
        Item item = await h.Client.SendAsync(request, Item.Read);

        Assert.Equal("9", item.Id);
        RecordedRequest sent = Assert.Single(h.Server.Requests);
        Assert.StartsWith("multipart/form-data; boundary=", sent.Header("Content-Type"), StringComparison.Ordinal);
        Assert.Equal("Bearer " + TestSecrets.Token, sent.Header("Authorization"));
        Assert.Equal(string.Empty, sent.QueryString);
        Assert.Equal(new[] { "name", "appsecret_proof", "filename" }, sent.Parts.Select(p => p.Name));
        Assert.Equal("spring sale", sent.Form["name"]);
        Assert.Equal(TestSecrets.Proof, sent.Form["appsecret_proof"]);
        Assert.DoesNotContain(sent.Parts, p => p.Content is { } c && Encoding.UTF8.GetString(c).Contains(TestSecrets.Token, StringComparison.Ordinal));
        RecordedPart file = Assert.Single(sent.Files);
        Assert.Equal(("filename", "sale.png", "image/png"), (file.Name, file.FileName, file.ContentType));
        Assert.Equal(image, file.Content);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(image)), file.Sha256);
    }

    [Fact]
    public async Task Upload_of_a_file_on_disk_sends_its_name_and_every_byte()
    {
        string path = Path.Combine(Path.GetTempPath(), $"graphgen-upload-{Guid.NewGuid():N}.mp4");
        byte[] video = new byte[300_000];
        new Random(7).NextBytes(video);
        await File.WriteAllBytesAsync(path, video);
        try
        {
            await using Harness h = await Harness.StartAsync();
            h.Server.On("POST", Harness.Url("act_1/advideos")).Respond(FakeResponse.Json(Created));

            await h.Client.SendAsync(new GraphRequest(HttpMethod.Post, "act_1/advideos").Add("source", GraphFile.FromPath(path, "video/mp4")), Item.Read);

            RecordedPart file = Assert.Single(Assert.Single(h.Server.Requests).Files);
            Assert.Equal((Path.GetFileName(path), "video/mp4", 300_000L), (file.FileName, file.ContentType, file.Length));
            Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(video)), file.Sha256);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Retried_upload_reopens_the_file_and_sends_it_whole_again_with_a_proof()
    {
        const long size = 3 * 1024 * 1024;
        await using Harness h = await Harness.StartAsync();
        h.Server.On("POST", Harness.Url("act_1/advideos")).Respond(GraphResponses.AppThrottled(), FakeResponse.Json(Created));
        var opened = new ConcurrentQueue<GeneratedStream>();
        GraphFile video = GraphFile.FromStream(_ =>
        {
            var stream = new GeneratedStream(size);
            opened.Enqueue(stream);
            return ValueTask.FromResult<Stream>(stream);
        }, "clip.mp4", "video/mp4", size);

        var request = new GraphRequest(HttpMethod.Post, "act_1/advideos") { IsIdempotent = true }.Add("source", video);
        Item item = await h.Client.SendAsync(request, Item.Read);

        Assert.Equal("9", item.Id);
        Assert.Equal(2, opened.Count);
        Assert.Equal(2, h.Server.RequestCount);
        string expected = opened.First().Sha256;
        foreach (RecordedRequest attempt in h.Server.Requests)
        {
            RecordedPart file = Assert.Single(attempt.Files);
            Assert.Equal((size, expected), (file.Length, file.Sha256));
            Assert.Equal(TestSecrets.Proof, attempt.Form["appsecret_proof"]);
        }

        Assert.IsType<GraphApiException>(h.Attempts[0].Error);
    }

    [Fact]
    public async Task Upload_from_a_stream_that_cannot_seek_is_sent_once_and_not_retried()
    {
        await using Harness h = await Harness.StartAsync();
        h.Server.On("POST", Harness.Url("act_1/advideos")).Respond(GraphResponses.AppThrottled(), FakeResponse.Json(Created));
        await using var stream = new GeneratedStream(100_000);

        var request = new GraphRequest(HttpMethod.Post, "act_1/advideos") { IsIdempotent = true }.Add("source", GraphFile.FromStream(stream, "clip.mp4"));
        await Assert.ThrowsAsync<GraphApiException>(() => h.Client.SendAsync(request, Item.Read));

        Assert.Equal(1, h.Server.RequestCount);
        Assert.Equal(stream.Sha256, Assert.Single(Assert.Single(h.Server.Requests).Files).Sha256);
    }

    [Fact]
    public async Task Upload_from_a_stream_that_cannot_seek_answered_with_a_redirect_is_a_protocol_error_and_nothing_is_resent()
    {
        await using Harness h = await Harness.StartAsync();
        h.Server.On("POST", Harness.Url("act_1/advideos")).Respond(FakeResponse.Json("{}", 307).WithHeader("Location", h.Server.Url("/v25.0/act_2/advideos")));
        await using var stream = new GeneratedStream(10_000);

        var request = new GraphRequest(HttpMethod.Post, "act_1/advideos").Add("source", GraphFile.FromStream(stream, "clip.mp4"));
        var ex = await Assert.ThrowsAsync<GraphProtocolException>(() => h.Client.SendAsync(request, Item.Read));

        Assert.Contains("cannot be sent again", ex.Message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.TemporaryRedirect, ex.StatusCode);
        Assert.Equal(1, h.Server.RequestCount);
    }

    [Fact]
    public async Task Failed_upload_names_neither_the_token_nor_the_secret_in_its_message()
    {
        await using Harness h = await Harness.StartAsync();
        h.Server.On("POST", Harness.Url("act_1/adimages")).Respond(
            GraphResponses.Error(190, message: $"Invalid OAuth access token {TestSecrets.Token} (secret {TestSecrets.Secret})"));

        var request = new GraphRequest(HttpMethod.Post, "act_1/adimages").Add("filename", GraphFile.FromBytes(new byte[10], "a.png", "image/png"));
        GraphApiException ex = await Assert.ThrowsAsync<GraphApiException>(() => h.Client.SendAsync(request, Item.Read));

        Assert.Equal(190, ex.Code);
        foreach (string text in new[] { ex.Message, ex.ToString(), h.Attempts[0].Url, h.Server.Requests[0].Path + h.Server.Requests[0].QueryString })
        {
            Assert.DoesNotContain(TestSecrets.Token, text, StringComparison.Ordinal);
            Assert.DoesNotContain(TestSecrets.Secret, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_stream_shorter_than_its_declared_length_fails_the_call_instead_of_sending_a_wrong_body()
    {
        await using Harness h = await Harness.StartAsync();
        h.Server.On("POST", Harness.Url("act_1/advideos")).Respond(FakeResponse.Json(Created));
        GraphFile video = GraphFile.FromStream(_ => ValueTask.FromResult<Stream>(new GeneratedStream(1_000)), "clip.mp4", "video/mp4", length: 2_000);

        var ex = await Assert.ThrowsAsync<GraphTransportException>(() => h.Client.SendAsync(new GraphRequest(HttpMethod.Post, "act_1/advideos").Add("source", video), Item.Read));

        Assert.Contains("declared", ex.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(h.Server.Requests, r => r.Files.Any());
    }

    [Fact]
    public void A_missing_file_or_a_bad_content_type_is_reported_when_the_GraphFile_is_made_not_as_a_transport_failure()
    {
        string path = Path.Combine(Path.GetTempPath(), $"graphgen-missing-{Guid.NewGuid():N}.png");

        Assert.Throws<FileNotFoundException>(() => GraphFile.FromPath(path));
        Assert.Throws<ArgumentException>(() => GraphFile.FromBytes(new byte[1], "a.png", "not a type"));
    }

    [Fact]
    public void A_request_with_a_file_is_refused_by_batches_and_a_GET_refuses_a_file()
    {
        var upload = new GraphRequest(HttpMethod.Post, "act_1/adimages").Add("filename", GraphFile.FromBytes(new byte[1], "a.png"));

        NotSupportedException batch = Assert.Throws<NotSupportedException>(() => new GraphBatchItem(upload));
        Assert.Contains("'filename'", batch.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => new GraphRequest(HttpMethod.Get, "me").Add("source", GraphFile.FromBytes(new byte[1], "a.png")));
        Assert.Same(upload, upload.Add("thumb", (GraphFile?)null));
    }
}

/// <summary>Runs alone: it measures every byte the process allocates, which parallel tests would add to.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AllocationMeasuredCollection
{
    public const string Name = "Allocation measured";
}

[Collection(AllocationMeasuredCollection.Name)]
public sealed class LargeUploadTests
{
    [Fact]
    public async Task Upload_of_256_MB_made_on_the_fly_arrives_intact_while_the_process_allocates_a_small_fraction_of_it()
    {
        const long size = 256L * 1024 * 1024;
        await using Harness h = await Harness.StartAsync();
        h.Server.On("POST", Harness.Url("act_1/advideos")).Respond(FakeResponse.Json("{\"id\":\"9\"}"));
        GeneratedStream? sent = null;
        GraphFile video = GraphFile.FromStream(_ => ValueTask.FromResult<Stream>(sent = new GeneratedStream(size)), "big.mp4", "video/mp4", size);
        var request = new GraphRequest(HttpMethod.Post, "act_1/advideos").Add("source", video);

        // Client and fake server run in this process: the count covers both ends of the upload.
        long before = GC.GetTotalAllocatedBytes(precise: true);
        await h.Client.SendAsync(request, Item.Read);
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        RecordedPart file = Assert.Single(Assert.Single(h.Server.Requests).Files);
        Assert.Equal(size, sent!.BytesRead);
        Assert.Equal((size, sent.Sha256), (file.Length, file.Sha256));
        Assert.Null(file.Content);
        Assert.True(allocated < size / 32, $"{allocated:N0} bytes allocated to upload {size:N0}");
    }
}
