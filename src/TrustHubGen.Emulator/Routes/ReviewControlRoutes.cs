using System.Globalization;
using TrustHubGen.Emulator.State;
using TrustHubGen.Emulator.Wire;

namespace TrustHubGen.Emulator.Routes;

/// <summary>
/// <c>POST /emulator/Reviews/{BundleSid}</c> (<c>Status=twilio-approved|twilio-rejected</c>, <c>Errors=18601,18602</c>): a
/// test's verdict for a bundle under review, as <c>EmulatorHost.DecideReview</c> gives it in-process, for tests that run the
/// emulator as a process (with <c>--manual-review-verdicts</c>). Not a Twilio route: it lives under /emulator, and only the
/// bundle's account (or its parent) may decide.
/// </summary>
internal static class ReviewControlRoutes
{
    public static void Map(RouteTable routes) => routes.Map("POST", "/emulator/Reviews/{bundleSid}", Decide);

    private static Reply Decide(RequestContext c)
    {
        var status = c.Required("Status");
        if (status is not (BundleStatus.Approved or BundleStatus.Rejected))
        {
            throw ApiException.Invalid("Status", $"\"{status}\" is not a verdict; use {BundleStatus.Approved} or {BundleStatus.Rejected}.");
        }

        var errors = new List<int>();
        foreach (var code in (c.Optional("Errors") ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            errors.Add(int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw ApiException.Invalid("Errors", $"\"{code}\" is not an error code; send comma-separated numbers such as 18601,22214."));
        }

        if (Review.ReviewSimulator.ErrorsProblem(status, errors) is { } problem)
        {
            throw ApiException.Invalid("Errors", problem);
        }

        var type = (c.State.BySid.GetValueOrDefault(c.Args[0]) as Bundle)?.Type ?? throw ApiException.NotFound(c.Path);
        var (owner, bundle) = Lookup.Bundle(c, type, c.Args[0]);
        try
        {
            c.Review.Decide(bundle.Sid, status, errors);
        }
        catch (InvalidOperationException e)
        {
            throw new ApiException(409, ErrorCodes.NotUnderReview, e.Message);
        }

        lock (owner.Gate)
        {
            return Reply.Json(200, w => ResourceJson.Bundle(w, c.BaseUrl, bundle));
        }
    }
}
