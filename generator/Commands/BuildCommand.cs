using System.Globalization;
using MoriokaSite.Building;
using MoriokaSite.Config;

namespace MoriokaSite.Commands;

/// <summary><c>build</c>: the whole site into the output folder, or nothing at all.</summary>
public static class BuildCommand
{
    public const string DefaultOutput = "_site";

    public static async Task<int> RunAsync(CommandLine line, TextWriter output, TextWriter error)
    {
        if (line.BaseUrl is not null && !SiteConfigLoader.IsValidBaseUrl(line.BaseUrl))
        {
            error.WriteLine($"--base-url「{line.BaseUrl}」は使えません。「/」で終わる URL（例: https://ORG.github.io/REPO/）か「/」を指定してください。");
            return ExitCodes.Usage;
        }

        var outputFolder = Path.GetFullPath(line.Output ?? DefaultOutput, line.Root);
        var result = await SiteBuilder.BuildAsync(new BuildOptions(line.Root, outputFolder, line.BaseUrl));
        DiagnosticPrinter.Print(result.Diagnostics, error);
        if (!result.Succeeded)
        {
            error.WriteLine("サイトは書き出していません（前回の出力はそのままです）。上のエラーを直してから、もう一度実行してください。");
            return ExitCodes.ContentErrors;
        }

        if (line.Timings)
        {
            foreach (var (stage, elapsed) in result.Timings.Stages)
            {
                output.WriteLine($"  {stage,-18} {elapsed.TotalMilliseconds,8:0.0} ms");
            }
        }

        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        var shown = Path.GetRelativePath(line.Root, outputFolder);
        shown = shown.StartsWith("..", StringComparison.Ordinal) ? outputFolder : shown;
        output.WriteLine($"{result.PagesWritten} ページ（全 {result.FilesWritten} ファイル）を {shown}/ に書き出しました（{seconds} 秒）");
        return ExitCodes.Success;
    }
}
