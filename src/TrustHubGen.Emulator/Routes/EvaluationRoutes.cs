using TrustHubGen.Emulator.Rules;
using TrustHubGen.Emulator.State;
using TrustHubGen.Emulator.Wire;

namespace TrustHubGen.Emulator.Routes;

/// <summary>/v1/{CustomerProfiles|TrustProducts}/{BU}/Evaluations: check a bundle against a policy, answered at once.</summary>
internal static class EvaluationRoutes
{
    public static void Map(RouteTable routes)
    {
        foreach (var type in new[] { BundleType.CustomerProfile, BundleType.TrustProduct })
        {
            var collection = $"/v1/{ResourceJson.CollectionOf(type)}/{{bundleSid}}/Evaluations";
            routes.Map("POST", collection, c => Create(c, type));
            routes.Map("GET", collection, c => List(c, type));
            routes.Map("GET", collection + "/{sid}", c => Fetch(c, type));
        }
    }

    private static Reply Create(RequestContext c, BundleType type)
    {
        var (owner, bundle) = Lookup.Bundle(c, type, c.Args[0]);
        var policySid = c.RequiredSid("PolicySid", "RN");
        var policy = BundleRules.KnownPolicy(c.State, policySid);
        lock (owner.Gate)
        {
            Lookup.EnsureAlive(c, bundle.Sid);
            var outcome = BundleEvaluator.Evaluate(c.State, bundle, policy);
            var evaluation = new Evaluation
            {
                Sid = Sids.New("EL"),
                AccountSid = bundle.AccountSid,
                PolicySid = policySid,
                BundleSid = bundle.Sid,
                Status = outcome.Compliant ? "compliant" : "noncompliant",
                ResultsJson = outcome.ResultsJson,
                DateCreated = c.State.Now(),
            };
            bundle.Evaluations.Add(evaluation.Sid, evaluation);
            c.State.MarkChanged();
            return Reply.Json(201, w => ResourceJson.Evaluation(w, c.BaseUrl, type, evaluation));
        }
    }

    private static Reply List(RequestContext c, BundleType type)
    {
        var (owner, bundle) = Lookup.Bundle(c, type, c.Args[0]);
        var page = PageRequest.From(c.Query);
        lock (owner.Gate)
        {
            return Paging.V1(c.BaseUrl, c.Path, [], page, "results", bundle.Evaluations.Values, (w, e) => ResourceJson.Evaluation(w, c.BaseUrl, type, e));
        }
    }

    private static Reply Fetch(RequestContext c, BundleType type)
    {
        var (owner, bundle) = Lookup.Bundle(c, type, c.Args[0]);
        lock (owner.Gate)
        {
            var evaluation = bundle.Evaluations.GetValueOrDefault(c.Args[1]) ?? throw ApiException.NotFound(c.Path);
            return Reply.Json(200, w => ResourceJson.Evaluation(w, c.BaseUrl, type, evaluation));
        }
    }
}
