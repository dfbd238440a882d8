namespace MoriokaSite.Charts;

/// <summary>A rectangle of the map, in its own units (x to the right, y down): a label's text, or a town's dot.</summary>
public readonly record struct LabelBox(double Left, double Top, double Right, double Bottom)
{
    /// <summary>Whether the two share any point, or come closer than <paramref name="gap"/>.</summary>
    public bool Overlaps(LabelBox other, double gap = 0) =>
        Left < other.Right + gap && other.Left < Right + gap && Top < other.Bottom + gap && other.Top < Bottom + gap;

    public bool IsInside(double width, double height) => Left >= 0 && Top >= 0 && Right <= width && Bottom <= height;

    /// <summary>The point of the box nearest to (<paramref name="x"/>, <paramref name="y"/>): where a leader line meets it.</summary>
    public (double X, double Y) Nearest(double x, double y) => (Math.Clamp(x, Left, Right), Math.Clamp(y, Top, Bottom));
}
