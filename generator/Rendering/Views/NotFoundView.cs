namespace MoriokaSite.Rendering.Views;

public sealed record NotFoundView : PageView;
