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

    [Theory]
    [InlineData("publish.yml")]
    [InlineData("pull-request.yml")]
    public void Each_workflow_runs_the_readme_s_test_command_and_build_command(string workflow)
    {
        var readme = ReadmeCommands();
        var test = Assert.Single(readme, c => c.StartsWith("bash tests/run.sh", StringComparison.Ordinal));
        var build = Assert.Single(readme, c => c.Contains("-- build", StringComparison.Ordinal));
        var runs = Runs(workflow).ToList();
        Assert.Contains(test, runs);
        Assert.Contains(runs, r => r.StartsWith(build, StringComparison.Ordinal));
        Assert.Contains("dotnet run --project generator -- check", runs);
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
    public void Both_workflows_set_up_and_test_through_the_shared_action_whose_run_steps_name_a_shell(string workflow)
    {
        var jobs = (YamlMappingNode)Load(".github/workflows/" + workflow)["jobs"];
        var action = Assert.Single(jobs.AllNodes.OfType<YamlMappingNode>().Select(LocalAction).OfType<string>());
        Assert.Equal(".github/actions/check-and-test", action);
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
}
