using System.Text;
using System.Xml;
using MoriokaSite.Routing;

namespace MoriokaSite.Output;

/// <summary>/sitemap.xml: every page's canonical URL, sorted. No lastmod: the build has no clock.</summary>
public static class Sitemap
{
    public static RenderedFile Write(IEnumerable<string> pageUrls, Routes routes)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var url in pageUrls.Order(StringComparer.Ordinal))
            {
                xml.WriteStartElement("url");
                xml.WriteElementString("loc", routes.Absolute(url));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        buffer.Write("\n"u8);
        return new RenderedFile(SitePaths.Sitemap.OutputFile, buffer.ToArray());
    }
}
