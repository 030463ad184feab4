using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using TrustHubGen.Runtime.Onboarding;

namespace TrustHubGen.Runtime.Wire;

/// <summary>
/// The generated records (read by generated code from Twilio's answers) as the onboarding engine's records. Nothing here
/// reads JSON text or knows a field name: only the three values the spec leaves untyped (<c>attributes</c>,
/// <c>errors</c>, an evaluation's <c>results</c>) are interpreted, from the <see cref="JsonElement"/> the generated reader kept.
/// </summary>
internal static class WireReads
{
    public static TrustHubBundle Bundle(TrustProduct product) =>
        Bundle(product.Sid?.Value, product.PolicySid?.Value, product.FriendlyName, product.Status?.Value, product.Errors, "trust product");

    public static TrustHubBundle Bundle(CustomerProfile profile) =>
        Bundle(profile.Sid?.Value, profile.PolicySid?.Value, profile.FriendlyName, profile.Status?.Value, profile.Errors, "customer profile");

    public static ChannelEndpointAssignment Channel(TrustProductChannelEndpointAssignment assignment) =>
        Channel(assignment.Sid?.Value, assignment.ChannelEndpointType, assignment.ChannelEndpointSid?.Value);

    public static ChannelEndpointAssignment Channel(CustomerProfileChannelEndpointAssignment assignment) =>
        Channel(assignment.Sid?.Value, assignment.ChannelEndpointType, assignment.ChannelEndpointSid?.Value);

    public static EntityAssignment Entity(TrustProductEntityAssignment assignment) => Entity(assignment.Sid?.Value, assignment.ObjectSid?.Value);

    public static EntityAssignment Entity(CustomerProfileEntityAssignment assignment) => Entity(assignment.Sid?.Value, assignment.ObjectSid?.Value);

    public static TrustHubEndUser EndUser(EndUser endUser) =>
        new(Required(endUser.Sid?.Value, "sid", "end user"), endUser.Type ?? "", endUser.FriendlyName ?? "", UntypedValues.Attributes(endUser.Attributes));

    public static TrustHubSupportingDocument Document(SupportingDocument document) =>
        new(Required(document.Sid?.Value, "sid", "supporting document"), document.Type ?? "", document.FriendlyName ?? "", UntypedValues.Attributes(document.Attributes));

    public static TrustHubEvaluation Evaluation(TrustProductEvaluation evaluation) =>
        Evaluation(evaluation.Sid?.Value, evaluation.Status?.Value, evaluation.Results);

    public static TrustHubEvaluation Evaluation(CustomerProfileEvaluation evaluation) =>
        Evaluation(evaluation.Sid?.Value, evaluation.Status?.Value, evaluation.Results);

    public static IncomingNumber Number(IncomingPhoneNumber number) =>
        new(Required(number.Sid?.Value, "sid", "incoming phone number"), Required(number.PhoneNumber, "phone_number", "incoming phone number"),
            number.AccountSid?.Value ?? "", string.IsNullOrEmpty(number.FriendlyName) ? null : number.FriendlyName);

    // The record also holds the subaccount's auth token (API 2010 answers carry it): it is dropped here, never kept.
    public static TwilioAccount Account(Account account) =>
        new(Required(account.Sid?.Value, "sid", "account"), account.FriendlyName ?? "", account.Status?.Value ?? "", account.OwnerAccountSid?.Value);

    public static TrustHubAddress Address(Address address) =>
        new(Required(address.Sid?.Value, "sid", "address"), address.FriendlyName ?? "", address.CustomerName ?? "", address.Street ?? "",
            string.IsNullOrEmpty(address.StreetSecondary) ? null : address.StreetSecondary,
            address.City ?? "", address.Region ?? "", address.PostalCode ?? "", address.IsoCountry ?? "");

    /// <summary>The items of a generated list, mapped as they arrive (pages are still fetched lazily).</summary>
    public static async IAsyncEnumerable<TOut> Map<TIn, TOut>(IAsyncEnumerable<TIn> items, System.Func<TIn, TOut> map, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var item in items.WithCancellation(cancellationToken).ConfigureAwait(false)) yield return map(item);
    }

    private static TrustHubBundle Bundle(string? sid, string? policySid, string? name, string? status, JsonElement? errors, string resource) =>
        new(Required(sid, "sid", resource), Required(policySid, "policy_sid", resource), name ?? "", status ?? "", UntypedValues.ErrorCodes(errors));

    private static ChannelEndpointAssignment Channel(string? sid, string? type, string? endpoint) =>
        new(Required(sid, "sid", "channel endpoint assignment"), type ?? "", Required(endpoint, "channel_endpoint_sid", "channel endpoint assignment"));

    private static EntityAssignment Entity(string? sid, string? objectSid) =>
        new(Required(sid, "sid", "entity assignment"), Required(objectSid, "object_sid", "entity assignment"));

    private static TrustHubEvaluation Evaluation(string? sid, string? status, JsonElement? results) =>
        new(Required(sid, "sid", "evaluation"), status ?? "", UntypedValues.Findings(results));

    // The spec marks no field required; the engine cannot use a resource without these, so their absence is an error.
    private static string Required(string? value, string field, string resource) =>
        value ?? throw new JsonException($"The {resource} in Twilio's answer has no \"{field}\".");
}
