using TrustHubGen.Emulator.State;
using TrustHubGen.Policies;

namespace TrustHubGen.Emulator.Rules;

/// <summary>Maps the shared policy definitions (<see cref="BuiltInPolicies"/>) onto what the emulator enforces.</summary>
internal static class BuiltInPolicySource
{
    /// <summary>The shipped definitions, with each extra file replacing the shipped policy of the same SID or adding one.</summary>
    public static IReadOnlyList<PolicyModel> Load(IEnumerable<string> extraFiles)
    {
        var policies = BuiltInPolicies.All.ToDictionary(p => p.Sid, StringComparer.Ordinal);
        foreach (var path in extraFiles)
        {
            if (!File.Exists(path))
            {
                throw new ArgumentException($"Policy file \"{path}\" does not exist.");
            }

            var result = PolicyReader.Read(path, File.ReadAllText(path));
            var errors = result.Diagnostics.Where(d => d.Severity == "error").ToArray();
            if (result.Policy is null || errors.Length > 0)
            {
                throw new ArgumentException($"Policy file \"{path}\" is not a valid policy definition:\n"
                    + string.Join("\n", errors.Select(d => $"  {d.Path}({d.Line + 1},{d.Column + 1}): {d.Id} {d.Message}")));
            }

            policies[result.Policy.Sid] = result.Policy;
        }

        return policies.Values.Select(Map).ToArray();
    }

    public static PolicyModel Map(PolicyDefinition definition)
    {
        var profile = definition.BusinessProfile is { } bp
            ? new ProfileRequirement(bp.Required, bp.AcceptedPolicySids.ToArray(), bp.RequiredStatus, bp.RequiredRegistrationIdentifiers.ToArray())
            : null;
        var endUsers = definition.EndUsers
            .Select(e => new EndUserRequirement(
                e.Type,
                e.Min,
                e.Max,
                e.Attributes.Select(a => new AttributeRequirement(a.Name, a.Required, a.Description, value => PolicyRules.CheckAttribute(a, value))).ToArray()))
            .ToArray();
        var documents = definition.SupportingDocuments.Select(d => new DocumentRequirement(d.Type, d.Min, d.Max)).ToArray();
        var endpoints = definition.ChannelEndpoints is { } ce
            ? new EndpointRequirement(ce.Type, ce.MustBeOnBusinessProfile, ce.AllowedAfterSubmission, e164 => PhoneNumberFacts.CheckChannelEndpoint(ce, e164))
            : null;
        return new PolicyModel(
            definition.Sid,
            definition.Name,
            definition.FriendlyName,
            definition.Kind == BundleKind.CustomerProfile ? BundleType.CustomerProfile : BundleType.TrustProduct,
            profile,
            endUsers,
            documents,
            endpoints,
            definition.Submission.ClientSettableStatuses.ToArray(),
            definition.Submission.EvaluateBeforeSubmit);
    }
}
