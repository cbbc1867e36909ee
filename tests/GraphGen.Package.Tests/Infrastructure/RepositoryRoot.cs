using System;
using System.IO;

namespace GraphGen.Package.Tests.Infrastructure;

/// <summary>The clone the tests run in: the folder above the test assembly that holds <c>GraphGen.sln</c>.</summary>
public static class RepositoryRoot
{
    /// <summary>Finds the repository root, or fails with where it looked.</summary>
    public static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "GraphGen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No GraphGen.sln above {AppContext.BaseDirectory}.");
    }
}
