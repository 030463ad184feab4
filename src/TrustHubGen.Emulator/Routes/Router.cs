namespace TrustHubGen.Emulator.Routes;

/// <summary>A route handler: validation and state changes happen inside, the returned reply is written after.</summary>
internal delegate Wire.Reply RouteHandler(RequestContext context);

/// <summary>
/// A small exact-segment router. Templates use <c>{}</c> for a captured segment, optionally with a literal suffix
/// (<c>{}.json</c> for API 2010). Matching is linear over ~40 routes, cheaper than a generic matcher for this set.
/// </summary>
internal sealed class Router
{
    private readonly List<Route> _routes = [];

    public void Map(string method, string template, RouteHandler handler) =>
        _routes.Add(new Route(method, template, template.Trim('/').Split('/'), handler));

    public Route? Match(string method, string path, out string[] args, out bool pathKnown)
    {
        var segments = path.Trim('/').Split('/');
        pathKnown = false;
        foreach (var route in _routes)
        {
            if (route.Segments.Length != segments.Length || !TryCapture(route.Segments, segments, out var captured))
            {
                continue;
            }

            pathKnown = true;
            if (string.Equals(route.Method, method, StringComparison.OrdinalIgnoreCase))
            {
                args = captured;
                return route;
            }
        }

        args = [];
        return null;
    }

    private static bool TryCapture(string[] template, string[] segments, out string[] captured)
    {
        var values = new List<string>(2);
        for (var i = 0; i < template.Length; i++)
        {
            var t = template[i];
            var s = segments[i];
            if (t.StartsWith("{}", StringComparison.Ordinal))
            {
                var suffix = t[2..];
                if (s.Length <= suffix.Length || !s.EndsWith(suffix, StringComparison.Ordinal))
                {
                    captured = [];
                    return false;
                }

                values.Add(s[..^suffix.Length]);
            }
            else if (!string.Equals(t, s, StringComparison.Ordinal))
            {
                captured = [];
                return false;
            }
        }

        captured = values.ToArray();
        return true;
    }
}

/// <summary>One mapped route; <see cref="Template"/> is also what fault rules match against.</summary>
internal sealed record Route(string Method, string Template, string[] Segments, RouteHandler Handler);
