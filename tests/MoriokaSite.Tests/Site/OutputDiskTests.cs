using MoriokaSite.Output;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Site;

/// <summary>The removal of a previous copy removes every file at once, several at a time, and never what a link points to.</summary>
public sealed class OutputDiskTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_folder_goes_whole_with_its_nested_files_and_a_link_in_it_goes_without_what_it_points_to()
    {
        var old = _temp["old"];
        foreach (var page in Enumerable.Range(0, 200))
        {
            Directory.CreateDirectory(Path.Combine(old, "projects", $"p{page:D3}"));
            File.WriteAllText(Path.Combine(old, "projects", $"p{page:D3}", "index.html"), "old");
        }

        var outside = Directory.CreateDirectory(_temp["outside"]).FullName;
        File.WriteAllText(Path.Combine(outside, "keep.txt"), "not the site's");
        Directory.CreateSymbolicLink(Path.Combine(old, "projects", "linked"), outside);
        File.CreateSymbolicLink(Path.Combine(old, "linked.txt"), Path.Combine(outside, "keep.txt"));

        OutputDisk.Real.DeleteFolder(old);

        Assert.False(Directory.Exists(old));
        Assert.Equal("not the site's", File.ReadAllText(Path.Combine(outside, "keep.txt")));
    }

    [Fact]
    public void A_folder_that_does_not_exist_is_the_disk_s_refusal_not_a_crash()
    {
        // Callers report IOException as "the old copy was left"; an AggregateException would escape them.
        Assert.Throws<DirectoryNotFoundException>(() => OutputDisk.Real.DeleteFolder(_temp["missing"]));
    }
}
