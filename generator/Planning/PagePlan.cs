using MoriokaSite.Views;

namespace MoriokaSite.Planning;

/// <summary>A page to render: the template and the view it gets.</summary>
public sealed record PagePlan(string Template, PageView View);
