namespace MoriokaSite.Model;

/// <summary>
/// The partnership agreement (連携協約): one text, concluded between the central city and each partner
/// town separately. The text writes the partner as a placeholder (the source's 〇〇市（町）), named in
/// its page's front matter (placeholder:).
/// </summary>
/// <param name="Template">The page of the text as written (layout: Agreement).</param>
public sealed record Agreement(ContentPage Template, Town CentralCity)
{
    public string Placeholder => Template.Placeholder ?? string.Empty;

    /// <summary>The agreement between the central city and <paramref name="partner"/>.</summary>
    public ContentPage For(Town partner) => Template with
    {
        Title = Template.Title.Replace(Placeholder, partner.Name, StringComparison.Ordinal),
        Description = Template.Description.Replace(Placeholder, partner.Name, StringComparison.Ordinal),
        Body = Template.Body.Replace(Placeholder, partner.Name, StringComparison.Ordinal),
    };
}
