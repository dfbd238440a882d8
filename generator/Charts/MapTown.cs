using MoriokaSite.Model;

namespace MoriokaSite.Charts;

/// <summary>A town as the map draws it: its dot, and its label (name over count) with the text's anchor and box.</summary>
/// <param name="LabelX">Where the label's lines are anchored (their start, end or middle, as <paramref name="Anchor"/> says).</param>
/// <param name="LabelY">The label's middle line: the name's baseline is 2 above it, the count's 15 below.</param>
/// <param name="Leader">Whether a line joins the dot to a label placed away from it.</param>
public sealed record MapTown(Town Town, double X, double Y, double Radius, double LabelX, double LabelY, string Anchor, LabelBox Box, bool Leader)
{
    public LabelBox Dot => new(X - Radius, Y - Radius, X + Radius, Y + Radius);
}
