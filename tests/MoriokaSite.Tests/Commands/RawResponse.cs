using System.Text;

namespace MoriokaSite.Tests.Commands;

/// <summary>A response as <see cref="RawHttp"/> read it off the wire.</summary>
internal sealed record RawResponse(int Status, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string Text => Encoding.UTF8.GetString(Body);
}
