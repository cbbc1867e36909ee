using System;
using System.Collections.Generic;
using System.Net.Http;
using GraphGen.Runtime;
using Microsoft.Extensions.Options;

namespace GraphGen.Extensions.DependencyInjection;

/// <summary>
/// Builds API instances per <see cref="IGraphApiFactory{TApi}"/>: the registration's options (configured, validated,
/// cached and reloaded by <see cref="IOptionsMonitor{TOptions}"/>), a client from <see cref="IHttpClientFactory"/>,
/// a <see cref="GraphClient"/>, and the generated type around it.
/// </summary>
internal sealed class GraphApiFactory<TApi> : IGraphApiFactory<TApi>
{
    private readonly Dictionary<string, GraphApiRegistration<TApi>> _registrations = new(StringComparer.Ordinal);
    private readonly IHttpClientFactory _httpClients;
    private readonly IOptionsMonitor<GraphClientOptions> _options;

    public GraphApiFactory(IEnumerable<GraphApiRegistration> registrations, IHttpClientFactory httpClients, IOptionsMonitor<GraphClientOptions> options)
    {
        foreach (GraphApiRegistration registration in registrations)
        {
            if (registration is GraphApiRegistration<TApi> typed) _registrations[typed.Name] = typed;
        }

        _httpClients = httpClients;
        _options = options;
    }

    public TApi Create(string name) => CreateApi(name, accessToken: null);

    public TApi Create(string name, string accessToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(accessToken);
        return CreateApi(name, accessToken);
    }

    private TApi CreateApi(string name, string? accessToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!_registrations.TryGetValue(name, out GraphApiRegistration<TApi>? registration))
        {
            throw new InvalidOperationException(
                $"There is no {GraphApiRegistration.Describe(name)} for {typeof(TApi).Name}: call services.AddGraphApi{(name.Length == 0 ? string.Empty : $"(\"{name}\", ...)")} first.");
        }

        GraphClientOptions options = _options.Get(name);
        if (accessToken is not null)
        {
            // The monitor's instance is shared and cached: derive, never change it (the clone keeps its usage tracker).
            options = options.Clone();
            options.AccessToken = accessToken;
        }

        HttpClient http = _httpClients.CreateClient(registration.HttpClientName);
        return registration.CreateApi(new GraphClient(http, options));
    }
}
