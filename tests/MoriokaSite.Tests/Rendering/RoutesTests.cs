using MoriokaSite.Model;
using MoriokaSite.Routing;

namespace MoriokaSite.Tests.Rendering;

public sealed class RoutesTests
{
    [Fact]
    public void A_project_site_links_under_its_sub_path_and_gives_absolute_urls_with_the_host()
    {
        var routes = new Routes("https://example.github.io/MoriokaSite/");
        Assert.Equal("/MoriokaSite/", routes.BasePath);
        var schedule = routes.Page(new ContentPage("schedule", "スケジュール", "", ""));
        Assert.Equal("/MoriokaSite/schedule/", schedule);
        Assert.Equal("https://example.github.io/MoriokaSite/schedule/", routes.Absolute(schedule));
        Assert.Equal("schedule/index.html", routes.FileFor(schedule));
        Assert.Equal("/MoriokaSite/", routes.Page(new ContentPage("", "トップ", "", "")));
        Assert.Equal("about/history/index.html", routes.FileFor(routes.Page(new ContentPage("about/history", "沿革", "", ""))));
        Assert.Equal("404.html", routes.FileFor(routes.Url("404.html")));
        Assert.Equal("index.html", routes.FileFor(routes.Home));
    }

    [Fact]
    public void A_root_build_links_from_the_root_and_has_no_host()
    {
        var routes = new Routes("/");
        Assert.Equal("/projects/", routes.Projects);
        Assert.Equal("/projects/", routes.Absolute(routes.Projects));
    }
}
