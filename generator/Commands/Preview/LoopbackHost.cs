using Microsoft.AspNetCore.Http;

namespace MoriokaSite.Commands.Preview;

/// <summary>
/// The host names the preview answers for: the loopback names it is reached by, with its own port. A page of
/// another site can point its own host name at 127.0.0.1 (DNS rebinding) and then read, as its own origin,
/// whatever this server answers — the preview of a site not yet published. The browser still sends that
/// page's host name, so a request naming any other host is refused. A request naming none at all (HTTP/1.0)
/// comes from no browser, and is answered.
/// </summary>
public static class LoopbackHost
{
    private static readonly string[] Names = ["127.0.0.1", "localhost", "[::1]"];

    public static bool IsAllowed(HostString host, int port) =>
        !host.HasValue
        || (Names.Contains(host.Host, StringComparer.OrdinalIgnoreCase) && (host.Port is null || host.Port == port));
}
