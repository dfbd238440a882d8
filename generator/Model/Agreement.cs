namespace MoriokaSite.Model;

/// <summary>
/// The partnership agreement (連携協約): one text, concluded between the central city and each partner
/// town separately. The text writes the partner as a placeholder (the source's 〇〇市（町）), named in
/// content/agreement.md's front matter (placeholder:).
/// </summary>
public sealed record Agreement(ContentPage Template, string Placeholder, Town CentralCity)
{
    /// <summary>The agreement between the central city and <paramref name="partner"/>.</summary>
    public ContentPage For(Town partner) => new(
        Template.Title.Replace(Placeholder, partner.Name, StringComparison.Ordinal),
        Template.Description.Replace(Placeholder, partner.Name, StringComparison.Ordinal),
        Template.Body.Replace(Placeholder, partner.Name, StringComparison.Ordinal));
}
