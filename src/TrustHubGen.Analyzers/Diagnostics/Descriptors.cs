using Microsoft.CodeAnalysis;
using TrustHubGen.Policies;

namespace TrustHubGen.Analyzers.Diagnostics;

/// <summary>
/// Every rule's descriptor. Errors are for what Twilio will certainly reject (or our typed SDK refuses at run time);
/// warnings where the analyzer relies on a judgement that may be wrong for intended code: ordering seen within one
/// method (work done elsewhere is invisible), an end-user type list that may lag Twilio's, a secret that works but
/// should not be in source. Each rule's page (docs/rules) says why it has its severity.
/// </summary>
internal static class Descriptors
{
    private const string Category = "TrustHub";

    public static readonly DiagnosticDescriptor UnknownPolicy = Create(
        RuleIds.UnknownPolicy, "Policy SID is not a known policy",
        "Policy SID \"{0}\" is not a known policy{1}",
        DiagnosticSeverity.Error,
        "Known policies are the documented ones plus every policy file in the build (AdditionalFiles with TrustHubGenKind=Policy).");

    public static readonly DiagnosticDescriptor WrongPolicyKind = Create(
        RuleIds.WrongPolicyKind, "Policy is of the wrong kind for the call",
        "{0}",
        DiagnosticSeverity.Error,
        "Customer-profile policies create Business Profiles and trust-product policies create trust products; they are not interchangeable.");

    public static readonly DiagnosticDescriptor ChannelEndpointType = Create(
        RuleIds.ChannelEndpointType, $"Channel endpoint type must be \"{ChannelEndpointRule.PhoneNumberType}\"",
        $"ChannelEndpointType must be \"{ChannelEndpointRule.PhoneNumberType}\", not \"{{0}}\"",
        DiagnosticSeverity.Error,
        $"\"{ChannelEndpointRule.PhoneNumberType}\" is the only documented channel endpoint type; other spellings compile and fail at run time.");

    public static readonly DiagnosticDescriptor NumberNotOnProfile = Create(
        RuleIds.NumberNotOnProfile, "Phone number is not on the Business Profile",
        "{0}",
        DiagnosticSeverity.Warning,
        "Only numbers already assigned to the Business Profile may be assigned to a trust product.");

    public static readonly DiagnosticDescriptor MalformedSid = Create(
        RuleIds.MalformedSid, "SID is malformed",
        "{0}",
        DiagnosticSeverity.Error,
        "A SID is two letters and 32 hex digits; placeholders from sample code are not SIDs.");

    public static readonly DiagnosticDescriptor WrongSidResource = Create(
        RuleIds.WrongSidResource, "SID names the wrong kind of resource",
        "{0}",
        DiagnosticSeverity.Error,
        "The two-letter prefix says which resource a SID names; this parameter expects another.");

    public static readonly DiagnosticDescriptor CnamDisplayName = Create(
        RuleIds.CnamDisplayName, "CNAM display name breaks the CNAM rules",
        "{0}{1}",
        DiagnosticSeverity.Error,
        "A CNAM display name has at most 15 characters, starts with a letter, uses only ASCII letters (no accents), digits, periods, commas and spaces, and is not a generic city or state name.");

    public static readonly DiagnosticDescriptor EndUserType = Create(
        RuleIds.EndUserType, "End-user type is unknown or not accepted by the policy",
        "{0}",
        DiagnosticSeverity.Warning,
        "End-user types are fixed strings such as \"cnam_information\"; each policy accepts only its own.");

    public static readonly DiagnosticDescriptor Status = Create(
        RuleIds.Status, "Status is not one a client may set",
        "{0}",
        DiagnosticSeverity.Error,
        "Clients submit with \"pending-review\" (or keep \"draft\"); Twilio sets every other status.");

    public static readonly DiagnosticDescriptor NumberCannotCarryProduct = Create(
        RuleIds.NumberCannotCarryProduct, "Phone number cannot carry this trust product",
        "{0}",
        DiagnosticSeverity.Error,
        "CNAM takes only US numbers that are not toll-free; each policy states which numbers it accepts.");

    public static readonly DiagnosticDescriptor CredentialInSource = Create(
        RuleIds.CredentialInSource, "Credential is written in source",
        "{0}; read it from the environment or a secret store instead",
        DiagnosticSeverity.Warning,
        "Secrets in source end up in version control and build logs.");

    public static readonly DiagnosticDescriptor SubmittedBeforeAssignments = Create(
        RuleIds.SubmittedBeforeAssignments, "Trust product is submitted before its required assignments",
        "{0}",
        DiagnosticSeverity.Warning,
        "A bundle in review cannot be edited: make every assignment its policy requires before setting \"pending-review\".");

    public static readonly DiagnosticDescriptor AttributeValue = Create(
        RuleIds.AttributeValue, "End-user attribute value breaks its policy rule",
        "{0}",
        DiagnosticSeverity.Error,
        "Policy definitions state each end-user attribute's length, form and accepted values; a value that breaks them is rejected at run time.");

    public static readonly DiagnosticDescriptor SnapshotHandleNotGenerated = Create(
        RuleIds.SnapshotHandleNotGenerated, "Account snapshot handle is not generated",
        "{0}",
        DiagnosticSeverity.Error,
        "A kind of the account snapshot with more items than TrustHubGenSnapshotHandleLimit gets no TrustHubAccount member per item; name its items by SID.");

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity, string description) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true, description, HelpLinks.For(id));
}
