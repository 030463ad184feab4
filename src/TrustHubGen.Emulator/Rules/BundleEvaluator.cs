using System.Buffers;
using System.Text;
using System.Text.Json;
using TrustHubGen.Emulator.State;
using TrustHubGen.Emulator.Wire;
using TrustHubGen.Policies;

namespace TrustHubGen.Emulator.Rules;

/// <summary>The outcome of checking a bundle against a policy: Twilio's evaluation <c>results</c> and the failing codes.</summary>
internal sealed record EvaluationOutcome(bool Compliant, string ResultsJson, IReadOnlyList<int> ErrorCodes, string? FirstFailure);

/// <summary>
/// Checks a bundle's current content against a policy, producing the real evaluation result structure:
/// one entry per requirement with <c>passed</c>, <c>failure_reason</c>, <c>error_code</c>, <c>valid</c> and <c>invalid</c>.
/// Callers hold the bundle owner's lock.
/// </summary>
internal static class BundleEvaluator
{
    public static EvaluationOutcome Evaluate(EmulatorState state, Bundle bundle, PolicyDefinition policy)
    {
        var requirements = new List<Requirement>();
        foreach (var rule in policy.EndUsers)
        {
            var assigned = AssignedOfType<EndUser>(state, bundle, e => e.Type == rule.Type);
            if (rule.Min == 0 && assigned.Count == 0)
            {
                continue;
            }

            requirements.Add(EndUserRequirementResult(rule, assigned));
        }

        foreach (var rule in policy.SupportingDocuments)
        {
            var assigned = AssignedOfType<SupportingDocument>(state, bundle, d => d.Type == rule.Type);
            if (rule.Min == 0 && assigned.Count == 0)
            {
                continue;
            }

            var friendly = Friendly(rule.Type);
            var addressProblem = rule.Type == AddressDocuments.Type ? assigned.Select(d => AddressDocuments.Problem(state, d)).FirstOrDefault(p => p is not null) : null;
            if (addressProblem is not null && assigned.Count >= rule.Min && assigned.Count <= rule.Max)
            {
                requirements.Add(new Requirement(rule.Type, friendly, rule.Type, false, addressProblem, ErrorCodes.AddressMissing, [],
                    [new FieldResult(Friendly(AddressDocuments.Attribute), AddressDocuments.Attribute, addressProblem, ErrorCodes.AddressMissing)]));
                continue;
            }

            requirements.Add(assigned.Count < rule.Min
                ? Requirement.Failed(rule.Type, friendly, rule.Type, $"A {friendly} document is missing. Please add one to the bundle.", ErrorCodes.DocumentMissing, [])
                : assigned.Count > rule.Max
                    ? Requirement.Failed(rule.Type, friendly, rule.Type, $"At most {rule.Max} {friendly} document(s) are accepted; remove {assigned.Count - rule.Max}.", ErrorCodes.EndUserNotAccepted, [])
                    : Requirement.Passed(rule.Type, friendly, rule.Type, []));
        }

        if (policy.BusinessProfile is { Required: true } profileRule)
        {
            requirements.Add(ProfileRequirementResult(state, bundle, profileRule));
        }

        if (policy.ChannelEndpoints is { } endpointRule && bundle.Channels.Count > 0)
        {
            requirements.Add(EndpointRequirementResult(state, bundle, endpointRule));
        }

        var codes = new List<int>();
        string? firstFailure = null;
        foreach (var requirement in requirements.Where(r => !r.IsPassed))
        {
            firstFailure ??= requirement.FailureReason;
            AddCode(codes, requirement.ErrorCode);
            foreach (var field in requirement.Invalid)
            {
                AddCode(codes, field.ErrorCode);
            }
        }

        return new EvaluationOutcome(codes.Count == 0, Write(requirements), codes, firstFailure);
    }

    private static void AddCode(List<int> codes, int? code)
    {
        if (code is { } c && !codes.Contains(c))
        {
            codes.Add(c);
        }
    }

    private static Requirement EndUserRequirementResult(EndUserRule rule, List<EndUser> assigned)
    {
        var friendly = Friendly(rule.Type);
        if (assigned.Count < rule.Min)
        {
            var missing = rule.Attributes.Where(a => a.Required)
                .Select(a => new FieldResult(Friendly(a.Name), a.Name, $"The {Friendly(a.Name)} is missing. Please enter it on the {friendly} end user.", ErrorCodes.EndUserFieldMissing))
                .ToList();
            return Requirement.Failed(rule.Type, friendly, rule.Type, $"A {friendly} end user is missing. Please add one to the bundle.", ErrorCodes.EndUserMissing, missing);
        }

        if (assigned.Count > rule.Max)
        {
            return Requirement.Failed(rule.Type, friendly, rule.Type, $"At most {rule.Max} {friendly} end user(s) are accepted; remove {assigned.Count - rule.Max}.", ErrorCodes.EndUserNotAccepted, []);
        }

        var valid = new List<FieldResult>();
        var invalid = new List<FieldResult>();
        foreach (var endUser in assigned)
        {
            var values = AttributeValues.Read(endUser.AttributesJson);
            foreach (var attribute in rule.Attributes)
            {
                var value = values.GetValueOrDefault(attribute.Name);
                if (string.IsNullOrEmpty(value))
                {
                    if (attribute.Required)
                    {
                        invalid.Add(new FieldResult(Friendly(attribute.Name), attribute.Name, $"The {Friendly(attribute.Name)} is missing on end user {endUser.Sid}.", ErrorCodes.EndUserFieldMissing));
                    }

                    continue;
                }

                var problem = PolicyRules.CheckAttribute(attribute, value);
                if (problem is null)
                {
                    valid.Add(new FieldResult(Friendly(attribute.Name), attribute.Name, null, null));
                }
                else
                {
                    invalid.Add(new FieldResult(Friendly(attribute.Name), attribute.Name, problem, ErrorCodes.AttributeInvalid));
                }
            }
        }

        return invalid.Count == 0
            ? Requirement.Passed(rule.Type, friendly, rule.Type, valid)
            : new Requirement(rule.Type, friendly, rule.Type, false, invalid[0].FailureReason, invalid[0].ErrorCode, valid, invalid);
    }

    private static Requirement ProfileRequirementResult(EmulatorState state, Bundle bundle, BusinessProfileRule rule)
    {
        const string Name = "business_profile";
        const string FriendlyName = "Business Profile";
        if (bundle.BusinessProfileSid is null || state.BySid.GetValueOrDefault(bundle.BusinessProfileSid) is not Bundle profile)
        {
            return Requirement.Failed(Name, FriendlyName, PolicyCatalog.CustomerProfileObjectType, "A Business Profile is missing. Assign a twilio-approved Business Profile as an entity assignment.", ErrorCodes.BusinessProfileMissing, []);
        }

        if (rule.AcceptedPolicySids.Count > 0 && !rule.AcceptedPolicySids.Contains(profile.PolicySid))
        {
            return Requirement.Failed(Name, FriendlyName, PolicyCatalog.CustomerProfileObjectType, $"Business Profile {profile.Sid} uses policy {profile.PolicySid}; this policy accepts profiles of {string.Join(", ", rule.AcceptedPolicySids)}.", ErrorCodes.WrongPolicy, []);
        }

        if (!string.Equals(profile.Status, rule.RequiredStatus, StringComparison.Ordinal))
        {
            return Requirement.Failed(Name, FriendlyName, PolicyCatalog.CustomerProfileObjectType, $"Business Profile {profile.Sid} is {profile.Status}; it must be {rule.RequiredStatus}.", ErrorCodes.BusinessProfileNotApproved, []);
        }

        return Requirement.Passed(Name, FriendlyName, PolicyCatalog.CustomerProfileObjectType, [new FieldResult(FriendlyName, "object_sid", null, null)]);
    }

    private static Requirement EndpointRequirementResult(EmulatorState state, Bundle bundle, ChannelEndpointRule rule)
    {
        const string Name = "channel_endpoints";
        const string FriendlyName = "Phone Numbers";
        var profile = bundle.BusinessProfileSid is null ? null : state.BySid.GetValueOrDefault(bundle.BusinessProfileSid) as Bundle;
        // Twilio's documented results list fields (object_field), not the items under them: the field that passed is listed
        // once, however many numbers the bundle holds (a product with a million numbers would otherwise answer with a
        // million entries); each failing number is listed, since that is what the caller must fix.
        var anyValid = false;
        var invalid = new List<FieldResult>();
        foreach (var assignment in bundle.Channels.Values)
        {
            if (state.BySid.GetValueOrDefault(assignment.ChannelEndpointSid) is not PhoneNumber number)
            {
                invalid.Add(new FieldResult(assignment.ChannelEndpointSid, "channel_endpoint_sid", $"{assignment.ChannelEndpointSid} is not a known phone number.", ErrorCodes.ChannelEndpointNotFound));
                continue;
            }

            var problem = PhoneNumberFacts.CheckChannelEndpoint(rule, number.E164);
            if (problem is not null)
            {
                invalid.Add(new FieldResult(number.E164, "channel_endpoint_sid", problem, ErrorCodes.ChannelEndpointNotAllowed));
            }
            else if (rule.MustBeOnBusinessProfile && (profile is null || !profile.ChannelByEndpoint.ContainsKey(number.Sid)))
            {
                invalid.Add(new FieldResult(number.E164, "channel_endpoint_sid", $"{number.E164} ({number.Sid}) is not on the Business Profile.", ErrorCodes.NumberNotOnBusinessProfile));
            }
            else
            {
                anyValid = true;
            }
        }

        IReadOnlyList<FieldResult> valid = anyValid ? [new FieldResult(FriendlyName, "channel_endpoint_sid", null, null)] : [];
        return invalid.Count == 0
            ? Requirement.Passed(Name, FriendlyName, ChannelEndpointRule.PhoneNumberType, valid)
            : new Requirement(Name, FriendlyName, ChannelEndpointRule.PhoneNumberType, false, invalid[0].FailureReason, invalid[0].ErrorCode, valid, invalid);
    }

    private static List<T> AssignedOfType<T>(EmulatorState state, Bundle bundle, Func<T, bool> match)
        where T : class
    {
        var found = new List<T>();
        foreach (var assignment in bundle.Entities.Values)
        {
            if (state.BySid.GetValueOrDefault(assignment.ObjectSid) is T item && match(item))
            {
                found.Add(item);
            }
        }

        return found;
    }

    /// <summary>"cnam_display_name" → "Cnam Display Name".</summary>
    public static string Friendly(string machineName)
    {
        var builder = new StringBuilder(machineName.Length);
        var upper = true;
        foreach (var c in machineName)
        {
            if (c is '_' or '-')
            {
                builder.Append(' ');
                upper = true;
                continue;
            }

            builder.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        return builder.ToString();
    }

    private static string Write(List<Requirement> requirements)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, Reply.Options))
        {
            w.WriteStartArray();
            foreach (var r in requirements)
            {
                w.WriteStartObject();
                w.WriteString("friendly_name", r.FriendlyName);
                w.WriteString("object_type", r.ObjectType);
                w.WriteBoolean("passed", r.IsPassed);
                Paging.WriteNullable(w, "failure_reason", r.FailureReason);
                if (r.ErrorCode is { } code)
                {
                    w.WriteNumber("error_code", code);
                }
                else
                {
                    w.WriteNull("error_code");
                }

                WriteFields(w, "valid", r.Valid);
                WriteFields(w, "invalid", r.Invalid);
                w.WriteString("requirement_friendly_name", r.FriendlyName);
                w.WriteString("requirement_name", r.Name);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteFields(Utf8JsonWriter w, string name, IReadOnlyList<FieldResult> fields)
    {
        w.WriteStartArray(name);
        foreach (var f in fields)
        {
            w.WriteStartObject();
            w.WriteString("friendly_name", f.FriendlyName);
            w.WriteString("object_field", f.ObjectField);
            Paging.WriteNullable(w, "failure_reason", f.FailureReason);
            if (f.ErrorCode is { } code)
            {
                w.WriteNumber("error_code", code);
            }
            else
            {
                w.WriteNull("error_code");
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private sealed record FieldResult(string FriendlyName, string ObjectField, string? FailureReason, int? ErrorCode);

    private sealed record Requirement(
        string Name, string FriendlyName, string ObjectType, bool IsPassed, string? FailureReason, int? ErrorCode,
        IReadOnlyList<FieldResult> Valid, IReadOnlyList<FieldResult> Invalid)
    {
        public static Requirement Passed(string name, string friendly, string objectType, IReadOnlyList<FieldResult> valid) =>
            new(name, friendly, objectType, true, null, null, valid, []);

        public static Requirement Failed(string name, string friendly, string objectType, string reason, int code, IReadOnlyList<FieldResult> invalid) =>
            new(name, friendly, objectType, false, reason, code, [], invalid);
    }
}
