using TrustHubGen.Policies;

namespace TrustHubGen.Generator.Emit.Refinements;

// Types narrower than the spec's, so that mistakes the analyzers would otherwise report do not compile. Each is
// derived from the spec and the policy files (see SdkRefinementBuilder), never listed by hand.

/// <summary>
/// What the SDK emits beyond the spec's own types: a policy SID type per bundle kind, the entity-assignment object SID,
/// and the statuses a client may set. Value-equal, so the SDK step stays cached while they do not change.
/// </summary>
internal sealed record SdkRefinements(
    EquatableArray<KindPolicySid> PolicySids,
    EntityObjectSid? EntityObject,
    EquatableArray<SettableStatus> Statuses)
{
    public static readonly SdkRefinements None = new(default, null, default);
}

/// <summary><c>TrustProductPolicySid</c>: a policy SID for bundles of one kind (<c>trust-product</c>), the type of their <c>PolicySid</c> on create.</summary>
internal sealed record KindPolicySid(string TypeName, string Kind, string Resource);

/// <summary>The type of an entity assignment's <c>ObjectSid</c>: the SID types of what a policy can require as a bundle's entity.</summary>
internal sealed record EntityObjectSid(string TypeName, EquatableArray<EntitySid> Accepted);

/// <summary>One accepted entity: its generated SID type and prefix, and what a policy calls it.</summary>
internal sealed record EntitySid(string SidType, string Prefix, string Role);

/// <summary>
/// The statuses of a bundle resource's enum that a client may set (from the policies' <c>clientSettableStatuses</c>):
/// <c>TrustProductSettableStatus</c> over <c>TrustProductStatus</c>, the type of <c>Status</c> on update.
/// </summary>
internal sealed record SettableStatus(string EnumName, string TypeName, string Resource, EquatableArray<string> Values);

/// <summary>The client-settable statuses the policy files state, per bundle kind: the only input from the policies.</summary>
internal sealed record SettableStatusesByKind(EquatableArray<KindStatuses> Kinds);

/// <summary>The statuses the policies of one kind let a client set, sorted.</summary>
internal sealed record KindStatuses(BundleKind Kind, EquatableArray<string> Statuses);
