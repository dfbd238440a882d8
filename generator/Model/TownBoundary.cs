namespace MoriokaSite.Model;

/// <summary>
/// A municipality's area, from the national boundary data (data/boundaries.topojson), selected by its local
/// government code: one or more rings of longitude and latitude, the first of each polygon its outline.
/// </summary>
public sealed record TownBoundary(Town Town, IReadOnlyList<IReadOnlyList<(double Lon, double Lat)>> Rings)
{
    public double North => Rings.SelectMany(r => r).Max(p => p.Lat);

    public double South => Rings.SelectMany(r => r).Min(p => p.Lat);

    public double West => Rings.SelectMany(r => r).Min(p => p.Lon);

    public double East => Rings.SelectMany(r => r).Max(p => p.Lon);
}
