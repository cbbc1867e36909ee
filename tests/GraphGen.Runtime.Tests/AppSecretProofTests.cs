using System.Net.Http;
using System.Threading.Tasks;
using GraphGen.Runtime.Tests.Support;
using GraphGen.Testing;

namespace GraphGen.Runtime.Tests;

public sealed class AppSecretProofTests
{
    [Fact]
    public void Proof_matches_the_openssl_hmac_sha256_vector()
    {
        Assert.Equal(TestSecrets.Proof, AppSecretProof.Compute(TestSecrets.Secret, TestSecrets.Token));
    }

    [Fact]
    public void Timed_proof_signs_token_pipe_time()
    {
        Assert.Equal(TestSecrets.TimedProof, AppSecretProof.Compute(TestSecrets.Secret, TestSecrets.Token, TestSecrets.ProofTime));
    }

    [Fact]
    public async Task Get_sends_proof_in_query_and_token_only_in_authorization_header()
    {
        await using Harness h = await Harness.StartAsync();
        h.Server.On("GET", Harness.Url("me")).Respond(FakeResponse.Json("{\"id\":\"42\",\"name\":\"Ann\"}"));

        Item me = await h.Client.SendAsync(new GraphRequest(HttpMethod.Get, "me").AddFields("id,name"), Item.Read);

        Assert.Equal(new Item("42", "Ann"), me);
        RecordedRequest request = Assert.Single(h.Server.Requests);
        Assert.Equal(TestSecrets.Proof, request.Query["appsecret_proof"]);
        Assert.Equal("id,name", request.Query["fields"]);
        Assert.Equal("Bearer " + TestSecrets.Token, request.Header("Authorization"));
        Assert.DoesNotContain(TestSecrets.Token, request.QueryString);
        Assert.False(request.Query.ContainsKey("access_token"));
    }

    [Fact]
    public async Task Post_sends_parameters_and_proof_in_the_form_body()
    {
        await using Harness h = await Harness.StartAsync();
        h.Server.On("POST", Harness.Url("123/feed")).Respond(FakeResponse.Json("{\"success\":true}"));

        GraphSuccess result = await h.Client.SendAsync(
            new GraphRequest(HttpMethod.Post, "123/feed").Add("message", "héllo & bye").Add("published", false).Add("limit", 2.5),
            GraphSuccess.Read);

        Assert.True(result.Success);
        RecordedRequest request = Assert.Single(h.Server.Requests);
        Assert.Equal("héllo & bye", request.Form["message"]);
        Assert.Equal("false", request.Form["published"]);
        Assert.Equal("2.5", request.Form["limit"]);
        Assert.Equal(TestSecrets.Proof, request.Form["appsecret_proof"]);
        Assert.Equal(string.Empty, request.QueryString);
    }

    [Fact]
    public async Task Time_bound_proof_sends_appsecret_time_and_the_matching_hmac()
    {
        await using Harness h = await Harness.StartAsync(o => o.UseAppSecretTime = true);
        h.Server.On("GET", Harness.Url("me")).Respond(FakeResponse.Json("{\"id\":\"1\"}"));

        await h.Client.SendAsync(new GraphRequest(HttpMethod.Get, "me"), Item.Read);

        RecordedRequest request = Assert.Single(h.Server.Requests);
        long time = long.Parse(request.Query["appsecret_time"], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(h.Clock.GetUtcNow().ToUnixTimeSeconds(), time);
        Assert.Equal(AppSecretProof.Compute(TestSecrets.Secret, TestSecrets.Token, time), request.Query["appsecret_proof"]);
    }

    [Fact]
    public async Task Per_call_token_override_is_used_and_proved()
    {
        await using Harness h = await Harness.StartAsync();
        h.Server.On("GET", Harness.Url("me")).Respond(FakeResponse.Json("{\"id\":\"1\"}"));

        var request = new GraphRequest(HttpMethod.Get, "me") { CallOptions = new GraphCallOptions { AccessToken = "PAGETOKEN", ApiVersion = "v21.0" } };
        h.Server.On("GET", "/v21.0/me").Respond(FakeResponse.Json("{\"id\":\"2\"}"));
        Item item = await h.Client.SendAsync(request, Item.Read);

        Assert.Equal("2", item.Id);
        RecordedRequest recorded = Assert.Single(h.Server.Requests);
        Assert.Equal("Bearer PAGETOKEN", recorded.Header("Authorization"));
        Assert.Equal(AppSecretProof.Compute(TestSecrets.Secret, "PAGETOKEN"), recorded.Query["appsecret_proof"]);
    }

    [Fact]
    public void Request_refuses_credential_parameters_and_path_tricks()
    {
        var request = new GraphRequest(HttpMethod.Get, "me");
        Assert.Throws<System.ArgumentException>(() => request.Add("access_token", "x"));
        Assert.Throws<System.ArgumentException>(() => new GraphRequest(HttpMethod.Get, "https://evil.example/me"));
        Assert.Throws<System.ArgumentException>(() => new GraphRequest(HttpMethod.Get, "me/../../x"));
        Assert.Throws<System.ArgumentException>(() => GraphRequest.EscapeSegment(".."));
        Assert.Equal("a%2Fb%3Fc", GraphRequest.EscapeSegment("a/b?c"));
    }
}
