using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;

namespace GraphGen.Runtime.Tests.Support;

/// <summary>
/// A clock whose timers fire at once and move the clock forward by their due time, so a client that waits
/// 19 minutes does so instantly; the waits are recorded for assertions.
/// </summary>
internal sealed class FakeClock : TimeProvider
{
    private static readonly DateTimeOffset Start = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly ConcurrentQueue<TimeSpan> _waits = new();
    private long _ticks;

    public IReadOnlyList<TimeSpan> Waits => _waits.ToArray();

    public TimeSpan Elapsed => TimeSpan.FromTicks(Interlocked.Read(ref _ticks));

    public override DateTimeOffset GetUtcNow() => Start + Elapsed;

    public override long GetTimestamp() => Interlocked.Read(ref _ticks);

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            _waits.Enqueue(dueTime);
            Interlocked.Add(ref _ticks, dueTime.Ticks);
            ThreadPool.QueueUserWorkItem(_ => callback(state));
        }

        return new InertTimer();
    }

    private sealed class InertTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public System.Threading.Tasks.ValueTask DisposeAsync() => default;
    }
}
