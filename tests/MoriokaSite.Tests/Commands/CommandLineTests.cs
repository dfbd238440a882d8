using MoriokaSite.Commands;
using MoriokaSite.Tests.Support;
using static MoriokaSite.Tests.Support.ProgramRun;

namespace MoriokaSite.Tests.Commands;

/// <summary>
/// The command line behaves like other tools: global options before the command, a suggestion for a
/// mistyped option, a stray word called what it is, the port's range, and a complete --help per command.
/// </summary>
public sealed class CommandLineTests : SiteCopyTests
{
    private static string FirstLine(string text) => text.ReplaceLineEndings("\n").Split('\n')[0];

    [Fact]
    public async Task Global_options_are_accepted_before_the_command()
    {
        var (exit, output, err) = await Run("--lang", "en", "--root", _site.Root, "check");
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, err);
        Assert.Equal("No problems found.\n", output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task A_stray_word_is_called_an_unexpected_argument()
    {
        var (exit, _, err) = await Run("check", "extra");
        Assert.Equal(2, exit);
        Assert.Equal("「extra」は余分です（check はオプションのほかに何も取りません）。消すか、「--」で始まるオプションの書き間違いでないか確かめてください。", FirstLine(err));
        Assert.DoesNotContain("値がありません", err);

        (_, _, err) = await Run("check", "extra", "--lang", "en");
        Assert.StartsWith("\"extra\" is an unexpected argument: check takes nothing but its options.", FirstLine(err));
    }

    [Theory]
    [InlineData("build", "--outptu", "x")]
    [InlineData("build", "--ouput", "x")]
    [InlineData("--outptu", "x", "build")]
    public async Task A_mistyped_option_suggests_the_nearest(params string[] args)
    {
        var (exit, _, err) = await Run(args);
        Assert.Equal(2, exit);
        Assert.Matches("^オプション「--[a-z]+」はありません。もしかして: --output$", FirstLine(err));
    }

    [Fact]
    public async Task A_mistyped_option_suggests_in_english_too()
    {
        var (_, _, err) = await Run("--lang", "en", "serve", "--prot", "8080");
        Assert.Equal("There is no option \"--prot\". Did you mean --port?", FirstLine(err));
    }

    [Fact]
    public async Task An_option_of_another_command_names_the_options_this_one_takes()
    {
        var (exit, _, err) = await Run("check", "--output", "x");
        Assert.Equal(2, exit);
        Assert.Equal("オプション「--output」は check には使えません。check に使えるのは --root、--lang、--help です。", FirstLine(err));
    }

    [Fact]
    public async Task An_option_without_its_value_says_which_value()
    {
        var (exit, _, err) = await Run("build", "--output");
        Assert.Equal(2, exit);
        Assert.Equal("オプション「--output」の後に値（DIR）がありません。「--output DIR」の形で書いてください。", FirstLine(err));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("99999")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("+80")]
    public async Task A_port_out_of_range_names_the_range(string port)
    {
        var (exit, _, err) = await Run("serve", "--port", port);
        Assert.Equal(2, exit);
        Assert.Equal($"--port「{port}」は使えません。ポートは 1〜65535 の整数で指定してください（例: --port 8080）。", FirstLine(err));

        (_, _, err) = await Run("serve", "--port", port, "--lang", "en");
        Assert.Equal($"--port \"{port}\" cannot be used. Give a whole number from 1 to 65535 (for example --port 8080).", FirstLine(err));
    }

    [Theory]
    [InlineData("build", "--output DIR", "--base-url URL", "--timings", "--accessibility-report FILE")]
    [InlineData("check")]
    [InlineData("serve", "--port N", "--base-url URL")]
    public async Task Each_command_s_help_lists_every_option_it_takes(string command, params string[] own)
    {
        var (exit, output, _) = await Run(command, "--help");
        Assert.Equal(0, exit);
        Assert.StartsWith($"使い方: dotnet run --project generator -- {command} [オプション]", output);
        var listed = output.Split('\n').Where(l => l.StartsWith("  --", StringComparison.Ordinal)).Select(l => l.Trim()).ToList();
        Assert.Equal([.. own, "--root DIR", "--lang ja|en", "--help"], listed.Select(l => l[..l.IndexOf("  ", StringComparison.Ordinal)]));

        // Every option the parser accepts for the command is in its help.
        Assert.All(CommandOption.AllOf(command), o => Assert.Contains(o.Synopsis, output));

        (_, output, _) = await Run("--lang", "en", command, "--help");
        Assert.StartsWith($"Usage: dotnet run --project generator -- {command} [options]", output);
        Assert.Contains("Options:", output);
    }

    [Fact]
    public async Task Help_alone_names_every_command_and_the_global_options()
    {
        var (exit, output, _) = await Run("--lang", "en", "--help");
        Assert.Equal(0, exit);
        Assert.Contains("serve [--port N] [--base-url URL]", output);
        Assert.Contains("build [--output DIR] [--base-url URL] [--timings] [--accessibility-report FILE]", output);
        Assert.Contains("Options for every command (before or after the command):", output);
    }
}
