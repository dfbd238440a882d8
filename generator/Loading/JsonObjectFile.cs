using System.Text.Json;
using MoriokaSite.Diagnostics;

namespace MoriokaSite.Loading;

/// <summary>
/// A JSON file staff edit by hand (site.json, a theme's strings.json): read leniently, since an editor may
/// leave a comment or a trailing comma, and reported with positions — a syntax error at its line and column,
/// a root that is not { … } at the file's start, an escape that is half a character at the escape, and each
/// key's problem at the key.
/// </summary>
internal sealed class JsonObjectFile : IDisposable
{
    public static readonly JsonDocumentOptions DocumentOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    private static readonly JsonReaderOptions ReaderOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    private readonly JsonDocument _document;
    private readonly IReadOnlyDictionary<string, SourceLocation> _keys;

    private JsonObjectFile(string path, JsonDocument document, IReadOnlyDictionary<string, SourceLocation> keys)
    {
        Start = SourceLocation.StartOf(path);
        _document = document;
        _keys = keys;
    }

    public JsonElement Root => _document.RootElement;

    /// <summary>The file's start: where a problem of the whole file, or of a missing key, is reported.</summary>
    public SourceLocation Start { get; }

    /// <summary>Where <paramref name="key"/> is written; the file's start when it is not.</summary>
    public SourceLocation At(string key) => _keys.GetValueOrDefault(key, Start);

    /// <param name="invalid">The file's own message for text that is not a JSON object, given what is wrong.</param>
    /// <returns>The file, or null after reporting why it cannot be read.</returns>
    public static JsonObjectFile? Read(string path, string text, Func<Phrase, Problem> invalid, DiagnosticBag diagnostics)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, DocumentOptions);
        }
        catch (JsonException e)
        {
            var at = new SourceLocation(path, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1);
            diagnostics.Error(at, invalid(new Phrase("JSON として読めません", "it is not valid JSON")));
            return null;
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            diagnostics.Error(SourceLocation.StartOf(path), invalid(new Phrase("全体を { } で囲んでください", "put the whole file between { and }")));
            return null;
        }

        var halves = JsonLoneSurrogates.Find(text, ReaderOptions);
        foreach (var (escape, line, column) in halves)
        {
            diagnostics.Error(new SourceLocation(path, line, column), invalid(new Phrase(
                $"「{escape}」は文字になりません。対になるもう片方のない、サロゲートの片方だけです。\\u の書き方をやめて、文字そのものを書いてください",
                $"\"{escape}\" is no character: it is one half of a surrogate pair, without the other half. Write the character itself instead of the \\u escape")));
        }

        if (halves.Count > 0)
        {
            document.Dispose();
            return null;
        }

        return new JsonObjectFile(path, document, JsonKeyPositions.Of(path, text, ReaderOptions));
    }

    public void Dispose() => _document.Dispose();
}
