namespace MoriokaSite.Model;

/// <summary>
/// The partnership agreement (連携協約): one text, concluded between Morioka and each partner
/// town separately. The source writes the partner as 〇〇市（町）.
/// </summary>
public sealed record Agreement(ContentPage Template)
{
    public const string Placeholder = "〇〇市（町）";

    /// <summary>The agreement between Morioka and <paramref name="partner"/>.</summary>
    public ContentPage For(Town partner) => new(
        Template.Title.Replace(Placeholder, partner.Name, StringComparison.Ordinal),
        Template.Description.Replace(Placeholder, partner.Name, StringComparison.Ordinal),
        Template.Body.Replace(Placeholder, partner.Name, StringComparison.Ordinal));
}
