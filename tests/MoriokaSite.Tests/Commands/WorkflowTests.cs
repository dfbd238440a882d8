using System.Text.RegularExpressions;
using MoriokaSite.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace MoriokaSite.Tests.Commands;

/// <summary>The GitHub workflows run the same build and test commands the README gives a newcomer.</summary>
public sealed partial class WorkflowTests
{
    private static IReadOnlyList<YamlMappingNode> Steps(string workflow)
    {
        var jobs = (YamlMappingNode)Load(".github/workflows/" + workflow)["jobs"];
        return jobs.Children.Values.Cast<YamlMappingNode>()
            .Where(j => j.Children.ContainsKey("steps"))
            .SelectMany(j => Expanded((YamlSequenceNode)j["steps"]))
            .ToList();
    }

    /// <summary>A step that uses one of the repository's own actions stands for that action's steps.</summary>
    private static IEnumerable<YamlMappingNode> Expanded(YamlSequenceNode steps) =>
        steps.Children.Cast<YamlMappingNode>().SelectMany(step => LocalAction(step) is { } action ? Expanded(ActionSteps(action)) : [step]);

    private static string? LocalAction(YamlMappingNode step) =>
        step.Children.TryGetValue("uses", out var uses) && ((YamlScalarNode)uses).Value is { } path && path.StartsWith("./", StringComparison.Ordinal) ? path[2..] : null;

    private static YamlSequenceNode ActionSteps(string action) => (YamlSequenceNode)((YamlMappingNode)Load(action + "/action.yml")["runs"])["steps"];

    private static YamlMappingNode Load(string relative)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(Repository.Root, relative))));
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static IEnumerable<string> Runs(string workflow) =>
        Steps(workflow).Where(s => s.Children.ContainsKey("run")).Select(s => ((YamlScalarNode)s["run"]).Value!.Trim());

    private static IEnumerable<string> Uses(string workflow) =>
        Steps(workflow).Where(s => s.Children.ContainsKey("uses")).Select(s => ((YamlScalarNode)s["uses"]).Value!);

    /// <summary>The commands in the README's shell blocks.</summary>
    private static IReadOnlyList<string> ReadmeCommands() =>
        ShellBlock().Matches(File.ReadAllText(Path.Combine(Repository.Root, "README.md")))
            .SelectMany(m => m.Groups[1].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();

    private static YamlMappingNode Job(string workflow, string job) => (YamlMappingNode)((YamlMappingNode)Load(".github/workflows/" + workflow)["jobs"])[job];

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node[key]).Value!;

    [Theory]
    [InlineData("publish.yml", "build")]
    [InlineData("pull-request.yml", "check")]
    public void Each_workflow_runs_the_readme_s_test_command_for_code_and_the_publishing_check_for_everything(string workflow, string checkJob)
    {
        var readme = ReadmeCommands();
        var test = Assert.Single(readme, c => c.StartsWith("bash tests/run.sh", StringComparison.Ordinal));
        var publishCheck = Assert.Single(readme, c => c.StartsWith("bash tools/publish-check.sh", StringComparison.Ordinal));
        var runs = Runs(workflow).ToList();
        Assert.Contains(test, runs);
        Assert.Contains(runs, r => r.StartsWith(publishCheck.Split(" --")[0], StringComparison.Ordinal));

        // The tests run only for a change of code; the publishing check waits for them then, and not otherwise.
        Assert.Equal("needs.changes.outputs.kind == 'code'", Scalar(Job(workflow, "test"), "if"));
        var check = Job(workflow, checkJob);
        Assert.Equal(["changes", "test"], ((YamlSequenceNode)check["needs"]).Children.Select(n => ((YamlScalarNode)n).Value));
        Assert.Contains("needs.test.result != 'failure'", Scalar(check, "if"));
        Assert.Contains("bash tools/changed.sh", Runs(workflow).First());
    }

    [Theory]
    [InlineData("a change of content only", "content/schedule.md data/projects.csv site.json", "kind=content")]
    [InlineData("a change of the theme", "content/schedule.md themes/default/strings.json", "kind=code")]
    [InlineData("a change of a guide", "docs/editing.md", "kind=code")]
    [InlineData("a file that only starts like content", "site.json.bak", "kind=code")]
    public void The_change_script_tells_content_from_code(string what, string changedFiles, string expected)
    {
        using var repo = new TempFolder();
        var before = CommitAChangeTo(repo, changedFiles.Split(' '), what);
        Assert.Equal(expected, Changed(repo.Path, before).Trim());
    }

    [Fact]
    public void A_code_change_among_thousands_of_content_files_is_still_code()
    {
        // The code file sorts first and the list runs past a pipe's buffer: a filter that stops reading at the first
        // match must not make the commands before it fail and the push read as content only.
        using var repo = new TempFolder();
        var pages = Enumerable.Range(1, 4000).Select(i => $"content/pages/a-page-with-a-rather-long-name-{i}.md");
        var before = CommitAChangeTo(repo, [.. pages, "README.md"], "a guide and many pages");
        Assert.Equal("kind=code", Changed(repo.Path, before).Trim());
    }

    [Theory]
    [InlineData("")]
    [InlineData("0000000000000000000000000000000000000000")]
    [InlineData("1234567890abcdef1234567890abcdef12345678")]
    public void A_push_it_cannot_compare_counts_as_code_and_is_tested(string before)
    {
        using var repo = new TempFolder();
        Git(repo.Path, "init", "-q");
        File.WriteAllText(repo["site.json"], "{}\n");
        Git(repo.Path, "add", "-A");
        Git(repo.Path, "commit", "-qm", "first");
        Assert.Equal("kind=code", Changed(repo.Path, before).Trim());
    }

    private static string Changed(string repo, string before) =>
        Run("bash", repo, Path.Combine(Repository.Root, "tools/changed.sh"), before, "HEAD");

    private static string Git(string repo, params string[] args) => Support.Git.Run(repo, args);

    private static string Run(string program, string folder, params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output;
    }

    [Fact]
    public void The_ci_script_runs_the_readme_s_test_command()
    {
        var test = Assert.Single(ReadmeCommands(), c => c.StartsWith("bash tests/run.sh", StringComparison.Ordinal));
        Assert.Contains(test, File.ReadAllText(Path.Combine(Repository.Root, ".ci/run")));
    }

    [Theory]
    [InlineData("publish.yml")]
    [InlineData("pull-request.yml")]
    public void Every_action_is_pinned_to_an_exact_release(string workflow)
    {
        Assert.All(Uses(workflow), u => Assert.Matches(@"^actions/[a-z-]+@v\d+\.\d+\.\d+$", u));
    }

    [Theory]
    [InlineData("publish.yml")]
    [InlineData("pull-request.yml")]
    public void Both_workflows_set_up_through_the_shared_action_whose_run_steps_name_a_shell(string workflow)
    {
        var jobs = (YamlMappingNode)Load(".github/workflows/" + workflow)["jobs"];
        var action = Assert.Single(jobs.AllNodes.OfType<YamlMappingNode>().Select(LocalAction).OfType<string>().Distinct());
        Assert.Equal(".github/actions/setup", action);
        // GitHub refuses a composite action whose run step has no shell, where a workflow's own steps default to bash.
        Assert.All(ActionSteps(action).Children.Cast<YamlMappingNode>().Where(s => s.Children.ContainsKey("run")), s => Assert.Equal("bash", ((YamlScalarNode)s["shell"]).Value));
    }

    [Fact]
    public void Publishing_builds_for_the_pages_url_and_deploys_with_the_official_actions()
    {
        var uses = Uses("publish.yml").Select(u => u.Split('@')[0]).ToList();
        Assert.Contains("actions/configure-pages", uses);
        Assert.Contains("actions/upload-pages-artifact", uses);
        Assert.Contains("actions/deploy-pages", uses);
        Assert.Contains(Runs("publish.yml"), r => r.Contains("--base-url \"${{ steps.pages.outputs.base_url }}/\"", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pull_request_keeps_the_built_site_for_review_hidden_files_included()
    {
        var upload = Assert.Single(Steps("pull-request.yml"), s => s.Children.ContainsKey("uses") && ((YamlScalarNode)s["uses"]).Value!.StartsWith("actions/upload-artifact", StringComparison.Ordinal)
            && ((YamlScalarNode)((YamlMappingNode)s["with"])["name"]).Value == "site-preview");
        var with = (YamlMappingNode)upload["with"];
        Assert.Equal("_site", ((YamlScalarNode)with["path"]).Value);
        Assert.Equal("true", ((YamlScalarNode)with["include-hidden-files"]).Value); // .nojekyll
    }

    [GeneratedRegex(@"```sh\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ShellBlock();

    /// <summary>A repository whose last commit changes <paramref name="files"/>; returns the commit before it.</summary>
    private static string CommitAChangeTo(TempFolder repo, IReadOnlyList<string> files, string message)
    {
        Git(repo.Path, "init", "-q");
        foreach (var file in files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(repo[file])!);
            File.WriteAllText(repo[file], "before\n");
        }

        Git(repo.Path, "add", "-A");
        Git(repo.Path, "commit", "-qm", "before");
        var before = Git(repo.Path, "rev-parse", "HEAD").Trim();
        foreach (var file in files)
        {
            File.WriteAllText(repo[file], "after\n");
        }

        Git(repo.Path, "commit", "-qam", message);
        return before;
    }
}
