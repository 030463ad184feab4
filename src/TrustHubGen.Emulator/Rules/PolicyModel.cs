using TrustHubGen.Emulator.State;

namespace TrustHubGen.Emulator.Rules;

/// <summary>
/// The emulator's view of one policy: exactly what it enforces, mapped from a TrustHubGen.Policies definition
/// (never a private copy of the rules). Checks are delegates so the wording comes from the shared rule code.
/// </summary>
internal sealed record PolicyModel(
    string Sid,
    string Name,
    string FriendlyName,
    BundleType Kind,
    ProfileRequirement? BusinessProfile,
    IReadOnlyList<EndUserRequirement> EndUsers,
    IReadOnlyList<DocumentRequirement> Documents,
    EndpointRequirement? Endpoints,
    IReadOnlyList<string> ClientSettableStatuses,
    bool EvaluateBeforeSubmit);

internal sealed record ProfileRequirement(
    bool Required,
    IReadOnlyList<string> AcceptedPolicySids,
    string RequiredStatus,
    IReadOnlyList<string> RequiredRegistrationIdentifiers);

internal sealed record EndUserRequirement(string Type, int Min, int Max, IReadOnlyList<AttributeRequirement> Attributes);

/// <summary>One attribute rule; <see cref="Check"/> answers null when a value is valid, else why not.</summary>
internal sealed record AttributeRequirement(string Name, bool Required, string? Description, Func<string?, string?> Check);

internal sealed record DocumentRequirement(string Type, int Min, int Max);

/// <summary>Channel-endpoint rule; <see cref="Check"/> takes an E.164 number and answers null when allowed.</summary>
internal sealed record EndpointRequirement(string Type, bool MustBeOnBusinessProfile, bool AllowedAfterSubmission, Func<string, string?> Check);
