using System.Collections.Generic;
using System.Linq;

namespace GraphGen.Testing;

/// <summary>What a <see cref="FakeGraph"/> received on <c>/{custom_audience_id}/users</c>, for assertions. Thread-safe.</summary>
public sealed class FakeAudienceUploads
{
    private readonly object _gate = new();
    private readonly List<FakeAudienceBatch> _batches = new();

    /// <summary>Every accepted batch in arrival order, retries included (a snapshot).</summary>
    public IReadOnlyList<FakeAudienceBatch> Batches
    {
        get
        {
            lock (_gate) return _batches.ToArray();
        }
    }

    /// <summary>The sessions in order of their first batch, each with its batches by <c>batch_seq</c> (a snapshot).</summary>
    public IReadOnlyList<FakeAudienceSession> Sessions
    {
        get
        {
            lock (_gate)
            {
                return _batches
                    .GroupBy(b => (b.AudienceId, b.SessionId))
                    .Select(g => new FakeAudienceSession(g.Key.AudienceId, g.Key.SessionId,
                        g.GroupBy(b => b.BatchSeq).Select(seq => seq.Last()).OrderBy(b => b.BatchSeq).ToArray()))
                    .ToArray();
            }
        }
    }

    /// <summary>The session with this id, or <c>null</c>.</summary>
    /// <param name="sessionId">The <c>session_id</c>.</param>
    /// <returns>The session, or <c>null</c>.</returns>
    public FakeAudienceSession? Session(long sessionId) => Sessions.FirstOrDefault(s => s.SessionId == sessionId);

    internal void Record(FakeAudienceBatch batch)
    {
        lock (_gate) _batches.Add(batch);
    }
}
