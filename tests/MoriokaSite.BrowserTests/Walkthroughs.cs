using System.Text;

namespace MoriokaSite.BrowserTests;

/// <summary>What the guides tell staff to do, as edits of a site's files, each taken from the guide's own example.</summary>
public static class Walkthroughs
{
    public const string AddProject = "add-project";
    public const string ChangeStatus = "change-status";
    public const string DeleteProject = "delete-project";
    public const string NinthTown = "ninth-town";
    public const string RenameField = "rename-field";
    public const string AddPage = "add-page";

    public static readonly IReadOnlyList<string> All = [AddProject, ChangeStatus, DeleteProject, RenameField, NinthTown, AddPage];

    private const string Projects = "data/projects.csv";

    public static async Task ApplyAsync(string name, string root)
    {
        switch (name)
        {
            case AddProject:
                Append(root, Projects, GuideExamples.Lines(AddProject)[0]);
                break;
            case ChangeStatus:
                var status = GuideExamples.Lines(ChangeStatus);
                ReplaceLine(root, Projects, status[0], status[1]);
                break;
            case DeleteProject:
                ReplaceLine(root, Projects, GuideExamples.Lines(DeleteProject)[0], null);
                break;
            case RenameField:
                var title = GuideExamples.Lines(RenameField);
                ReplaceLine(root, "content/fields/tourism.md", title[0], title[1]);
                break;
            case NinthTown:
                // The guide's order: spell out 「8市町」 first, then add the town and where it is.
                var (exit, _, error) = await ProgramRun.Run("expand-towns", "--root", root);
                Assert.True(exit == 0, error);
                Append(root, "data/towns.csv", GuideExamples.Lines("ninth-town")[0]);
                Append(root, "data/town-positions.csv", GuideExamples.Lines("ninth-town-position")[0]);
                break;
            case AddPage:
                // The guide's file name, and its text as the guide shows it, blank lines included.
                File.WriteAllText(Path.Combine(root, "content/access.md"), string.Join('\n', GuideExamples.Lines(AddPage, keepBlankLines: true)) + "\n");
                break;
            default:
                throw new ArgumentException($"no walk-through {name}", nameof(name));
        }
    }

    private static void Append(string root, string file, string line)
    {
        var path = Path.Combine(root, file);
        var text = File.ReadAllText(path);
        File.WriteAllText(path, text + (text.EndsWith('\n') ? string.Empty : "\n") + line + "\n", SameEncoding(path));
    }

    /// <summary>Replaces the one line equal to <paramref name="before"/> (or deletes it, for null); fails when there is not exactly one.</summary>
    private static void ReplaceLine(string root, string file, string before, string? after)
    {
        var path = Path.Combine(root, file);
        var lines = File.ReadAllText(path).Split('\n').ToList();
        var at = Assert.Single(lines.Select((l, i) => (l, i)), x => x.l.TrimStart('\uFEFF') == before).i;
        if (after is null)
        {
            lines.RemoveAt(at);
        }
        else
        {
            lines[at] = after;
        }

        File.WriteAllText(path, string.Join('\n', lines), SameEncoding(path));
    }

    /// <summary>UTF-8, with a byte-order mark only where the file had one (Excel's CSV UTF-8 does, Markdown does not).</summary>
    private static UTF8Encoding SameEncoding(string path) => new(File.ReadAllBytes(path).AsSpan().StartsWith(Encoding.UTF8.Preamble));
}
