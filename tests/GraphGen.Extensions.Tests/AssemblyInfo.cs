// Spans and measurements are process-wide (ActivitySource, Meter): one test at a time, so each sees only its own.
[assembly: Xunit.CollectionBehavior(DisableTestParallelization = true)]
