using System;
using System.Linq;
using System.Threading;
using GraphGen.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GraphGen.Extensions.DependencyInjection;

/// <summary>
/// <c>services.AddGraphApi(...)</c>: registers a generated Graph API type over an <c>IHttpClientFactory</c> client,
/// with <see cref="GraphClientOptions"/> validated at start-up and attempts logged through <c>ILogger</c>.
/// </summary>
/// <example>
/// <code>
/// builder.Services.AddGraphApi(client => new GraphApi(client), GraphApi.CreateOptions).BindConfiguration("GraphApi");
/// // then inject GraphApi, or IGraphApiFactory&lt;GraphApi&gt; for named registrations and other tokens.
/// </code>
/// </example>
public static class GraphApiServiceCollectionExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TApi"/> (resolvable directly, transient, like a typed <c>HttpClient</c>).
    /// </summary>
    /// <typeparam name="TApi">The generated API type, e.g. <c>GraphApi</c>.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <param name="createApi">Wraps a client: <c>client =&gt; new GraphApi(client)</c>. (The runtime cannot name generated types.)</param>
    /// <param name="createOptions">The options' defaults: <c>GraphApi.CreateOptions</c> (the schema's API version and error catalog).</param>
    /// <returns>A builder to bind configuration and configure the <c>HttpClient</c>.</returns>
    public static GraphApiBuilder AddGraphApi<TApi>(this IServiceCollection services, Func<GraphClient, TApi> createApi,
        Func<GraphClientOptions>? createOptions = null)
        where TApi : class =>
        AddGraphApi(services, Microsoft.Extensions.Options.Options.DefaultName, createApi, createOptions);

    /// <summary>
    /// Registers a named <typeparamref name="TApi"/>: one per app (or tenant) in the same process. Resolve it with
    /// <c>[FromKeyedServices("name")]</c> or <see cref="IGraphApiFactory{TApi}.Create(string)"/>.
    /// </summary>
    /// <typeparam name="TApi">The generated API type, e.g. <c>GraphApi</c>.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The registration name, unique in the collection; <c>""</c> is the unnamed registration.</param>
    /// <param name="createApi">Wraps a client: <c>client =&gt; new GraphApi(client)</c>.</param>
    /// <param name="createOptions">The options' defaults: <c>GraphApi.CreateOptions</c>.</param>
    /// <returns>A builder to bind configuration and configure the <c>HttpClient</c>.</returns>
    /// <exception cref="InvalidOperationException">A registration of that name exists.</exception>
    public static GraphApiBuilder AddGraphApi<TApi>(this IServiceCollection services, string name, Func<GraphClient, TApi> createApi,
        Func<GraphClientOptions>? createOptions = null)
        where TApi : class
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(createApi);
        if (services.Any(d => d.ServiceType == typeof(GraphApiRegistration) && d.ImplementationInstance is GraphApiRegistration r && r.Name == name))
        {
            throw new InvalidOperationException($"{GraphApiRegistration.Describe(name)} exists already; give each AddGraphApi its own name.");
        }

        var registration = new GraphApiRegistration<TApi>(name, createApi, createOptions);
        services.AddSingleton<GraphApiRegistration>(registration);
        services.TryAddSingleton<IGraphApiFactory<TApi>, GraphApiFactory<TApi>>();
        services.TryAddTransient<IOptionsFactory<GraphClientOptions>, GraphClientOptionsFactory>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GraphClientOptions>, GraphClientOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<GraphClientOptions>, GraphClientLoggingSetup>());
        OptionsBuilder<GraphClientOptions> options = services.AddOptions<GraphClientOptions>(name).ValidateOnStart();

        IHttpClientBuilder httpClient = services.AddHttpClient(registration.HttpClientName)
            // GraphClientOptions.Timeout applies per attempt; HttpClient's own 100 s would cut retries short.
            .ConfigureHttpClient(http => http.Timeout = Timeout.InfiniteTimeSpan)
            // The factory's default loggers write the full request URL, appsecret_proof included (query string of a
            // GET), and on .NET 8 the Authorization header at Trace. GraphAttemptLogger logs the path only.
            .RemoveAllLoggers();

        if (name.Length == 0) services.TryAddTransient(sp => sp.GetRequiredService<IGraphApiFactory<TApi>>().Create(name));
        else services.AddKeyedTransient(name, (sp, _) => sp.GetRequiredService<IGraphApiFactory<TApi>>().Create(name));

        return new GraphApiBuilder(services, name, options, httpClient);
    }
}
