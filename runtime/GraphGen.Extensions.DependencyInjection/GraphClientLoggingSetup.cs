using System;
using System.Collections.Generic;
using System.Linq;
using GraphGen.Runtime;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphGen.Extensions.DependencyInjection;

/// <summary>
/// Attaches a <see cref="GraphAttemptLogger"/> to the options of every <c>AddGraphApi</c> registration, after the
/// application's own <see cref="GraphClientOptions.OnAttempt"/> (which keeps working: both are called).
/// </summary>
internal sealed class GraphClientLoggingSetup : IPostConfigureOptions<GraphClientOptions>
{
    private readonly HashSet<string> _names;
    private readonly GraphAttemptLogger _logger;

    public GraphClientLoggingSetup(IEnumerable<GraphApiRegistration> registrations, ILoggerFactory loggerFactory)
    {
        _names = registrations.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        _logger = new GraphAttemptLogger(loggerFactory.CreateLogger<GraphClient>());
    }

    public void PostConfigure(string? name, GraphClientOptions options)
    {
        if (!_names.Contains(name ?? string.Empty)) return;
        Action<GraphAttempt>? own = options.OnAttempt;
        options.OnAttempt = own is null ? _logger.Log : attempt =>
        {
            own(attempt);
            _logger.Log(attempt);
        };
    }
}
