using GraphGen.Facebook;
using GraphGen.Testing;

namespace GraphGen.Sample;

/// <summary>What every scenario gets: the generated client, the report, the attempt log, and the fake (null when live).</summary>
internal sealed record SampleContext(GraphApi Graph, SampleReport Report, AttemptLog Attempts, FakeGraph? Fake, bool Interactive);
