namespace MoriokaSite.Commands.Preview;

/// <summary>
/// How long the static server keeps a connection that asks for nothing. Browsers reuse a connection
/// within a second or two and open a new one when it was closed, so a few seconds cost them nothing;
/// a client that opens connections and never finishes a request must not hold them for ever.
/// A response under way (the live preview's event stream) is never cut by these.
/// </summary>
/// <param name="Idle">A connection with no request in progress, before its first request or after a response.</param>
/// <param name="RequestHeader">From a request's first byte to the end of its header, however slowly it trickles in.</param>
public sealed record ConnectionTimeouts(TimeSpan Idle, TimeSpan RequestHeader)
{
    public static readonly ConnectionTimeouts Default = new(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10));
}
