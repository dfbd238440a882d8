namespace MoriokaSite.Model;

/// <summary>
/// Where a municipality's office stands (a row of data/town-positions.csv), in degrees: the map places each
/// town there. The source gives no boundaries, and an office's position is public and easy to look up.
/// </summary>
public sealed record TownPosition(Town Town, double Latitude, double Longitude);
