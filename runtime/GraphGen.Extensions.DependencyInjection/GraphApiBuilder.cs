using System;
using GraphGen.Runtime;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GraphGen.Extensions.DependencyInjection;

/// <summary>
/// Configures one <c>AddGraphApi</c> registration: where its options come from, and its <c>HttpClient</c>.
/// </summary>
public sealed class GraphApiBuilder
{
    internal GraphApiBuilder(IServiceCollection services, string name, OptionsBuilder<GraphClientOptions> options, IHttpClientBuilder httpClient)
    {
        Services = services;
        Name = name;
        Options = options;
        HttpClient = httpClient;
    }

    /// <summary>The service collection.</summary>
    public IServiceCollection Services { get; }

    /// <summary>The registration name (<c>""</c> for the unnamed one); also the name of its <see cref="GraphClientOptions"/>.</summary>
    public string Name { get; }

    /// <summary>The registration's options, for anything beyond <see cref="BindConfiguration"/> and <see cref="Configure"/>.</summary>
    public OptionsBuilder<GraphClientOptions> Options { get; }

    /// <summary>
    /// The registration's <c>IHttpClientFactory</c> client, e.g. to set its primary handler. Do not add a retry
    /// handler: <see cref="GraphClient"/> retries by Graph's rules (error codes, usage headers, idempotency).
    /// </summary>
    public IHttpClientBuilder HttpClient { get; }

    /// <summary>
    /// Binds the options to a configuration section, e.g. <c>"GraphApi"</c> for
    /// <c>{ "GraphApi": { "AccessToken": ..., "AppSecret": ..., "ApiVersion": "v25.0", "Retry": { "MaxAttempts": 4 } } }</c>.
    /// Keep secrets in user secrets, environment variables or a vault, not in appsettings.json.
    /// </summary>
    /// <param name="sectionPath">The section path, e.g. <c>"GraphApi"</c> or <c>"Agencies:Acme"</c>.</param>
    /// <returns>This builder.</returns>
    public GraphApiBuilder BindConfiguration(string sectionPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(sectionPath);
        Options.Configure<IConfiguration>((options, configuration) => GraphClientOptionsBinder.Bind(configuration.GetSection(sectionPath), options));
        // Reload on change (appsettings.json edited, a vault refreshed): IOptionsMonitor rebuilds the options.
        Services.AddSingleton<IOptionsChangeTokenSource<GraphClientOptions>>(sp =>
            new ConfigurationChangeTokenSource<GraphClientOptions>(Name, sp.GetRequiredService<IConfiguration>()));
        return this;
    }

    /// <summary>Configures the options in code; runs in registration order with <see cref="BindConfiguration"/>.</summary>
    /// <param name="configure">Changes the options.</param>
    /// <returns>This builder.</returns>
    public GraphApiBuilder Configure(Action<GraphClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        Options.Configure(configure);
        return this;
    }
}
