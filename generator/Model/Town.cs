namespace MoriokaSite.Model;

/// <summary>One of the eight municipalities of the 盛岡広域圏.</summary>
public sealed record Town(string Slug, string Name, string Reading, string Kind, int Order)
{
    /// <summary>Morioka is the 連携中枢都市; every other town is its partner under its own agreement.</summary>
    public bool IsCentralCity => Slug == "morioka";
}
