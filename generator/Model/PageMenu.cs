namespace MoriokaSite.Model;

/// <summary>Where a page is linked from every page (front matter menu:), as Hugo's menus: the header's or the footer's.</summary>
public enum PageMenu
{
    /// <summary>Linked from no menu: reached by links in the text, as any other page.</summary>
    None,

    /// <summary>The header's navigation, in order of weight with the sections the generator makes.</summary>
    Main,

    /// <summary>The footer's links, in order of weight.</summary>
    Footer,
}
