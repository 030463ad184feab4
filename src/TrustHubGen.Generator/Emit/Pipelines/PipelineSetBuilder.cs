using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TrustHubGen.Generator.Model;
using TrustHubGen.Generator.Naming;
using TrustHubGen.Policies;

namespace TrustHubGen.Generator.Emit.Pipelines;

/// <summary>
/// Names the attribute value types and pipelines of a policy set. An attribute value type is named after the
/// attribute when that is unique among its tier's typed attributes (the packaged policies', or the project's own) and
/// not yet taken, otherwise prefixed by its policy, and by its end-user type as well when the policy has it on several
/// end users (docs/pipelines.md "Names").
/// </summary>
internal static class PipelineSetBuilder
{
    // The one supporting document the runtime builds itself (BusinessProfileOnboarder: an Address and its document).
    private const string AddressDocumentType = "customer_profile_address";

    /// <summary>
    /// What the pipelines need from the documents: whether the typed <c>CustomerProfileSid</c> and <c>PhoneNumberSid</c>
    /// they take are generated (without them only the value types are emitted), and the SDK's type names, which the
    /// generated names must not take. A spec edit that keeps these leaves the pipeline step cached.
    /// </summary>
    public static SdkFacts Facts(ApiDocumentSet set)
    {
        var names = new SortedSet<string>(System.StringComparer.Ordinal);
        foreach (var sid in set.Sids) names.Add(sid.Name);
        foreach (var document in set.Documents)
        {
            names.Add(document.Name + "Client");
            foreach (var record in document.Records) names.Add(record.Name);
            foreach (var e in document.Enums) names.Add(e.Name);
            foreach (var resource in document.Resources)
            {
                names.Add(resource.ClientName);
                foreach (var operation in resource.Operations)
                {
                    if (operation.RequestTypeName is not null) names.Add(operation.RequestTypeName);
                }
            }
        }
        return new SdkFacts(names.Contains("CustomerProfileSid") && names.Contains("PhoneNumberSid"), new EquatableArray<string>(names));
    }

    /// <summary>
    /// Names the set's value types and pipelines; <paramref name="referencedValueTypes"/> are the value types that referenced
    /// projects' policies declare in this namespace (their mark), taken for this project's own policies.
    /// </summary>
    public static PipelineSet Build(EquatableArray<PolicyDefinition> policies, SdkFacts sdk, EquatableArray<string> referencedValueTypes = default)
    {
        // Two tiers, so a packaged policy's names never depend on the project's own policies (its precompiled value types and
        // pipeline, TrustHubGen.Sdk.DefaultPolicies.dll, stand for it in any set): the packaged policies (by SID, an edited
        // copy included) are named among every packaged policy, those the set lacks too; then the project's own, with
        // every packaged name taken (docs/pipelines.md "Names").
        var builtIn = BuiltInPolicies.All;
        var builtInSids = new HashSet<string>(builtIn.Select(p => p.Sid), System.StringComparer.Ordinal);
        var packaged = policies.Where(p => builtInSids.Contains(p.Sid)).ToList();
        var own = policies.Where(p => !builtInSids.Contains(p.Sid)).ToList();
        var packagedSids = new HashSet<string>(packaged.Select(p => p.Sid), System.StringComparer.Ordinal);
        var packagedUniverse = packaged.Concat(builtIn.Where(p => !packagedSids.Contains(p.Sid))).OrderBy(p => p.Name, System.StringComparer.Ordinal).ToList();

        var used = new HashSet<string>(sdk.TypeNames, System.StringComparer.Ordinal) { "PolicyCatalog", PolicyCatalogEmitter.EntriesNamespace };
        if (sdk.HasSids)
        {
            foreach (var policy in packagedUniverse.Concat(own).Where(TakesPipeline)) used.Add(ClassName(policy));
        }
        var values = ValueTypes(packagedUniverse, used).Where(v => packagedSids.Contains(v.PolicySid)).ToList();
        // A referenced project's own policies declare theirs beside ours (the packaged names among them are already taken).
        used.UnionWith(referencedValueTypes);
        values.AddRange(ValueTypes(own, used));
        var byAttribute = values.ToDictionary(v => (v.PolicySid, v.EndUserType, v.AttributeName), v => v.TypeName);
        var pipelines = sdk.HasSids ? policies.Where(TakesPipeline).Select(p => Pipeline(p, byAttribute)).ToList() : new List<PipelineModel>();
        return new PipelineSet(new EquatableArray<AttributeValueModel>(values), new EquatableArray<PipelineModel>(pipelines));
    }

    private static bool TakesPipeline(PolicyDefinition policy) => TakesNumbers(policy) || policy.Kind == BundleKind.CustomerProfile;

    private static bool TakesNumbers(PolicyDefinition policy) => policy.Kind == BundleKind.TrustProduct && policy.ChannelEndpoints is not null;

    private static string ClassName(PolicyDefinition policy) => Names.Pascal(policy.Name) + "Onboarding";

    public static bool HasRule(AttributeRule a) => a.MaxLength is not null || a.Pattern is not null || !a.AllowedValues.IsEmpty || !a.DisallowedValues.IsEmpty;

    private static List<AttributeValueModel> ValueTypes(IReadOnlyList<PolicyDefinition> policies, HashSet<string> used)
    {
        var typed = (from p in policies from e in p.EndUsers from a in e.Attributes where HasRule(a) select (Policy: p, EndUser: e, Attribute: a)).ToList();
        string[] Candidates((PolicyDefinition Policy, EndUserRule EndUser, AttributeRule Attribute) t) =>
        [
            Names.Pascal(t.Attribute.Name),
            Names.Pascal(t.Policy.Name) + Names.Pascal(t.Attribute.Name),
            Names.Pascal(t.Policy.Name) + Names.Pascal(t.EndUser.Type) + Names.Pascal(t.Attribute.Name),
        ];
        var counts = Enumerable.Range(0, 3).Select(level => typed.GroupBy(t => Candidates(t)[level]).ToDictionary(g => g.Key, g => g.Count())).ToList();
        var result = new List<AttributeValueModel>();
        foreach (var t in typed)
        {
            var candidates = Candidates(t);
            // A name the SDK (or a pipeline) already has counts as taken, so the next, longer form is used.
            var level = 0;
            while (level < 2 && (counts[level][candidates[level]] != 1 || used.Contains(candidates[level]))) level++;
            var name = Names.Unique(used, candidates[level]);
            result.Add(new AttributeValueModel(name, t.Policy.Sid, Names.Pascal(t.Policy.Name), t.Policy.FriendlyName, t.EndUser.Type, t.Attribute.Name, Summary(t.Attribute)));
        }
        return result;
    }

    private static string Summary(AttributeRule a)
    {
        var parts = new List<string>();
        if (a.MaxLength is { } max) parts.Add("at most " + max.ToString(CultureInfo.InvariantCulture) + " characters");
        if (a.Pattern is { } pattern) parts.Add(a.PatternDescription ?? "matches " + pattern);
        if (!a.AllowedValues.IsEmpty) parts.Add("one of " + string.Join(", ", a.AllowedValues.Select(v => "\"" + v + "\"")));
        if (!a.DisallowedValues.IsEmpty) parts.Add("not a generic value such as \"" + a.DisallowedValues[0] + "\" (" + a.DisallowedValues.Count.ToString(CultureInfo.InvariantCulture) + " refused)");
        return string.Join("; ", parts);
    }

    private static PipelineModel Pipeline(PolicyDefinition policy, Dictionary<(string, string, string), string> valueTypes)
    {
        var stageNames = new HashSet<string>(System.StringComparer.Ordinal) { "NumbersStage", "PrimaryProfileStage", "AddressStage" };
        var andNames = new HashSet<string>(System.StringComparer.Ordinal) { "previous" };
        var duplicated = new HashSet<string>(policy.EndUsers.SelectMany(e => e.Attributes).GroupBy(a => a.Name).Where(g => g.Count() > 1).Select(g => g.Key));
        var stages = new List<EndUserStageModel>();
        foreach (var endUser in policy.EndUsers)
        {
            var pascal = Names.Pascal(endUser.Type);
            var local = new HashSet<string>(System.StringComparer.Ordinal);
            // Required attributes first: C# wants optional parameters last.
            var parameters = endUser.Attributes.OrderBy(a => a.Required ? 0 : 1).Select(a => new ParameterModel(
                a.Name,
                Names.Unique(local, Names.Camel(a.Name)),
                Names.Unique(andNames, Names.Camel(duplicated.Contains(a.Name) ? endUser.Type + "_" + a.Name : a.Name)),
                valueTypes.TryGetValue((policy.Sid, endUser.Type, a.Name), out var type) ? type : null,
                a.Required,
                a.Description)).ToList();
            stages.Add(new EndUserStageModel(endUser.Type, Names.Unique(stageNames, pascal + "Stage"), "With" + pascal, "Add" + pascal, endUser.Min == 0, new EquatableArray<ParameterModel>(parameters)));
        }
        var isProfile = policy.Kind == BundleKind.CustomerProfile;
        var address = policy.SupportingDocuments.FirstOrDefault(d => d.Type == AddressDocumentType);
        return new PipelineModel(ClassName(policy), Names.Pascal(policy.Name), policy.Name, policy.Sid, policy.FriendlyName, new EquatableArray<EndUserStageModel>(stages),
            isProfile,
            isProfile && policy.BusinessProfile is { Required: true },
            !isProfile || address is null ? AddressStage.None : address.Min > 0 ? AddressStage.Required : AddressStage.Optional);
    }
}
