using System;
using System.IO;

namespace GraphGen.Generator.Tests.Snapshots;

public sealed class SnapshotAssertTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "gg-snapshot-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void A_mismatch_writes_the_received_file_and_fails_with_a_line_diff()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "snap"));
        File.WriteAllText(Path.Combine(_folder, "snap", "A.verified.cs"), "line one\nline two\n");

        var error = Assert.Throws<SnapshotMismatchException>(
            () => SnapshotAssert.Matches("line one\nline 2\n", "snap", "A", Path.Combine(_folder, "Caller.cs")));

        Assert.Contains(": line two", error.Message.Substring(error.Message.IndexOf("- ", StringComparison.Ordinal)));
        Assert.Contains("+ 2: line 2", error.Message);
        Assert.Equal("line one\nline 2\n", File.ReadAllText(Path.Combine(_folder, "snap", "A.received.cs")));
        Assert.Equal("line one\nline two\n", File.ReadAllText(Path.Combine(_folder, "snap", "A.verified.cs")));
    }

    [Fact]
    public void A_missing_snapshot_fails_instead_of_being_accepted_silently()
    {
        Assert.Throws<SnapshotMismatchException>(() => SnapshotAssert.Matches("x", "snap", "New", Path.Combine(_folder, "Caller.cs")));
        Assert.False(File.Exists(Path.Combine(_folder, "snap", "New.verified.cs")));
    }

    [Fact]
    public void A_match_removes_a_stale_received_file()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "snap"));
        File.WriteAllText(Path.Combine(_folder, "snap", "B.verified.cs"), "same");
        File.WriteAllText(Path.Combine(_folder, "snap", "B.received.cs"), "old");

        SnapshotAssert.Matches("same", "snap", "B", Path.Combine(_folder, "Caller.cs"));

        Assert.False(File.Exists(Path.Combine(_folder, "snap", "B.received.cs")));
    }
}
