using System.Collections.Generic;
using System.Linq;

namespace GraphGen.Testing;

/// <summary>The batches of one upload session, in <c>batch_seq</c> order (a repeated <c>batch_seq</c> replaces the earlier one, as Facebook dedupes it).</summary>
/// <param name="AudienceId">The custom audience.</param>
/// <param name="SessionId">The <c>session_id</c>.</param>
/// <param name="Batches">The accepted batches.</param>
public sealed record FakeAudienceSession(string AudienceId, long SessionId, IReadOnlyList<FakeAudienceBatch> Batches)
{
    /// <summary>Rows received over all batches.</summary>
    public long TotalRows => Batches.Sum(b => (long)b.Rows);

    /// <summary>Whether a batch carried <c>last_batch_flag: true</c>.</summary>
    public bool IsComplete => Batches.Any(b => b.LastBatchFlag);

    /// <summary>The <c>batch_seq</c> values received, in order.</summary>
    public IReadOnlyList<long> BatchSeqs => Batches.Select(b => b.BatchSeq).ToArray();
}
