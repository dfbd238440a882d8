using Ganss.Xss;
using MoriokaSite.Diagnostics;

namespace MoriokaSite.Markup;

/// <summary>
/// The HTML a content page may carry from Markdown: the sanitizer's defaults (text, tables, images,
/// links; no scripts, frames, plug-ins or event attributes), less forms, which could send what a
/// reader types to another site; links to the web, to mail and to phones and within the site; and
/// of styles only text-align, which Markdig writes for an aligned table column: any other could
/// cover the page with something that is not the site.
/// </summary>
internal static class HtmlPolicy
{
    private static readonly string[] FormTags = ["form", "input", "button", "select", "option", "optgroup", "textarea", "datalist", "fieldset", "legend", "label", "keygen", "output", "menuitem"];

    private static readonly string[] FormAttributes = ["action", "method", "enctype", "accept-charset"];

    public static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedTags.ExceptWith(FormTags);
        sanitizer.AllowedAttributes.ExceptWith(FormAttributes);
        sanitizer.AllowedSchemes.UnionWith(["mailto", "tel"]);
        sanitizer.AllowedCssProperties.Clear();
        sanitizer.AllowedCssProperties.Add("text-align");
        return sanitizer;
    }

    /// <summary>What the policy takes out of <paramref name="html"/>, each as the problem that tells staff so.</summary>
    public static IReadOnlyList<Problem> Removals(string html)
    {
        var removed = new List<Problem>();
        var sanitizer = Create(); // Its own: these handlers must hear this fragment alone.
        sanitizer.RemovingTag += (_, e) => removed.Add(Problems.HtmlRemoved(new Phrase($"HTML タグ <{e.Tag.LocalName}>", $"The HTML tag \"<{e.Tag.LocalName}>\"")));
        sanitizer.RemovingAttribute += (_, e) =>
        {
            if (e.Reason == RemoveReason.NotAllowedUrlValue)
            {
                removed.Add(Problems.UnsafeUrlRemoved(e.Attribute.Value));
            }
            else if (e.Reason is RemoveReason.NotAllowedAttribute or RemoveReason.NotAllowedValue)
            {
                removed.Add(Problems.HtmlRemoved(new Phrase(
                    $"HTML タグ <{e.Tag.LocalName}> の属性 {e.Attribute.Name}",
                    $"The attribute \"{e.Attribute.Name}\" of the HTML tag \"<{e.Tag.LocalName}>\"")));
            }

            // An attribute left empty (style="" once its properties are gone) was reported through them.
        };
        sanitizer.RemovingStyle += (_, e) => removed.Add(Problems.HtmlRemoved(new Phrase(
            $"HTML タグ <{e.Tag.LocalName}> のスタイル {e.Style.Name}",
            $"The style \"{e.Style.Name}\" of the HTML tag \"<{e.Tag.LocalName}>\"")));

        // A comment is the author's note to the next author, never meant for readers: removed without a word.
        sanitizer.Sanitize(html);
        return removed;
    }
}
