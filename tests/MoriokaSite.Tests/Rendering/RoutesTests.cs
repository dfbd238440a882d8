using MoriokaSite.Site;

namespace MoriokaSite.Tests.Rendering;

public sealed class RoutesTests
{
    [Fact]
    public void A_project_site_links_under_its_sub_path_and_gives_absolute_urls_with_the_host()
    {
        var routes = new Routes("https://example.github.io/MoriokaSite/");
        Assert.Equal("/MoriokaSite/", routes.BasePath);
        Assert.Equal("/MoriokaSite/schedule/", routes.Schedule);
        Assert.Equal("https://example.github.io/MoriokaSite/schedule/", routes.Absolute(routes.Schedule));
        Assert.Equal("schedule/index.html", routes.FileFor(routes.Schedule));
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
