using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using GraphGen.Testing;

namespace GraphGen.Runtime.Tests.Support;

/// <summary>A fake Graph server, a client pointed at it, a fake clock and the attempts the client reported.</summary>
internal sealed class Harness : IAsyncDisposable
{
    private readonly HttpClient _http = GraphHttp.CreateHttpClient();
    private readonly ConcurrentQueue<GraphAttempt> _attempts = new();

    private Harness(FakeGraphServer server, Action<GraphClientOptions>? configure)
    {
        Server = server;
        var options = new GraphClientOptions
        {
            BaseAddress = server.BaseAddress,
            AccessToken = TestSecrets.Token,
            AppSecret = TestSecrets.Secret,
            TimeProvider = Clock,
            OnAttempt = _attempts.Enqueue,
        };
        configure?.Invoke(options);
        Client = new GraphClient(_http, options);
    }

    public FakeGraphServer Server { get; }

    public FakeClock Clock { get; } = new();

    public GraphClient Client { get; }

    public IReadOnlyList<GraphAttempt> Attempts => _attempts.ToArray();

    public static async Task<Harness> StartAsync(Action<GraphClientOptions>? configure = null) =>
        new(await FakeGraphServer.StartAsync(), configure);

    public static string Url(string path) => "/v25.0/" + path;

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await Server.DisposeAsync();
    }
}

/// <summary>A small model, read the way generated readers read.</summary>
internal sealed record Item(string? Id, string? Name)
{
    public static Item Read(ref GraphJsonReader reader)
    {
        string? id = null, name = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            string property = reader.GetString()!;
            reader.Read();
            switch (property)
            {
                case "id": id = GraphJson.ReadId(ref reader); break;
                case "name": name = GraphJson.ReadString(ref reader); break;
                default: GraphJson.Skip(ref reader); break;
            }
        }

        return new Item(id, name);
    }
}
