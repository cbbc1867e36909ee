using System.Threading;

namespace GraphGen.Testing;

/// <summary>
/// A fault injected for the requests matching a method and path pattern (same syntax as <see cref="FakeGraphServer.On"/>),
/// for the next <see cref="Remaining"/> of them or for all. Items of a batch are matched by their own path.
/// </summary>
public sealed class FakeFaultRule
{
    private readonly FakeRoute _matcher;
    private int _remaining;
    private int _hits;

    internal FakeFaultRule(string? method, string pathPattern, FakeFault fault, int? times)
    {
        _matcher = new FakeRoute(method, pathPattern);
        Fault = fault;
        _remaining = times ?? -1;
    }

    /// <summary>The fault.</summary>
    public FakeFault Fault { get; }

    /// <summary>How many more requests it applies to; <c>null</c> when unlimited.</summary>
    public int? Remaining => Volatile.Read(ref _remaining) is var r && r < 0 ? null : r;

    /// <summary>How many requests it was applied to.</summary>
    public int Hits => Volatile.Read(ref _hits);

    internal bool TryApply(string method, string path)
    {
        if (!_matcher.Matches(method, path)) return false;
        while (true)
        {
            int remaining = Volatile.Read(ref _remaining);
            if (remaining == 0) return false;
            if (remaining < 0 || Interlocked.CompareExchange(ref _remaining, remaining - 1, remaining) == remaining)
            {
                Interlocked.Increment(ref _hits);
                return true;
            }
        }
    }
}
