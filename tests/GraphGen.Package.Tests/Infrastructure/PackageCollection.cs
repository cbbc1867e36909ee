namespace GraphGen.Package.Tests.Infrastructure;

/// <summary>The package tests share one pack per run and run one after another (each starts dotnet processes).</summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackedPackages>
{
    public const string Name = "Packed packages";
}
