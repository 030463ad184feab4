using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;

namespace TrustHubGen.Policies.Reading
{
    /// <summary>Maps a parsed policy document onto <see cref="PolicyDefinition"/>, reporting every rule of the format it breaks.</summary>
    internal static class PolicyBinder
    {
        internal const string TrustProductKind = "trust-product";
        internal const string CustomerProfileKind = "customer-profile";
        internal const string PhoneNumberEndpointType = "phone-number";

        // \z, not $: in .NET, $ also matches before a final newline, and "RN…\n" is not a SID.
        private static readonly Regex SidPattern = new Regex("^RN[0-9a-fA-F]{32}\\z", RegexOptions.CultureInvariant);
        private static readonly Regex NamePattern = new Regex("^[A-Z][A-Za-z0-9]*\\z", RegexOptions.CultureInvariant);
        private static readonly Regex CountryPattern = new Regex("^[A-Z]{2}\\z", RegexOptions.CultureInvariant);
        private static readonly string[] Confidences = { "high", "medium" };
        private static readonly string[] ClientStatuses = { "draft", "pending-review" };
        private static readonly string[] BundleStatuses = { "draft", "pending-review", "in-review", "twilio-approved", "twilio-rejected" };

        public static PolicyDefinition? Bind(JsonNode root, DiagnosticBag bag)
        {
            if (root.Kind != JsonKind.Object)
            {
                bag.Error(
                    PolicyDiagnosticIds.WrongType,
                    "A policy file must hold one JSON object, not " + JsonNode.Describe(root.Kind) + ".",
                    root.Line,
                    root.Column);
                return null;
            }

            var policy = new ObjectView(root, "the policy", bag);
            policy.Get("$schema", required: false);
            string? sid = Sid(policy, "sid");
            string? name = Name(policy);
            string? friendlyName = policy.String("friendlyName", required: true);
            BundleKind? kind = Kind(policy);
            string? confidence = OneOf(policy, "confidence", required: true, Confidences);
            string? source = policy.String("source", required: true);
            BusinessProfileRule? businessProfile = BusinessProfile(policy);
            EquatableArray<EndUserRule> endUsers = EndUsers(policy);
            EquatableArray<SupportingDocumentRule> documents = SupportingDocuments(policy);
            ChannelEndpointRule? channelEndpoints = ChannelEndpoints(policy);
            SubmissionRule? submission = Submission(policy);
            policy.ReportUnknown();
            CheckNumbersHaveAProfile(policy, businessProfile, channelEndpoints);

            if (bag.HasErrors || sid is null || name is null || friendlyName is null || kind is null || confidence is null || source is null || submission is null)
            {
                return null;
            }

            return new PolicyDefinition(sid, name, friendlyName, kind.Value, confidence, source, businessProfile, endUsers, documents, channelEndpoints, submission);
        }

        private static string? Sid(ObjectView view, string property)
        {
            string? sid = view.String(property, required: true);
            if (sid is not null && !SidPattern.IsMatch(sid))
            {
                view.ErrorAt(view.Get(property, required: true)!.Value, PolicyDiagnosticIds.InvalidPolicySid, SidMessage(view.Context, property, sid));
                return null;
            }

            return sid;
        }

        private static string SidMessage(string context, string property, string sid)
        {
            return "\"" + property + "\" in " + context + " is " + MessageText.Quote(sid) + ", which is not a policy SID: it must be \"RN\" followed by 32 hex digits (34 characters, e.g. RNf3db3cd1fe25fcfd3c3ded065c8fea53)"
                + (sid.Length != 34 ? "; this one has " + sid.Length.ToString(CultureInfo.InvariantCulture) + " characters." : ".");
        }

        private static string? Name(ObjectView view)
        {
            string? name = view.String("name", required: true);
            if (name is not null && !NamePattern.IsMatch(name))
            {
                view.ErrorAt(
                    view.Get("name", required: true)!.Value,
                    PolicyDiagnosticIds.InvalidName,
                    "\"name\" is " + MessageText.Quote(name) + "; it names generated types, so it must start with an upper-case letter and hold only ASCII letters and digits (e.g. \"Cnam\", \"ShakenStir\").");
                return null;
            }

            return name;
        }

        private static BundleKind? Kind(ObjectView view)
        {
            string? kind = view.String("kind", required: true);
            switch (kind)
            {
                case null:
                    return null;
                case TrustProductKind:
                    return BundleKind.TrustProduct;
                case CustomerProfileKind:
                    return BundleKind.CustomerProfile;
                default:
                    view.ErrorAt(
                        view.Get("kind", required: true)!.Value,
                        PolicyDiagnosticIds.UnknownBundleKind,
                        "\"kind\" is " + MessageText.Quote(kind) + ", which is not a bundle kind; use \"" + TrustProductKind + "\" or \"" + CustomerProfileKind + "\".");
                    return null;
            }
        }

        private static string? OneOf(ObjectView view, string property, bool required, string[] allowed)
        {
            string? value = view.String(property, required);
            if (value is not null && Array.IndexOf(allowed, value) < 0)
            {
                view.ErrorAt(view.Get(property, required)!.Value, PolicyDiagnosticIds.ValueNotAllowed, NotAllowed(property, view.Context, value, allowed));
                return null;
            }

            return value;
        }

        private static string NotAllowed(string property, string context, string value, string[] allowed)
        {
            return "\"" + property + "\" in " + context + " is " + MessageText.Quote(value) + "; it must be one of \"" + string.Join("\", \"", allowed) + "\".";
        }

        private static BusinessProfileRule? BusinessProfile(ObjectView policy)
        {
            ObjectView? view = policy.Object("businessProfile", required: false);
            if (view is null)
            {
                return null;
            }

            bool? required = view.Boolean("required", required: true);
            EquatableArray<string> accepted = Strings(view, "acceptedPolicySids", required: true, item =>
                SidPattern.IsMatch(item.Text) ? null : (PolicyDiagnosticIds.InvalidPolicySid, SidMessage(view.Context, "acceptedPolicySids", item.Text)));
            string? status = OneOf(view, "requiredStatus", required: true, BundleStatuses);
            EquatableArray<string> identifiers = Strings(view, "requiredRegistrationIdentifiers", required: false, validate: null);
            view.ReportUnknown();
            return required is null || status is null ? null : new BusinessProfileRule(required.Value, accepted, status, identifiers);
        }

        private static EquatableArray<EndUserRule> EndUsers(ObjectView policy)
        {
            List<ObjectView>? views = policy.ObjectArray("endUsers", required: false);
            var rules = new List<EndUserRule>();
            var types = new HashSet<string>(StringComparer.Ordinal);
            foreach (ObjectView view in views ?? new List<ObjectView>())
            {
                string? type = UniqueKey(view, "type", types);
                (int Min, int Max)? range = Range(view);
                EquatableArray<AttributeRule> attributes = Attributes(view);
                view.ReportUnknown();
                if (type is not null && range is not null)
                {
                    rules.Add(new EndUserRule(type, range.Value.Min, range.Value.Max, attributes));
                }
            }

            return new EquatableArray<EndUserRule>(rules);
        }

        private static EquatableArray<AttributeRule> Attributes(ObjectView endUser)
        {
            List<ObjectView>? views = endUser.ObjectArray("attributes", required: false);
            var rules = new List<AttributeRule>();
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (ObjectView view in views ?? new List<ObjectView>())
            {
                string? name = UniqueKey(view, "name", names);
                bool? required = view.Boolean("required", required: true);
                int? maxLength = view.Integer("maxLength", required: false, minimum: 1);
                string? pattern = Pattern(view);
                string? patternDescription = view.String("patternDescription", required: pattern is not null);
                EquatableArray<string> allowed = Strings(view, "allowedValues", required: false, validate: null);
                EquatableArray<string> disallowed = Strings(view, "disallowedValues", required: false, validate: null);
                string? description = view.String("description", required: false);
                view.ReportUnknown();
                if (name is not null && required is not null)
                {
                    rules.Add(new AttributeRule(name, required.Value, maxLength, pattern, patternDescription, allowed, disallowed, description));
                }
            }

            return new EquatableArray<AttributeRule>(rules);
        }

        private static string? Pattern(ObjectView view)
        {
            string? pattern = view.String("pattern", required: false);
            if (pattern is null)
            {
                return null;
            }

            try
            {
                _ = new Regex(pattern, RegexOptions.CultureInvariant);
                return pattern;
            }
            catch (ArgumentException ex)
            {
                view.ErrorAt(
                    view.Get("pattern", required: false)!.Value,
                    PolicyDiagnosticIds.InvalidPattern,
                    "\"pattern\" in " + view.Context + " is not a valid .NET regular expression: " + ex.Message);
                return null;
            }
        }

        private static EquatableArray<SupportingDocumentRule> SupportingDocuments(ObjectView policy)
        {
            List<ObjectView>? views = policy.ObjectArray("supportingDocuments", required: false);
            var rules = new List<SupportingDocumentRule>();
            var types = new HashSet<string>(StringComparer.Ordinal);
            foreach (ObjectView view in views ?? new List<ObjectView>())
            {
                string? type = UniqueKey(view, "type", types);
                (int Min, int Max)? range = Range(view);
                view.ReportUnknown();
                if (type is not null && range is not null)
                {
                    rules.Add(new SupportingDocumentRule(type, range.Value.Min, range.Value.Max));
                }
            }

            return new EquatableArray<SupportingDocumentRule>(rules);
        }

        private static ChannelEndpointRule? ChannelEndpoints(ObjectView policy)
        {
            ObjectView? view = policy.Object("channelEndpoints", required: false);
            if (view is null)
            {
                return null;
            }

            string? type = view.String("type", required: true);
            if (type is not null && type != PhoneNumberEndpointType)
            {
                JsonNode node = view.Get("type", required: true)!.Value;
                view.Bag.Warning(
                    PolicyDiagnosticIds.UndocumentedChannelEndpointType,
                    "\"type\" in " + view.Context + " is " + MessageText.Quote(type) + "; \"" + PhoneNumberEndpointType + "\" is the only documented ChannelEndpointType, and Twilio rejects others at run time.",
                    node.Line,
                    node.Column);
            }

            bool? mustBeOnProfile = view.Boolean("mustBeOnBusinessProfile", required: true);
            EquatableArray<string> countries = Strings(view, "allowedCountries", required: true, item =>
                CountryPattern.IsMatch(item.Text)
                    ? null
                    : (PolicyDiagnosticIds.ValueNotAllowed, "\"allowedCountries\" in " + view.Context + " holds " + MessageText.Quote(item.Text) + "; use ISO 3166 alpha-2 codes in upper case, e.g. \"US\" or \"CA\"."));
            bool? tollFree = view.Boolean("tollFreeAllowed", required: true);
            bool? afterSubmission = view.Boolean("allowedAfterSubmission", required: true);
            view.ReportUnknown();
            if (type is null || mustBeOnProfile is null || tollFree is null || afterSubmission is null)
            {
                return null;
            }

            return new ChannelEndpointRule(type, mustBeOnProfile.Value, countries, tollFree.Value, afterSubmission.Value);
        }

        /// <summary>A number can only be "already on the Business Profile" when the bundle has one.</summary>
        private static void CheckNumbersHaveAProfile(ObjectView policy, BusinessProfileRule? businessProfile, ChannelEndpointRule? channelEndpoints)
        {
            // A businessProfile that failed to bind was reported already; only a declared absence contradicts.
            JsonNode declared = FirstProperty(policy.Node, "businessProfile");
            bool declaredAbsent = ReferenceEquals(declared, policy.Node) || declared.Kind == JsonKind.Null;
            if (channelEndpoints is { MustBeOnBusinessProfile: true } && (declaredAbsent || businessProfile is { Required: false }))
            {
                JsonNode node = FirstProperty(FirstProperty(policy.Node, "channelEndpoints"), "mustBeOnBusinessProfile");
                policy.Bag.Error(
                    PolicyDiagnosticIds.ContradictoryRules,
                    "channelEndpoints.mustBeOnBusinessProfile is true, but the policy does not require a Business Profile; add \"businessProfile\" with \"required\": true, or set mustBeOnBusinessProfile to false.",
                    node.Line,
                    node.Column);
            }
        }

        /// <summary>The value of the first property named <paramref name="name"/> (the one the binder used); the object itself when absent.</summary>
        private static JsonNode FirstProperty(JsonNode node, string name)
        {
            foreach (JsonProperty property in node.Properties)
            {
                if (property.Name == name)
                {
                    return property.Value;
                }
            }

            return node;
        }

        private static SubmissionRule? Submission(ObjectView policy)
        {
            ObjectView? view = policy.Object("submission", required: true);
            if (view is null)
            {
                return null;
            }

            EquatableArray<string> statuses = Strings(view, "clientSettableStatuses", required: true, item =>
                Array.IndexOf(ClientStatuses, item.Text) >= 0
                    ? null
                    : (PolicyDiagnosticIds.ValueNotAllowed, NotAllowed("clientSettableStatuses", view.Context, item.Text, ClientStatuses) + " Twilio sets the other statuses."));
            bool? evaluate = view.Boolean("evaluateBeforeSubmit", required: true);
            view.ReportUnknown();
            return evaluate is null ? null : new SubmissionRule(statuses, evaluate.Value);
        }

        private static string? UniqueKey(ObjectView view, string property, HashSet<string> seen)
        {
            string? value = view.String(property, required: true);
            if (value is not null && !seen.Add(value))
            {
                view.ErrorAt(
                    view.Get(property, required: true)!.Value,
                    PolicyDiagnosticIds.DuplicateEntry,
                    view.Context + " repeats " + property + " " + MessageText.Quote(value) + "; describe each " + property + " once.");
                return null;
            }

            return value;
        }

        private static (int Min, int Max)? Range(ObjectView view)
        {
            int? min = view.Integer("min", required: true, minimum: 0);
            int? max = view.Integer("max", required: true, minimum: 0);
            if (min is null || max is null)
            {
                return null;
            }

            if (max < min)
            {
                view.ErrorAt(
                    view.Get("max", required: true)!.Value,
                    PolicyDiagnosticIds.InvalidRange,
                    "\"max\" in " + view.Context + " is " + max.Value.ToString(CultureInfo.InvariantCulture) + ", less than \"min\" ("
                    + min.Value.ToString(CultureInfo.InvariantCulture) + "); max must be at least min.");
                return null;
            }

            return (min.Value, max.Value);
        }

        private static EquatableArray<string> Strings(ObjectView view, string property, bool required, Func<JsonNode, (string Id, string Message)?>? validate)
        {
            List<JsonNode>? items = view.StringArray(property, required);
            if (items is null)
            {
                return EquatableArray<string>.Empty;
            }

            var values = new List<string>(items.Count);
            foreach (JsonNode item in items)
            {
                (string Id, string Message)? problem = validate?.Invoke(item);
                if (problem is not null)
                {
                    view.ErrorAt(item, problem.Value.Id, problem.Value.Message);
                    continue;
                }

                values.Add(item.Text);
            }

            return new EquatableArray<string>(values);
        }
    }
}
