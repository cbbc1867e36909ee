using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using GraphGen.Facebook;
using GraphGen.Runtime;

namespace GraphGen.Benchmarks.Requests;

/// <summary>
/// Building a typical GET (<c>me?fields=id,name,email,albums.limit(25){name,created_time,photos.limit(5){id}}</c>
/// with <c>appsecret_proof</c>). The runtime's URL builder (<c>PreparedRequest</c>) is internal, so the whole public
/// path is measured: generated builder -> <see cref="GraphClient.SendAsync{T}"/> over an in-memory handler that
/// answers at once (no socket). The baseline is the same call written by hand on <see cref="HttpClient"/>; the floor
/// builds the same URL with one allocation and the proof on the stack. Goal: one allocation for the final URL beyond
/// the HMAC.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Requests")]
public class RequestBuildingBenchmarks
{
    private const string AccessToken = "EAAB-benchmark-access-token-0123456789abcdefghijklmnopqrstuvwxyz";
    private const string AppSecret = "0123456789abcdef0123456789abcdef";
    private static readonly Uri Root = new("http://127.0.0.1:9/");
    private static readonly byte[] Secret = Encoding.UTF8.GetBytes(AppSecret);

    private HttpClient _http = null!;
    private GraphApi _graph = null!;
    private readonly CapturingHandler _handler = new();

    [GlobalSetup]
    public void Setup()
    {
        _http = new HttpClient(_handler) { Timeout = Timeout.InfiniteTimeSpan };
        var options = GraphApi.CreateOptions();
        options.AccessToken = AccessToken;
        options.AppSecret = AppSecret;
        options.BaseAddress = Root;
        _graph = new GraphApi(new GraphClient(_http, options));
        string generated = SendGenerated().GetAwaiter().GetResult().Id + " " + _handler.LastUri;
        string byHand = SendByHand().GetAwaiter().GetResult().Id + " " + _handler.LastUri;
        if (generated != byHand) throw new InvalidOperationException($"The two paths send different URLs:\n{generated}\n{byHand}");
        if (generated != "1 " + FloorUrl()) throw new InvalidOperationException($"The floor builds a different URL:\n{FloorUrl()}");
    }

    [GlobalCleanup]
    public void Cleanup() => _http.Dispose();

    [Benchmark(Description = "Generated builder + GraphClient.SendAsync")]
    public Task<User> SendGenerated()
        => _graph.Users["me"].GetAsync(f => f.Id.Name.Email.Albums(a => a.Name.CreatedTime.Photos(p => p.Id, limit: 5), limit: 25));

    [Benchmark(Baseline = true, Description = "Hand-written HttpClient call")]
    public async Task<User> SendByHand()
    {
        string fields = "id,name,email,albums.limit(25){name,created_time,photos.limit(5){id}}";
        string proof = Convert.ToHexStringLower(HMACSHA256.HashData(Secret, Encoding.UTF8.GetBytes(AccessToken)));
        string url = "http://127.0.0.1:9/v25.0/me?fields=" + Uri.EscapeDataString(fields) + "&appsecret_proof=" + proof;
        using var message = new HttpRequestMessage(HttpMethod.Get, url);
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AccessToken);
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using HttpResponseMessage response = await _http.SendAsync(message, HttpCompletionOption.ResponseContentRead).ConfigureAwait(false);
        byte[] body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
        return User.FromJson(body);
    }

    [Benchmark(Description = "Part: field selection built + rendered")]
    public string FieldSelection()
        => new UserFields().Id.Name.Email.Albums(a => a.Name.CreatedTime.Photos(p => p.Id, limit: 5), limit: 25).ToString();

    [Benchmark(Description = "Part: AppSecretProof.Compute")]
    public string Proof() => AppSecretProof.Compute(AppSecret, AccessToken);

    [Benchmark(Description = "Floor: URL in one allocation, proof on the stack")]
    public string FloorUrl()
    {
        const string Prefix = "http://127.0.0.1:9/v25.0/me?fields=";
        const string Fields = "id%2Cname%2Cemail%2Calbums.limit%2825%29%7Bname%2Ccreated_time%2Cphotos.limit%285%29%7Bid%7D%7D";
        const string ProofName = "&appsecret_proof=";
        Span<byte> token = stackalloc byte[128];
        int tokenLength = Encoding.UTF8.GetBytes(AccessToken, token);
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(Secret, token.Slice(0, tokenLength), mac);
        Span<char> hex = stackalloc char[64];
        Convert.TryToHexStringLower(mac, hex, out _);
        return string.Concat(Prefix.AsSpan(), Fields.AsSpan(), ProofName.AsSpan(), hex);
    }

    /// <summary>Answers every request with a small User body, without a socket; remembers the last URL.</summary>
    private sealed class CapturingHandler : HttpMessageHandler
    {
        private static readonly byte[] Body = """{"id":"1","name":"Ada"}"""u8.ToArray();

        public string? LastUri { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            LastUri = request.RequestUri!.OriginalString;
            var content = new ByteArrayContent(Body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
        }
    }
}
