using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace GraphGen.Generator.Tests.Snapshots;

/// <summary>
/// Snapshot testing in Verify's convention, without Verify (not served here): the expected text lives in a committed
/// <c>*.verified.cs</c> beside the test; on a mismatch a <c>*.received.cs</c> is written next to it and a readable diff
/// is printed. Accept by setting <c>GRAPHGEN_ACCEPT_SNAPSHOTS=1</c> locally (CI never sets it).
/// </summary>
public static class SnapshotAssert
{
    public const string AcceptVariable = "GRAPHGEN_ACCEPT_SNAPSHOTS";

    /// <summary>Compares <paramref name="actual"/> with <c>{folder}/{name}.verified.cs</c> next to the calling test file.</summary>
    public static void Matches(string actual, string folder, string name, [CallerFilePath] string callerFile = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(SourcePath(callerFile))!, folder);
        var verifiedPath = Path.Combine(directory, name + ".verified.cs");
        var receivedPath = Path.Combine(directory, name + ".received.cs");
        actual = actual.Replace("\r\n", "\n");
        var expected = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath).Replace("\r\n", "\n") : null;
        if (expected == actual)
        {
            if (File.Exists(receivedPath))
            {
                File.Delete(receivedPath);
            }

            return;
        }

        Directory.CreateDirectory(directory);
        if (IsAccepting())
        {
            File.WriteAllText(verifiedPath, actual);
            return;
        }

        File.WriteAllText(receivedPath, actual);
        throw new SnapshotMismatchException(expected is null
            ? $"No snapshot {verifiedPath} yet. Review {receivedPath} and accept it (set {AcceptVariable}=1 and re-run)."
            : $"Snapshot {name} differs; received written to {receivedPath}. Accept with {AcceptVariable}=1 if intended.\n{Diff(expected, actual)}");
    }

    /// <summary>
    /// The real path of a source file. Deterministic CI builds map the repository root to <c>/_/</c> in
    /// <c>[CallerFilePath]</c>; the root recorded at build time undoes that.
    /// </summary>
    public static string SourcePath(string callerFile)
    {
        const string MappedRoot = "/_/";
        if (!callerFile.StartsWith(MappedRoot, StringComparison.Ordinal))
        {
            return callerFile;
        }

        var root = typeof(SnapshotAssert).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .First(a => a.Key == "RepositoryRoot").Value!;
        return Path.Combine(root, callerFile.Substring(MappedRoot.Length));
    }

    private static bool IsAccepting()
        => Environment.GetEnvironmentVariable(AcceptVariable) is "1" or "true"
           && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>A unified-style diff of changed lines with a little context, capped so a test log stays readable.</summary>
    internal static string Diff(string expected, string actual)
    {
        var diff = InlineDiffBuilder.Diff(expected, actual, ignoreWhiteSpace: false);
        var builder = new StringBuilder();
        var shown = 0;
        for (var i = 0; i < diff.Lines.Count && shown < 80; i++)
        {
            var line = diff.Lines[i];
            if (line.Type == ChangeType.Unchanged)
            {
                continue;
            }

            var prefix = line.Type switch { ChangeType.Inserted => "+ ", ChangeType.Deleted => "- ", _ => "~ " };
            builder.Append(prefix).Append(line.Position?.ToString() ?? "?").Append(": ").AppendLine(line.Text);
            shown++;
        }

        return builder.ToString();
    }
}

/// <summary>A snapshot did not match its verified file.</summary>
public sealed class SnapshotMismatchException : Exception
{
    public SnapshotMismatchException(string message)
        : base(message)
    {
    }
}
