using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace TrustHubGen.Runtime.Onboarding;

/// <summary>The kinds of write the engine makes, in the order it makes them.</summary>
public enum OnboardingStepKind
{
    /// <summary><c>POST /v1/CustomerProfiles/{BU}/ChannelEndpointAssignments</c>.</summary>
    AssignNumberToProfile,

    /// <summary><c>POST /v1/TrustProducts</c>.</summary>
    CreateProduct,

    /// <summary><c>POST /v1/TrustProducts/{BU}/EntityAssignments</c> with the Business Profile.</summary>
    AssignBusinessProfile,

    /// <summary><c>POST /v1/EndUsers</c>.</summary>
    CreateEndUser,

    /// <summary><c>POST /v1/TrustProducts/{BU}/EntityAssignments</c> with the end user.</summary>
    AssignEndUser,

    /// <summary><c>POST /v1/TrustProducts/{BU}/ChannelEndpointAssignments</c>.</summary>
    AssignNumberToProduct,

    /// <summary><c>POST /v1/TrustProducts/{BU}/Evaluations</c>.</summary>
    Evaluate,

    /// <summary><c>POST /v1/TrustProducts/{BU}</c> with <c>Status=pending-review</c>.</summary>
    Submit,

    /// <summary><c>POST /v1/CustomerProfiles</c> (Business Profile onboarding).</summary>
    CreateBusinessProfile,

    /// <summary><c>POST /2010-04-01/Accounts/{AC}/Addresses.json</c> (Business Profile onboarding).</summary>
    CreateAddress,

    /// <summary><c>POST /v1/SupportingDocuments</c> (Business Profile onboarding).</summary>
    CreateSupportingDocument,

    /// <summary><c>POST /v1/CustomerProfiles/{BU}/EntityAssignments</c> with the supporting document (Business Profile onboarding).</summary>
    AssignSupportingDocument,

    /// <summary>
    /// <c>POST /v1/EndUsers/{IT}</c> with the run's attributes: the end user of a draft or rejected bundle holds other values
    /// than the run asks for (a corrected display name or business name), so the bundle is then submitted again.
    /// </summary>
    UpdateEndUser,
}

/// <summary>One call still needed.</summary>
/// <param name="Kind">What call.</param>
/// <param name="Policy">The policy's name, or null for the shared profile assignments.</param>
/// <param name="Target">What it acts on (a number, a product's friendly name or SID, an end user).</param>
/// <param name="Reason">Why it is needed.</param>
public sealed record OnboardingStep(OnboardingStepKind Kind, string? Policy, string Target, string Reason)
{
    internal string? NumberSid { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{Kind,-22} {(Policy is null ? "" : Policy + ": ")}{Target} ({Reason})";
}

/// <summary>A number the engine does not onboard for a policy, decided before any write.</summary>
/// <param name="Number">The number as given (SID or E.164).</param>
/// <param name="PhoneNumber">Its E.164 form when known.</param>
/// <param name="Policy">The policy that refuses it, or null when no policy can take it (unknown number).</param>
/// <param name="Reason">Why.</param>
public sealed record RefusedNumber(string Number, string? PhoneNumber, string? Policy, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => $"{Number}{(PhoneNumber is null || PhoneNumber == Number ? "" : $" ({PhoneNumber})")}{(Policy is null ? "" : $" for {Policy}")}: {Reason}";
}

/// <summary>What the engine found for one policy's product.</summary>
/// <param name="Policy">The policy's name.</param>
/// <param name="FriendlyName">The friendly name the engine uses for it.</param>
/// <param name="ProductSid">The existing product, or null when it must be created.</param>
/// <param name="Status">Its status, or null when it does not exist yet.</param>
/// <param name="NumbersAlreadyAssigned">Requested numbers it already carries.</param>
public sealed record ProductState(string Policy, string FriendlyName, string? ProductSid, string? Status, int NumbersAlreadyAssigned);

/// <summary>The dry run: every call still needed, and every number refused, from the account's current state.</summary>
public sealed class OnboardingPlan
{
    internal OnboardingPlan(IReadOnlyList<OnboardingStep> steps, IReadOnlyList<RefusedNumber> refused, IReadOnlyList<ProductState> products, IReadOnlyList<string> warnings)
    {
        Steps = steps;
        Refused = refused;
        Products = products;
        Warnings = warnings;
    }

    /// <summary>The writes still needed, in order.</summary>
    public IReadOnlyList<OnboardingStep> Steps { get; }

    /// <summary>Numbers refused (per policy) or not found, with reasons.</summary>
    public IReadOnlyList<RefusedNumber> Refused { get; }

    /// <summary>The products found or to be created.</summary>
    public IReadOnlyList<ProductState> Products { get; }

    /// <summary>Things found that the engine will not change (duplicates made by others, locked products).</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>True when nothing is left to write.</summary>
    public bool IsEmpty => Steps.Count == 0;

    /// <summary>Counts of steps by kind.</summary>
    public IReadOnlyDictionary<OnboardingStepKind, int> CountByKind => Steps.GroupBy(s => s.Kind).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>A printable plan: products, steps, refusals and warnings.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var product in Products)
            text.AppendLine($"product {product.Policy}: {(product.ProductSid is null ? "to create" : $"{product.ProductSid} ({product.Status}), {product.NumbersAlreadyAssigned} number(s) already on it")} as \"{product.FriendlyName}\"");
        text.AppendLine(Steps.Count == 0 ? "nothing to do" : $"{Steps.Count} call(s):");
        foreach (var step in Steps) text.Append("  ").AppendLine(step.ToString());
        foreach (var refused in Refused) text.Append("refused: ").AppendLine(refused.ToString());
        foreach (var warning in Warnings) text.Append("warning: ").AppendLine(warning);
        return text.ToString();
    }
}
