using System;
using GraphGen.Runtime;

namespace GraphGen.Extensions.DependencyInjection;

/// <summary>
/// One <c>AddGraphApi</c> call: its name (also the name of its <see cref="GraphClientOptions"/> and, prefixed, of its
/// <c>HttpClient</c>) and how to make its options' defaults. Registered as a singleton instance, one per name.
/// </summary>
internal class GraphApiRegistration
{
    public GraphApiRegistration(string name, Func<GraphClientOptions>? createOptions)
    {
        Name = name;
        CreateOptions = createOptions ?? (() => new GraphClientOptions());
    }

    public string Name { get; }

    public Func<GraphClientOptions> CreateOptions { get; }

    /// <summary>
    /// Shared by every client this registration makes (set in its options by <c>GraphClientOptionsFactory</c>): API
    /// instances are made per resolution (and per access token), and each must still see the usage Graph reported to
    /// the others to slow down near the app's limits.
    /// </summary>
    public GraphUsageTracker Usage { get; } = new();

    /// <summary>The <c>IHttpClientFactory</c> name: <c>GraphGen</c>, or <c>GraphGen:name</c> for a named registration.</summary>
    public string HttpClientName => Name.Length == 0 ? "GraphGen" : "GraphGen:" + Name;

    /// <summary>How the name reads in messages.</summary>
    public static string Describe(string name) => name.Length == 0 ? "the default Graph API registration" : $"the Graph API registration '{name}'";
}
