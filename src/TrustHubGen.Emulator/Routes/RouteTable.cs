using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using TrustHubGen.Emulator.Hosting;

namespace TrustHubGen.Emulator.Routes;

/// <summary>A route handler: validation and state changes happen inside, the returned reply is written after.</summary>
internal delegate Wire.Reply RouteHandler(RequestContext context);

/// <summary>
/// The emulator's routes: each <c>*Routes.cs</c> file adds its own (method, ASP.NET Core route template, handler), then
/// <see cref="MapTo"/> maps them all onto endpoint routing, each through an <see cref="EndpointAdapter"/>.
/// </summary>
internal sealed class RouteTable
{
    private readonly List<(string Method, string Template, RouteHandler Handler)> _routes = [];

    public void Map(string method, string template, RouteHandler handler) => _routes.Add((method, template, handler));

    /// <summary>Every route of the Trust Hub v1 and API 2010 surface the emulator serves, and its own /emulator controls.</summary>
    public static RouteTable All()
    {
        var routes = new RouteTable();
        BundleRoutes.Map(routes);
        EntityAssignmentRoutes.Map(routes);
        ChannelEndpointAssignmentRoutes.Map(routes);
        EvaluationRoutes.Map(routes);
        EndUserRoutes.Map(routes);
        SupportingDocumentRoutes.Map(routes);
        CatalogRoutes.Map(routes);
        Api2010Routes.Map(routes);
        AddressRoutes.Map(routes);
        ReviewControlRoutes.Map(routes);
        return routes;
    }

    public void MapTo(IEndpointRouteBuilder endpoints, EmulatorRuntime runtime)
    {
        foreach (var (method, template, handler) in _routes)
        {
            // Handlers read their route values by position (c.Args[0] is the first parameter of the template).
            var parameters = RoutePatternFactory.Parse(template).Parameters.Select(p => p.Name).ToArray();
            endpoints.MapMethods(template, [method], new EndpointAdapter(handler, parameters, runtime).HandleAsync)
                .WithDisplayName($"{method} {template}")
                .RequireAuthorization();
        }
    }
}
