using System.Security.Cryptography;
using System.Text;
using MoriokaSite.Routing;

namespace MoriokaSite.Output;

/// <summary>
/// One hash of everything a build publishes but the accessibility page: what the accessibility audit tested.
/// The audit records it with its results; a build shows those results only when its own files give the same
/// hash, so /accessibility/ can never describe pages other than the ones beside it. The accessibility page is
/// left out because it is the one page the results change; the build marker because it is not published.
/// </summary>
public static class SiteFingerprint
{
    /// <summary>The fingerprint of a site already written to a folder, as the audit computes it.</summary>
    public static string OfFolder(string folder) =>
        Of(Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => (Path: Path.GetRelativePath(folder, f).Replace('\\', '/'), File: f))
            .Where(f => f.Path != SitePaths.Accessibility.OutputFile && f.Path != BuildMarker.FileName)
            .Select(f => (f.Path, File.ReadAllBytes(f.File))));

    private static string Of(IEnumerable<(string Path, byte[] Content)> files) =>
        OfHashes(files.Select(f => (f.Path, Convert.ToHexStringLower(SHA256.HashData(f.Content)))));

    /// <summary>The fingerprint from each file's path and the lower-case hex SHA-256 of its bytes (a build keeps only these of its pages).</summary>
    public static string OfHashes(IEnumerable<(string Path, string Hash)> files)
    {
        var listing = new StringBuilder();
        foreach (var (path, hash) in files.OrderBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.Hash, StringComparer.Ordinal))
        {
            listing.Append(path).Append('\n').Append(hash).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(listing.ToString())));
    }
}
