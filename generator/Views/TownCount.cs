using MoriokaSite.Model;

namespace MoriokaSite.Views;

/// <summary>A town and the number of projects it takes part in: the map's label and its list's line.</summary>
public sealed record TownCount(Town Town, int Count);
