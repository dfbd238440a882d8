namespace MoriokaSite.Views;

public sealed record NotFoundView : PageView;
