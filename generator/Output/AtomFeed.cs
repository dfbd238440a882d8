using System.Globalization;
using System.Text;
using System.Xml;
using MoriokaSite.Markup;
using MoriokaSite.Model;
using MoriokaSite.Routing;
using MoriokaSite.Words;

namespace MoriokaSite.Output;

/// <summary>
/// /feed.xml: an Atom feed of the projects and of each change to them (from the repository's history), newest first. Dates come from the data (a project's
/// 更新日, else site.json's "updated"), never from the build's clock, so the output stays the same.
/// </summary>
public static class AtomFeed
{
    private const string Atom = "http://www.w3.org/2005/Atom";

    public static RenderedFile Write(SiteModel site, Routes routes, Wording wording)
    {
        var history = site.History;
        var changes = new ChangeWords(wording);
        var entries = site.Projects
            .Select(p => new Entry(p.Updated ?? history?.LastChanged(p.Id) ?? site.Config.Updated, routes.Project(p), xml => WriteEntry(xml, p, p.Updated ?? history?.LastChanged(p.Id) ?? site.Config.Updated, routes, wording)))
            .Concat((history?.All ?? []).Where(c => c.Kind != ChangeKind.Listed).Select(c => new Entry(c.Date, ChangeUrl(c, routes), xml => WriteChange(xml, c, routes, changes, wording))))
            .OrderByDescending(e => e.Updated)
            .ThenBy(e => e.Url, StringComparer.Ordinal)
            .ToList();
        var feedUpdated = entries.Count == 0 ? site.Config.Updated : entries.Max(e => e.Updated);

        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Atom);
            xml.WriteAttributeString("xml", "lang", null, site.Config.Language);
            xml.WriteElementString("title", Atom, site.Config.Title);
            xml.WriteElementString("subtitle", Atom, site.Config.Description);
            xml.WriteElementString("id", Atom, FeedId(routes.Home, routes));
            xml.WriteElementString("updated", Atom, Timestamp(feedUpdated));
            WriteLink(xml, "self", routes.Absolute(routes.Feed), "application/atom+xml");
            WriteLink(xml, "alternate", routes.Absolute(routes.Home), "text/html");
            xml.WriteStartElement("author", Atom);
            // Atom requires an author; without a publisher, the office the content comes from (or the site) stands in.
            xml.WriteElementString("name", Atom, new[] { site.Config.Publisher, site.Config.Contact, site.Config.Title }.First(n => n.Length > 0));
            xml.WriteEndElement();

            // No licence decided yet: the feed claims none rather than one nobody granted.
            if (site.Config.License.Length > 0)
            {
                xml.WriteElementString("rights", Atom, site.Config.License);
            }

            foreach (var entry in entries)
            {
                entry.Write(xml);
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        buffer.Write("\n"u8);
        return new RenderedFile(SitePaths.Feed.OutputFile, buffer.ToArray());
    }

    private static void WriteEntry(XmlWriter xml, Project project, DateOnly updated, Routes routes, Wording wording)
    {
        var url = routes.Absolute(routes.Project(project));
        xml.WriteStartElement("entry", Atom);
        xml.WriteElementString("title", Atom, project.Name);
        xml.WriteElementString("id", Atom, FeedId(routes.Project(project), routes));
        WriteLink(xml, "alternate", url, "text/html");
        xml.WriteElementString("updated", Atom, Timestamp(updated));
        xml.WriteStartElement("category", Atom);
        xml.WriteAttributeString("term", project.Field.Slug);
        xml.WriteAttributeString("label", project.Field.Title);
        xml.WriteEndElement();
        xml.WriteStartElement("summary", Atom);
        xml.WriteAttributeString("type", "text");
        xml.WriteString(wording["feed.summary", ("status", project.StatusLabel.Heading), ("summary", SummaryBlock.PlainText(project.Summary))]);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private sealed record Entry(DateOnly Updated, string Url, Action<XmlWriter> Write);

    /// <summary>A change's own address: its project's page and a fragment naming the publication and its place in it, the same in every build.</summary>
    private static string ChangeUrl(ProjectChange change, Routes routes) =>
        $"{routes.ProjectById(change.ProjectId)}#change-{change.Publication.ShortCommit}-{change.Index}";

    /// <summary>An entry for one change (not for the first version, whose projects have their own entries).</summary>
    private static void WriteChange(XmlWriter xml, ProjectChange change, Routes routes, ChangeWords changes, Wording wording)
    {
        var sentence = changes.Sentence(change);
        xml.WriteStartElement("entry", Atom);
        xml.WriteElementString("title", Atom, wording["feed.change", ("project", change.ProjectName), ("change", sentence)]);
        xml.WriteElementString("id", Atom, FeedId(ChangeUrl(change, routes), routes));
        WriteLink(xml, "alternate", routes.Absolute(routes.ProjectById(change.ProjectId)), "text/html");
        xml.WriteElementString("updated", Atom, Timestamp(change.Date));
        xml.WriteStartElement("summary", Atom);
        xml.WriteAttributeString("type", "text");
        xml.WriteString(changes.Dated(change));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <summary>
    /// An Atom id must be an absolute IRI. With a host it is the page's URL; without one (a local
    /// build) a name-based UUID of the page's path (RFC 4122 version 5), the same in every build.
    /// </summary>
    private static string FeedId(string url, Routes routes)
    {
        if (routes.HasOrigin)
        {
            return routes.Absolute(url);
        }

        var hash = System.Security.Cryptography.SHA1.HashData(Encoding.UTF8.GetBytes(url));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexStringLower(hash.AsSpan(0, 16));
        return $"urn:uuid:{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}";
    }

    private static void WriteLink(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    // Japan has one time zone and no daylight saving: midnight JST is an honest time for a date-only record.
    private static string Timestamp(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00+09:00";
}
