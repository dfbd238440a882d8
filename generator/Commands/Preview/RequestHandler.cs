using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace MoriokaSite.Commands.Preview;

/// <summary>Kestrel's view of one function that answers every request: no hosting, middleware or routing around it.</summary>
internal sealed class RequestHandler(RequestDelegate respond) : IHttpApplication<HttpContext>
{
    public HttpContext CreateContext(IFeatureCollection contextFeatures) => new DefaultHttpContext(contextFeatures);

    public Task ProcessRequestAsync(HttpContext context) => respond(context);

    public void DisposeContext(HttpContext context, Exception? exception)
    {
    }
}
