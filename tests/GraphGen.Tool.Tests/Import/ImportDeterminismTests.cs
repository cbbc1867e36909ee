using System.IO;
using System.Linq;
using GraphGen.Tool.Cli;
using GraphGen.Tool.Import;
using GraphGen.Tool.Tests.Infrastructure;

namespace GraphGen.Tool.Tests.Import;

public sealed class ImportDeterminismTests
{
    [Fact]
    public void Two_imports_of_the_same_spec_write_the_same_files_byte_for_byte()
    {
        using var temp = new TempFolder();

        Importer.Run(new ImportOptions(SpecTarballs.V25, temp.Sub("a")), Progress.Silent);
        Importer.Run(new ImportOptions(SpecTarballs.V25, temp.Sub("b")), Progress.Silent);

        var first = Directory.GetFiles(temp.Sub("a")).Select(Path.GetFileName).Order().ToList();
        var second = Directory.GetFiles(temp.Sub("b")).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(first, second);
        Assert.All(first, name => Assert.Equal(File.ReadAllBytes(Path.Combine(temp.Sub("a"), name!)), File.ReadAllBytes(Path.Combine(temp.Sub("b"), name!))));
    }

    [Fact]
    public void Importing_again_over_an_untouched_import_changes_no_byte()
    {
        using var temp = new TempFolder();
        var folder = temp.Sub("user");
        var first = Importer.Run(new ImportOptions(SpecTarballs.V25, folder) { Roots = ["User"] }, Progress.Silent);

        var second = Importer.Run(new ImportOptions(SpecTarballs.V25, folder) { Roots = ["User"] }, Progress.Silent);

        Assert.Equal(first.Files, second.Files);
        Assert.Empty(second.Report.NotCarriedItems);
        Assert.Empty(second.Report.KeptAsWrittenItems);
    }
}
