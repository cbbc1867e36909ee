using System.Collections.Generic;

namespace GraphGen.Testing;

/// <summary>One <c>POST</c>/<c>DELETE /{custom_audience_id}/users</c> request the fake accepted.</summary>
/// <param name="AudienceId">The custom audience.</param>
/// <param name="Method"><c>POST</c> (add) or <c>DELETE</c> (remove).</param>
/// <param name="SessionId">The <c>session.session_id</c> (a generated one when the request had no session).</param>
/// <param name="BatchSeq">The <c>session.batch_seq</c> (1 without a session).</param>
/// <param name="LastBatchFlag">The <c>session.last_batch_flag</c> (true without a session).</param>
/// <param name="EstimatedTotal">The <c>session.estimated_num_total</c>, if sent.</param>
/// <param name="Schema">The <c>payload.schema</c> keys.</param>
/// <param name="Rows">Rows in <c>payload.data</c>.</param>
/// <param name="InvalidRows">Rows that were not arrays of one value per schema key.</param>
public sealed record FakeAudienceBatch(
    string AudienceId,
    string Method,
    long SessionId,
    long BatchSeq,
    bool LastBatchFlag,
    long? EstimatedTotal,
    IReadOnlyList<string> Schema,
    int Rows,
    int InvalidRows);
