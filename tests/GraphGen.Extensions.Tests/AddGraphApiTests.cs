using System;
using System.Linq;
using System.Threading.Tasks;
using GraphGen.Extensions.DependencyInjection;
using GraphGen.Facebook;
using GraphGen.Runtime;
using GraphGen.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GraphGen.Extensions.Tests;

public sealed class AddGraphApiTests : IAsyncLifetime
{
    private readonly CapturedLogs _logs = new();
    private FakeGraph _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeGraph.StartAsync(GraphApi.Schema);

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task GraphApi_resolved_from_a_host_with_json_configuration_calls_the_fake_with_the_configured_token_and_proof()
    {
        HostApplicationBuilder builder = TestHost.CreateBuilder($$"""{ "GraphApi": {{TestHost.GraphApiSection(_fake)}} }""", _logs);
        builder.Services.AddGraphApi(client => new GraphApi(client), GraphApi.CreateOptions).BindConfiguration("GraphApi");
        using IHost host = builder.Build();
        await host.StartAsync();

        GraphApi graph = host.Services.GetRequiredService<GraphApi>();
        User me = await graph.Users["me"].GetAsync(f => f.Id.Name);

        Assert.Equal("Ada Lovelace", me.Name);
        RecordedRequest sent = Assert.Single(_fake.Requests);
        Assert.Equal("Bearer " + TestHost.AccessToken, sent.Header("Authorization"));
        Assert.Equal(AppSecretProof.Compute(TestHost.AppSecret, TestHost.AccessToken), sent.Parameter("appsecret_proof"));
        // The schema's error catalog came from GraphApi.CreateOptions, the rest from JSON.
        Assert.Same(GraphApi.CreateOptions().ErrorClassifier, graph.Client.Options.ErrorClassifier);
        Assert.Equal(3, graph.Client.Options.Retry.MaxAttempts);
        await host.StopAsync();
    }

    [Fact]
    public async Task Invalid_options_fail_the_host_at_start_naming_the_option_but_not_the_secret()
    {
        HostApplicationBuilder builder = TestHost.CreateBuilder($$"""{ "GraphApi": {{TestHost.GraphApiSection(_fake, apiVersion: "19")}} }""", _logs);
        builder.Services.AddGraphApi(client => new GraphApi(client), GraphApi.CreateOptions).BindConfiguration("GraphApi");
        using IHost host = builder.Build();

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("ApiVersion '19' is not of the form v25.0", failure.Message);
        Assert.DoesNotContain(TestHost.AppSecret, failure.Message);
        Assert.DoesNotContain(TestHost.AccessToken, failure.Message);
        Assert.Empty(_fake.Requests);
    }

    [Fact]
    public async Task A_malformed_configuration_value_is_reported_by_its_path_without_echoing_the_value()
    {
        HostApplicationBuilder builder = TestHost.CreateBuilder($$"""{ "GraphApi": { "Timeout": "{{TestHost.AppSecret}}" } }""", _logs);
        builder.Services.AddGraphApi(client => new GraphApi(client), GraphApi.CreateOptions).BindConfiguration("GraphApi");
        using IHost host = builder.Build();

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync());

        Assert.Equal("Configuration value at 'GraphApi:Timeout' is not a valid time span (hh:mm:ss).", failure.Message);
    }

    [Fact]
    public async Task Named_registrations_keep_their_own_options_and_the_factory_makes_clients_for_other_tokens()
    {
        using IHost host = await StartTwoAgenciesAsync();

        await host.Services.GetRequiredKeyedService<GraphApi>("acme").Users["me"].GetAsync(f => f.Id);
        var factory = host.Services.GetRequiredService<IGraphApiFactory<GraphApi>>();
        await factory.Create("globex").Users["me"].GetAsync(f => f.Id);
        await factory.Create("globex", "EAAB-business-42").Users["me"].GetAsync(f => f.Id);
        await factory.Create("globex").Users["me"].GetAsync(f => f.Id, new GraphCallOptions { AccessToken = "EAAB-one-call" });

        Assert.Equal(
            new[] { "Bearer EAAB-acme", "Bearer EAAB-globex", "Bearer EAAB-business-42", "Bearer EAAB-one-call" },
            _fake.Requests.Select(r => r.Header("Authorization")).ToArray());
        Assert.Null(host.Services.GetService<GraphApi>()); // no unnamed registration
        var unknown = Assert.Throws<InvalidOperationException>(() => factory.Create("initech"));
        Assert.Contains("'initech'", unknown.Message);
        await host.StopAsync();
    }

    [Fact]
    public async Task Apis_of_one_registration_share_the_usage_graph_reported_and_other_registrations_do_not()
    {
        using IHost host = await StartTwoAgenciesAsync();
        _fake.Inject("GET", "/v25.0/me", FakeFault.Respond(FakeResponse.Json("""{"id":"1"}""")
            .WithHeader("X-App-Usage", """{"call_count":95,"total_cputime":10,"total_time":12}""")), times: 1);

        // Each resolution is a new API over a new client, as in a web app's request scope.
        GraphApi first = host.Services.GetRequiredKeyedService<GraphApi>("acme");
        await first.Users["me"].GetAsync(f => f.Id);
        var factory = host.Services.GetRequiredService<IGraphApiFactory<GraphApi>>();
        GraphApi later = host.Services.GetRequiredKeyedService<GraphApi>("acme");
        GraphApi otherToken = factory.Create("acme", "EAAB-business-42");
        GraphApi otherApp = factory.Create("globex");

        Assert.NotSame(first.Client, later.Client);
        Assert.Equal(95, later.Client.LatestUsage?.App?.CallCount);
        Assert.Equal(95, otherToken.Client.LatestUsage?.App?.CallCount);
        Assert.Null(otherApp.Client.LatestUsage);
        await host.StopAsync();
    }

    // Two named registrations, "acme" and "globex", each with its own token from configuration; started.
    private async Task<IHost> StartTwoAgenciesAsync()
    {
        string json = $$"""{ "Agencies": { "Acme": {{TestHost.GraphApiSection(_fake, "EAAB-acme")}}, "Globex": {{TestHost.GraphApiSection(_fake, "EAAB-globex")}} } }""";
        HostApplicationBuilder builder = TestHost.CreateBuilder(json, _logs);
        builder.Services.AddGraphApi("acme", client => new GraphApi(client), GraphApi.CreateOptions).BindConfiguration("Agencies:Acme");
        builder.Services.AddGraphApi("globex", client => new GraphApi(client), GraphApi.CreateOptions).BindConfiguration("Agencies:Globex");
        IHost host = builder.Build();
        await host.StartAsync();
        return host;
    }

    [Fact]
    public void Registering_the_same_name_twice_is_refused()
    {
        var services = new ServiceCollection();
        services.AddGraphApi("acme", client => new GraphApi(client));

        Assert.Throws<InvalidOperationException>(() => services.AddGraphApi("acme", client => new GraphApi(client)));
    }
}
