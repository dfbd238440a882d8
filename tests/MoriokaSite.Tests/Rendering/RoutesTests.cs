using MoriokaSite.Config;
using MoriokaSite.Model;
using MoriokaSite.Routing;

namespace MoriokaSite.Tests.Rendering;

public sealed class RoutesTests
{
    [Fact]
    public void A_project_site_links_under_its_sub_path_and_gives_absolute_urls_with_the_host()
    {
        var routes = new Routes(BaseUrl.Parse("https://example.github.io/MoriokaSite/"));
        Assert.Equal("/MoriokaSite/", routes.BasePath);
        var schedule = routes.Page(new ContentPage("schedule", "スケジュール", "", ""));
        Assert.Equal("/MoriokaSite/schedule/", schedule);
        Assert.Equal("https://example.github.io/MoriokaSite/schedule/", routes.Absolute(schedule));
        Assert.Equal("/MoriokaSite/", routes.Page(new ContentPage("", "トップ", "", "")));
    }

    [Fact]
    public void A_root_build_links_from_the_root_and_has_no_host()
    {
        var routes = new Routes(BaseUrl.Parse("/"));
        Assert.Equal("/projects/", routes.Projects);
        Assert.Equal("/projects/", routes.Absolute(routes.Projects));
    }

    [Fact]
    public void One_place_gives_both_a_page_s_link_and_its_file()
    {
        var routes = new Routes(BaseUrl.Parse("/sub/path/"));
        var history = SitePaths.Page(new ContentPage("about/history", "沿革", "", ""));
        Assert.Equal(("/sub/path/about/history/", "about/history/index.html"), (routes.Link(history), history.OutputFile));
        Assert.Equal(("/sub/path/", "index.html"), (routes.Link(SitePaths.Home), SitePaths.Home.OutputFile));
        Assert.Equal(("/sub/path/404.html", "404.html"), (routes.Link(SitePaths.NotFound), SitePaths.NotFound.OutputFile));
        Assert.Equal(("/sub/path/data/projects.csv", "data/projects.csv"), (routes.Link(SitePaths.ProjectsCsv), SitePaths.ProjectsCsv.OutputFile));
    }
}
