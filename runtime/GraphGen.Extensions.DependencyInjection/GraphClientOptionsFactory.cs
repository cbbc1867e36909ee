using System.Collections.Generic;
using System.Linq;
using GraphGen.Runtime;
using Microsoft.Extensions.Options;

namespace GraphGen.Extensions.DependencyInjection;

/// <summary>
/// Starts each registration's options from its defaults (the generated <c>GraphApi.CreateOptions</c>: the schema's API
/// version and error catalog) instead of <c>new GraphClientOptions()</c>; configuration, <c>Configure</c> calls and
/// validation then run as for any options type.
/// </summary>
internal sealed class GraphClientOptionsFactory : OptionsFactory<GraphClientOptions>
{
    private readonly Dictionary<string, GraphApiRegistration> _registrations;

    public GraphClientOptionsFactory(IEnumerable<GraphApiRegistration> registrations, IEnumerable<IConfigureOptions<GraphClientOptions>> setups,
        IEnumerable<IPostConfigureOptions<GraphClientOptions>> postConfigures, IEnumerable<IValidateOptions<GraphClientOptions>> validations)
        : base(setups, postConfigures, validations)
    {
        _registrations = registrations.ToDictionary(r => r.Name, System.StringComparer.Ordinal);
    }

    // The registration's usage tracker goes in first, so every client made from these options shares it; a tracker set
    // by configuration or Configure later still wins.
    protected override GraphClientOptions CreateInstance(string name)
    {
        if (!_registrations.TryGetValue(name, out GraphApiRegistration? registration)) return base.CreateInstance(name);
        GraphClientOptions options = registration.CreateOptions();
        options.UsageTracker ??= registration.Usage;
        return options;
    }
}
