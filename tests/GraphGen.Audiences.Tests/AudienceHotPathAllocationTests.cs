using System;
using System.Collections.Generic;
using GraphGen.Runtime.Audiences;

namespace GraphGen.Audiences.Tests;

// The hot path of a 10M-row upload: normalizing + hashing into caller buffers must not allocate per value.
public sealed class AudienceHotPathAllocationTests
{
    private static readonly (AudienceKey Key, string Value)[] Values =
    [
        (AudienceKey.Email, " John_Smith@Gmail.com "), (AudienceKey.Phone, "+44 (0)20 7946 0958"), (AudienceKey.Gender, "FEMALE"),
        (AudienceKey.BirthYear, "1990"), (AudienceKey.BirthMonth, "7"), (AudienceKey.BirthDay, "31"), (AudienceKey.FirstName, "Amélie"),
        (AudienceKey.LastName, "O'Brien"), (AudienceKey.FirstInitial, "Mary"), (AudienceKey.City, "San Francisco"),
        (AudienceKey.State, "New York"), (AudienceKey.Zip, "90210-1234"), (AudienceKey.Country, "United States"),
        (AudienceKey.MobileAdvertiserId, "6D92078A-8246-4BA4-AE5B-76104861E7DC"), (AudienceKey.ExternId, "cust-42"),
        (AudienceKey.LookalikeValue, "44.5"), (AudienceKey.Email, "not-an-email"), (AudienceKey.Country, "Atlantis"),
    ];

    [Fact]
    public void Normalizing_and_hashing_into_a_caller_buffer_allocates_nothing()
    {
        Span<char> output = stackalloc char[AudienceNormalizer.MaxOutputLength];
        RunAll(output); // warm up static tables
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++) RunAll(output);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Adding_rows_to_a_warm_batch_buffer_allocates_nothing()
    {
        var buffer = new AudienceBatchBuffer([AudienceKey.Email, AudienceKey.FirstName, AudienceKey.LastName, AudienceKey.Zip], 1001);
        var issues = new List<AudienceRowIssue>(1000);
        IReadOnlyList<string?> good = ["User@Example.com", "Amélie", "Smith", "90210-1234"];
        IReadOnlyList<string?> bad = ["broken@", "Amélie", "Smith", "90210"];
        Fill(buffer, good, bad, issues); // grows the arena once
        buffer.RemoveFirst(buffer.RowCount);
        issues.Clear();

        long before = GC.GetAllocatedBytesForCurrentThread();
        Fill(buffer, good, bad, issues);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(1000, buffer.RowCount);
        Assert.Equal(100, issues.Count);
    }

    private static void Fill(AudienceBatchBuffer buffer, IReadOnlyList<string?> good, IReadOnlyList<string?> bad, List<AudienceRowIssue> issues)
    {
        for (int i = 0; i < 1000; i++) buffer.TryAdd(i % 10 == 0 ? bad : good, i, issues);
    }

    private static void RunAll(Span<char> output)
    {
        foreach ((AudienceKey key, string value) in Values)
        {
            AudienceNormalizer.TryNormalizeToWire(key, value, output, out _, out _);
        }
    }
}
