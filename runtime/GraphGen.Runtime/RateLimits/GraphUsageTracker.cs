using System.Threading;

namespace GraphGen.Runtime;

/// <summary>
/// The latest usage headers Graph sent to any of the clients that share this tracker (through
/// <see cref="GraphClientOptions.UsageTracker"/>). An app's limits are the app's, not one client's: clients made per
/// access token, per request or per dependency-injection resolution slow down together near the limit only when they
/// share what Graph last reported. Thread-safe.
/// </summary>
public sealed class GraphUsageTracker
{
    private GraphUsage? _latest;

    /// <summary>The usage headers of the most recent response, to any sharing client, that had any.</summary>
    public GraphUsage? Latest => Volatile.Read(ref _latest);

    internal void Record(GraphUsage usage) => Volatile.Write(ref _latest, usage);
}
