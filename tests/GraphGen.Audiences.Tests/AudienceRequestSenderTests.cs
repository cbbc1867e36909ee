using System.Collections.Generic;
using System.Threading.Tasks;
using GraphGen.Runtime.Audiences;

namespace GraphGen.Audiences.Tests;

/// <summary>
/// The README's "Sender" decision: without a <c>GraphClient</c>, the uploader hands each request it built to an
/// <see cref="AudienceRequestSender"/> (generated code, proxies, tests), already complete: method, path, the
/// <c>payload</c> form field, marked idempotent and classified by <see cref="AudienceErrorClassifier"/>.
/// </summary>
public sealed class AudienceRequestSenderTests
{
    [Fact]
    public async Task Delegate_sender_receives_complete_idempotent_requests_with_the_audience_classifier()
    {
        var requests = new List<GraphGen.Runtime.GraphRequest>();
        var uploader = new AudienceUploader((request, _) =>
        {
            lock (requests) requests.Add(request);
            return Task.FromResult(new AudienceUsersResponse { AudienceId = "23850000000000000", NumReceived = 2 });
        });

        AudienceUploadResult added = await uploader.AddAsync("23850000000000000", [AudienceKey.Email], [new string?[] { "a@example.com" }, new string?[] { "b@example.com" }]);
        AudienceUploadResult removed = await uploader.RemoveAsync("23850000000000000", [AudienceKey.Email], [new string?[] { "a@example.com" }]);

        Assert.Equal(AudienceUploadStatus.Completed, added.Status);
        Assert.Equal(AudienceUploadStatus.Completed, removed.Status);
        Assert.Equal(new[] { "POST", "DELETE" }, requests.ConvertAll(r => r.Method.Method));
        Assert.All(requests, r =>
        {
            Assert.Equal("23850000000000000/users", r.Path);
            Assert.True(r.IsIdempotent);
            Assert.Same(AudienceErrorClassifier.Instance, r.ErrorClassifier);
            string payload = Assert.Single(r.Parameters, p => p.Key == "payload").Value;
            using var json = System.Text.Json.JsonDocument.Parse(payload);
            Assert.Equal("EMAIL", json.RootElement.GetProperty("schema")[0].GetString());
            Assert.True(json.RootElement.GetProperty("is_raw").GetBoolean());
        });
    }
}
