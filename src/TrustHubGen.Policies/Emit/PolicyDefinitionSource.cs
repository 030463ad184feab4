using System;
using System.Globalization;
using System.Text;

namespace TrustHubGen.Policies.Emit
{
    /// <summary>
    /// Writes a <see cref="PolicyDefinition"/> as a C# expression that constructs an equal one: the one place that knows
    /// the constructor shape of the definition and its rule records. The generator writes each catalog policy's
    /// <c>Definition</c> with it, naming the values by the catalog class's own constants so the two never disagree; the
    /// build-time tool <c>eng/TrustHubGen.PolicyTable</c> writes the analyzers' built-in table with it, all literals.
    /// </summary>
    internal static class PolicyDefinitionSource
    {
        private const string Rules = "global::TrustHubGen.Policies.";

        /// <summary>
        /// The expression, in lines ended by <c>\n</c>: <c>new(</c> (<paramref name="targetTyped"/>) or
        /// <c>new global::TrustHubGen.Policies.PolicyDefinition(</c>, then one line per group of arguments, indented four
        /// spaces from the first, the last ending with <c>)</c>. Types are <c>global::</c>-qualified, so it compiles under
        /// any usings; a value <paramref name="names"/> names is written as its member, any other as a literal.
        /// </summary>
        public static string Expression(PolicyDefinition policy, PolicyMemberNames names, bool targetTyped = false)
        {
            var w = new StringBuilder(1024);
            w.Append(targetTyped ? "new(" : "new " + Rules + "PolicyDefinition(").Append("\n    ");
            Text(w, names.Policy(nameof(PolicyDefinition.Sid)), policy.Sid).Append(", ");
            Text(w, names.Policy(nameof(PolicyDefinition.Name)), policy.Name).Append(", ");
            Text(w, names.Policy(nameof(PolicyDefinition.FriendlyName)), policy.FriendlyName).Append(", ");
            w.Append(names.Policy(nameof(PolicyDefinition.Kind)) ?? Rules + "BundleKind." + policy.Kind.ToString()).Append(", ");
            Text(w, names.Policy(nameof(PolicyDefinition.Confidence)), policy.Confidence).Append(", ");
            Text(w, names.Policy(nameof(PolicyDefinition.Source)), policy.Source).Append(",\n    ");
            if (policy.BusinessProfile is { } profile) BusinessProfile(w, names, profile);
            else w.Append("null");
            w.Append(",\n    ");
            Items(w, Rules + "EndUserRule", policy.EndUsers, endUser => EndUser(w, names, endUser)).Append(",\n    ");
            Items(w, Rules + "SupportingDocumentRule", policy.SupportingDocuments, document => SupportingDocument(w, names, document)).Append(",\n    ");
            if (policy.ChannelEndpoints is { } endpoints) ChannelEndpoints(w, names, endpoints);
            else w.Append("null");
            w.Append(",\n    ");
            Submission(w, names, policy.Submission);
            return w.Append(')').ToString();
        }

        private static void BusinessProfile(StringBuilder w, PolicyMemberNames names, BusinessProfileRule profile)
        {
            New(w, "BusinessProfileRule");
            Bool(w, names.BusinessProfile(nameof(BusinessProfileRule.Required)), profile.Required).Append(", ");
            Strings(w, names.BusinessProfile(nameof(BusinessProfileRule.AcceptedPolicySids)), profile.AcceptedPolicySids).Append(", ");
            Text(w, names.BusinessProfile(nameof(BusinessProfileRule.RequiredStatus)), profile.RequiredStatus).Append(", ");
            Strings(w, names.BusinessProfile(nameof(BusinessProfileRule.RequiredRegistrationIdentifiers)), profile.RequiredRegistrationIdentifiers).Append(')');
        }

        private static void EndUser(StringBuilder w, PolicyMemberNames names, EndUserRule endUser)
        {
            New(w, "EndUserRule");
            Text(w, names.EndUser(endUser, nameof(EndUserRule.Type)), endUser.Type).Append(", ");
            Int(w, names.EndUser(endUser, nameof(EndUserRule.Min)), endUser.Min).Append(", ");
            Int(w, names.EndUser(endUser, nameof(EndUserRule.Max)), endUser.Max).Append(", ");
            Items(w, Rules + "AttributeRule", endUser.Attributes, attribute => Attribute(w, names, endUser, attribute)).Append(')');
        }

        // A null value is written null without asking for a member.
        private static void Attribute(StringBuilder w, PolicyMemberNames names, EndUserRule endUser, AttributeRule a)
        {
            New(w, "AttributeRule");
            Text(w, names.Attribute(endUser, a, nameof(AttributeRule.Name)), a.Name).Append(", ");
            Bool(w, names.Attribute(endUser, a, nameof(AttributeRule.Required)), a.Required).Append(", ");
            if (a.MaxLength is { } maxLength) Int(w, names.Attribute(endUser, a, nameof(AttributeRule.MaxLength)), maxLength);
            else w.Append("null");
            w.Append(", ");
            Text(w, a.Pattern is null ? null : names.Attribute(endUser, a, nameof(AttributeRule.Pattern)), a.Pattern).Append(", ");
            Text(w, a.PatternDescription is null ? null : names.Attribute(endUser, a, nameof(AttributeRule.PatternDescription)), a.PatternDescription).Append(", ");
            Strings(w, names.Attribute(endUser, a, nameof(AttributeRule.AllowedValues)), a.AllowedValues).Append(", ");
            Strings(w, names.Attribute(endUser, a, nameof(AttributeRule.DisallowedValues)), a.DisallowedValues).Append(", ");
            Text(w, a.Description is null ? null : names.Attribute(endUser, a, nameof(AttributeRule.Description)), a.Description).Append(')');
        }

        private static void SupportingDocument(StringBuilder w, PolicyMemberNames names, SupportingDocumentRule document)
        {
            New(w, "SupportingDocumentRule");
            Text(w, names.SupportingDocument(document, nameof(SupportingDocumentRule.Type)), document.Type).Append(", ");
            Int(w, names.SupportingDocument(document, nameof(SupportingDocumentRule.Min)), document.Min).Append(", ");
            Int(w, names.SupportingDocument(document, nameof(SupportingDocumentRule.Max)), document.Max).Append(')');
        }

        private static void ChannelEndpoints(StringBuilder w, PolicyMemberNames names, ChannelEndpointRule endpoints)
        {
            New(w, "ChannelEndpointRule");
            Text(w, names.ChannelEndpoints(nameof(ChannelEndpointRule.Type)), endpoints.Type).Append(", ");
            Bool(w, names.ChannelEndpoints(nameof(ChannelEndpointRule.MustBeOnBusinessProfile)), endpoints.MustBeOnBusinessProfile).Append(", ");
            Strings(w, names.ChannelEndpoints(nameof(ChannelEndpointRule.AllowedCountries)), endpoints.AllowedCountries).Append(", ");
            Bool(w, names.ChannelEndpoints(nameof(ChannelEndpointRule.TollFreeAllowed)), endpoints.TollFreeAllowed).Append(", ");
            Bool(w, names.ChannelEndpoints(nameof(ChannelEndpointRule.AllowedAfterSubmission)), endpoints.AllowedAfterSubmission).Append(')');
        }

        private static void Submission(StringBuilder w, PolicyMemberNames names, SubmissionRule submission)
        {
            New(w, "SubmissionRule");
            Strings(w, names.Submission(nameof(SubmissionRule.ClientSettableStatuses)), submission.ClientSettableStatuses).Append(", ");
            Bool(w, names.Submission(nameof(SubmissionRule.EvaluateBeforeSubmit)), submission.EvaluateBeforeSubmit).Append(')');
        }

        private static StringBuilder New(StringBuilder w, string record) => w.Append("new ").Append(Rules).Append(record).Append('(');

        private static StringBuilder Text(StringBuilder w, string? member, string? value) =>
            w.Append(member ?? (value is null ? "null" : CSharpText.Literal(value)));

        private static StringBuilder Bool(StringBuilder w, string? member, bool value) => w.Append(member ?? (value ? "true" : "false"));

        private static StringBuilder Int(StringBuilder w, string? member, int value) =>
            w.Append(member ?? value.ToString(CultureInfo.InvariantCulture));

        // A named list is the member's elements; a literal one is an array of literals, or Empty.
        private static StringBuilder Strings(StringBuilder w, string? member, EquatableArray<string> values) => member is not null
            ? New(w, "EquatableArray<string>").Append(member).Append(')')
            : Items(w, "string", values, value => w.Append(CSharpText.Literal(value)));

        // EquatableArray<type>.Empty, or new EquatableArray<type>(new[] { item, ... }).
        private static StringBuilder Items<T>(StringBuilder w, string type, EquatableArray<T> items, Action<T> item)
            where T : IEquatable<T>
        {
            var arrayType = "EquatableArray<" + type + ">";
            if (items.IsEmpty) return w.Append(Rules).Append(arrayType).Append(".Empty");
            New(w, arrayType).Append("new[] { ");
            for (var i = 0; i < items.Count; i++)
            {
                if (i > 0) w.Append(", ");
                item(items[i]);
            }
            return w.Append(" })");
        }
    }
}
