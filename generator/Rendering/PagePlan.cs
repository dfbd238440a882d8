using MoriokaSite.Rendering.Views;

namespace MoriokaSite.Rendering;

/// <summary>A page to render: the template and the view it gets.</summary>
public sealed record PagePlan(string Template, PageView View);
