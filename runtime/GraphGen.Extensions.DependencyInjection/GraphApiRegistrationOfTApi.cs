using System;
using GraphGen.Runtime;

namespace GraphGen.Extensions.DependencyInjection;

/// <summary>A registration and how to wrap its <see cref="GraphClient"/> into the generated API type.</summary>
/// <typeparam name="TApi">The generated API type, e.g. <c>GraphApi</c>.</typeparam>
internal sealed class GraphApiRegistration<TApi> : GraphApiRegistration
{
    public GraphApiRegistration(string name, Func<GraphClient, TApi> createApi, Func<GraphClientOptions>? createOptions)
        : base(name, createOptions)
    {
        CreateApi = createApi;
    }

    public Func<GraphClient, TApi> CreateApi { get; }
}
