using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using TrustHubGen.Policies.Json;
using TrustHubGen.Policies.Naming;

namespace TrustHubGen.Policies.Reading
{
    /// <summary>Maps a parsed policy document onto <see cref="PolicyDefinition"/>, reporting every rule of the format it breaks.</summary>
    internal sealed class PolicyBinder
    {
        internal const string TrustProductKind = "trust-product";
        internal const string CustomerProfileKind = "customer-profile";
        internal const string PhoneNumberEndpointType = ChannelEndpointRule.PhoneNumberType;

        // \z, not $: in .NET, $ also matches before a final newline, and "RN…\n" is not a SID.
        private static readonly Regex SidPattern = new Regex("^RN[0-9a-fA-F]{32}\\z", RegexOptions.CultureInvariant);
        private static readonly Regex NamePattern = new Regex("^[A-Z][A-Za-z0-9]*\\z", RegexOptions.CultureInvariant);
        private static readonly Regex CountryPattern = new Regex("^[A-Z]{2}\\z", RegexOptions.CultureInvariant);
        private static readonly string[] Confidences = { "high", "medium" };
        private static readonly string[] ClientStatuses = { "draft", "pending-review" };
        private static readonly string[] BundleStatuses = { "draft", "pending-review", "in-review", "twilio-approved", "twilio-rejected" };

        private static readonly string[] PolicyProperties =
        {
            "$schema", "sid", "name", "friendlyName", "kind", "confidence", "source", "businessProfile", "endUsers", "supportingDocuments",
            "channelEndpoints", "submission",
        };

        private static readonly string[] BusinessProfileProperties = { "required", "acceptedPolicySids", "requiredStatus", "requiredRegistrationIdentifiers" };
        private static readonly string[] EndUserProperties = { "type", "min", "max", "attributes" };
        private static readonly string[] AttributeProperties = { "name", "required", "maxLength", "pattern", "patternDescription", "allowedValues", "disallowedValues", "description" };
        private static readonly string[] DocumentProperties = { "type", "min", "max" };
        private static readonly string[] ChannelEndpointProperties = { "type", "mustBeOnBusinessProfile", "allowedCountries", "tollFreeAllowed", "allowedAfterSubmission" };
        private static readonly string[] SubmissionProperties = { "clientSettableStatuses", "evaluateBeforeSubmit" };

        private readonly DiagnosticBag _bag;
        private readonly int _budget;
        private long _totalCharacters;
        private (string Context, int Offset, long Characters) _largestList;

        private PolicyBinder(DiagnosticBag bag, int budget)
        {
            _bag = bag;
            _budget = budget;
        }

        /// <summary>What a string field reaches in generated code, which sets how long it may be and what it may hold.</summary>
        internal enum Text
        {
            /// <summary>A value its own pattern or list validates (SIDs, kinds, statuses): only emptiness is checked here.</summary>
            Checked,

            /// <summary>A wire name that names a generated class (end-user type, attribute name): 64 characters.</summary>
            Name,

            /// <summary>A value that becomes a string literal (SIDs, statuses, list entries, patterns): 1,000 characters.</summary>
            Value,

            /// <summary>A one-line text for literals and doc comments (friendly name, pattern description): 200 characters.</summary>
            Line,

            /// <summary>A text for doc comments that may span lines (description, source): 2,000 characters, tabs and line breaks allowed.</summary>
            Paragraph,
        }

        /// <summary>The longest a string of each <see cref="Text"/> may be, in UTF-16 code units (documented in specs/policies/README.md, "Limits").</summary>
        internal static int Limit(Text text) => text switch
        {
            Text.Name => 64,
            Text.Line => 200,
            Text.Paragraph => 2000,
            _ => 1000,
        };


        /// <param name="root">The document's root value.</param>
        /// <param name="bag">Where problems go.</param>
        /// <param name="budget">The most characters the policy's strings may hold in all (generated code carries them); <see cref="int.MaxValue"/> for no limit.</param>
        public static PolicyDefinition? Bind(JsonValue root, DiagnosticBag bag, int budget)
        {
            if (root.Kind != JsonKind.Object)
            {
                bag.At(root.Offset, InputDiagnosticIds.PolicyWrongType, "The policy file", "one JSON object", JsonValue.Describe(root.Kind));
                return null;
            }

            return new PolicyBinder(bag, budget).Policy(ObjectView.Root(root, bag, ReaderFormat.Policy));
        }

        private PolicyDefinition? Policy(ObjectView policy)
        {
            policy.Get("$schema", required: false);
            string? sid = Sid(policy, "sid");
            string? name = Name(policy);
            string? friendlyName = String(policy, "friendlyName", required: true, Text.Line);
            BundleKind? kind = Kind(policy);
            string? confidence = OneOf(policy, "confidence", required: true, Confidences, "one of \"high\", \"medium\"");
            string? source = String(policy, "source", required: true, Text.Paragraph);
            BusinessProfileRule? businessProfile = BusinessProfile(policy);
            EquatableArray<EndUserRule> endUsers = EndUsers(policy);
            EquatableArray<SupportingDocumentRule> documents = SupportingDocuments(policy);
            ChannelEndpointRule? channelEndpoints = ChannelEndpoints(policy);
            SubmissionRule? submission = Submission(policy);
            policy.ReportUnknown(PolicyProperties);
            CheckNumbersHaveAProfile(policy, businessProfile, channelEndpoints);
            CheckBudget();

            if (_bag.HasErrors || sid is null || name is null || friendlyName is null || kind is null || confidence is null || source is null || submission is null)
            {
                return null;
            }

            return new PolicyDefinition(sid, name, friendlyName, kind.Value, confidence, source, businessProfile, endUsers, documents, channelEndpoints, submission);
        }

        private string? Sid(ObjectView view, string property)
        {
            JsonValue? value = StringValue(view, property, required: true, Text.Checked);
            if (value is { } node && !SidPattern.IsMatch(node.Text))
            {
                view.ReportAt(node, InputDiagnosticIds.PolicyInvalidSid, property, view.Context, MessageText.Quote(node.Text), Count(node.Text.Length));
                return null;
            }

            return value?.Text;
        }

        private string? Name(ObjectView view)
        {
            JsonValue? value = StringValue(view, "name", required: true, Text.Checked);
            if (value is not { } node)
            {
                return null;
            }

            if (!NamePattern.IsMatch(node.Text))
            {
                view.ReportAt(node, InputDiagnosticIds.PolicyInvalidName, MessageText.Quote(node.Text));
                return null;
            }

            if (!CheckText(view, node, "\"name\" in " + view.Context, Text.Name))
            {
                return null;
            }

            int reserved = Array.IndexOf(CatalogNames.ReservedPolicyNames, node.Text);
            if (reserved >= 0)
            {
                view.ReportAt(node, InputDiagnosticIds.PolicyReservedName, MessageText.Quote(node.Text), reserved < 2 ? "itself" : "a member of every policy class");
                return null;
            }

            return node.Text;
        }

        private BundleKind? Kind(ObjectView view)
        {
            JsonValue? value = StringValue(view, "kind", required: true, Text.Checked);
            switch (value?.Text)
            {
                case null:
                    return null;
                case TrustProductKind:
                    return BundleKind.TrustProduct;
                case CustomerProfileKind:
                    return BundleKind.CustomerProfile;
                default:
                    view.ReportAt(value.Value, InputDiagnosticIds.PolicyUnknownBundleKind, MessageText.Quote(value.Value.Text));
                    return null;
            }
        }

        private string? OneOf(ObjectView view, string property, bool required, string[] allowed, string expectation)
        {
            JsonValue? value = StringValue(view, property, required, Text.Checked);
            if (value is { } node && Array.IndexOf(allowed, node.Text) < 0)
            {
                view.ReportAt(node, InputDiagnosticIds.PolicyValueNotAllowed, property, view.Context, MessageText.Quote(node.Text), expectation);
                return null;
            }

            return value?.Text;
        }

        private BusinessProfileRule? BusinessProfile(ObjectView policy)
        {
            ObjectView? view = Object(policy, "businessProfile", required: false);
            if (view is null)
            {
                return null;
            }

            bool? required = Boolean(view, "required", required: true);
            EquatableArray<string> accepted = Strings(view, "acceptedPolicySids", required: true, (item, where) =>
            {
                if (SidPattern.IsMatch(item.Text))
                {
                    return true;
                }

                view.ReportAt(item, InputDiagnosticIds.PolicyInvalidSid, "acceptedPolicySids", view.Context, MessageText.Quote(item.Text), Count(item.Text.Length));
                return false;
            });
            string? status = OneOf(view, "requiredStatus", required: true, BundleStatuses, "one of \"" + string.Join("\", \"", BundleStatuses) + "\"");
            EquatableArray<string> identifiers = Strings(view, "requiredRegistrationIdentifiers", required: false, validate: null);
            view.ReportUnknown(BusinessProfileProperties);
            return required is null || status is null ? null : new BusinessProfileRule(required.Value, accepted, status, identifiers);
        }

        private EquatableArray<EndUserRule> EndUsers(ObjectView policy)
        {
            var rules = new List<EndUserRule>();
            var types = new HashSet<string>(StringComparer.Ordinal);
            var classes = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (ObjectView view in ObjectArray(policy, "endUsers"))
            {
                string? type = UniqueKey(view, "type", types);
                if (type is not null && !UniqueGeneratedName(view, "type", type, CatalogNames.EndUserClass(type), classes))
                {
                    type = null;
                }

                (int Min, int Max)? range = Range(view);
                EquatableArray<AttributeRule> attributes = Attributes(view, type);
                view.ReportUnknown(EndUserProperties);
                if (type is not null && range is not null)
                {
                    rules.Add(new EndUserRule(type, range.Value.Min, range.Value.Max, attributes));
                }
            }

            return new EquatableArray<EndUserRule>(rules);
        }

        private EquatableArray<AttributeRule> Attributes(ObjectView endUser, string? endUserType)
        {
            var rules = new List<AttributeRule>();
            var names = new HashSet<string>(StringComparer.Ordinal);
            var classes = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (ObjectView view in ObjectArray(endUser, "attributes"))
            {
                string? name = UniqueKey(view, "name", names);
                if (name is not null && endUserType is not null && !UniqueGeneratedName(view, "name", name, CatalogNames.AttributeClass(endUserType, name), classes))
                {
                    name = null;
                }

                bool? required = Boolean(view, "required", required: true);
                int? maxLength = Integer(view, "maxLength", required: false, minimum: 1);
                string? pattern = Pattern(view);
                string? patternDescription = String(view, "patternDescription", required: pattern is not null, Text.Line);
                EquatableArray<string> allowed = Strings(view, "allowedValues", required: false, validate: null);
                EquatableArray<string> disallowed = Strings(view, "disallowedValues", required: false, validate: null);
                string? description = String(view, "description", required: false, Text.Paragraph);
                view.ReportUnknown(AttributeProperties);
                if (name is not null && required is not null)
                {
                    rules.Add(new AttributeRule(name, required.Value, maxLength, pattern, patternDescription, allowed, disallowed, description));
                }
            }

            return new EquatableArray<AttributeRule>(rules);
        }

        private string? Pattern(ObjectView view)
        {
            JsonValue? value = StringValue(view, "pattern", required: false, Text.Value);
            if (value is not { } node)
            {
                return null;
            }

            try
            {
                _ = new Regex(node.Text, RegexOptions.CultureInvariant);
                return node.Text;
            }
            catch (ArgumentException ex)
            {
                view.ReportAt(node, InputDiagnosticIds.PolicyInvalidPattern, view.Context, ex.Message);
                return null;
            }
        }

        private EquatableArray<SupportingDocumentRule> SupportingDocuments(ObjectView policy)
        {
            var rules = new List<SupportingDocumentRule>();
            var types = new HashSet<string>(StringComparer.Ordinal);
            foreach (ObjectView view in ObjectArray(policy, "supportingDocuments"))
            {
                string? type = UniqueKey(view, "type", types);
                (int Min, int Max)? range = Range(view);
                view.ReportUnknown(DocumentProperties);
                if (type is not null && range is not null)
                {
                    rules.Add(new SupportingDocumentRule(type, range.Value.Min, range.Value.Max));
                }
            }

            return new EquatableArray<SupportingDocumentRule>(rules);
        }

        private ChannelEndpointRule? ChannelEndpoints(ObjectView policy)
        {
            ObjectView? view = Object(policy, "channelEndpoints", required: false);
            if (view is null)
            {
                return null;
            }

            JsonValue? type = StringValue(view, "type", required: true, Text.Value);
            if (type is { } typeNode && typeNode.Text != PhoneNumberEndpointType)
            {
                view.ReportAt(typeNode, InputDiagnosticIds.PolicyUndocumentedChannelEndpointType, view.Context, MessageText.Quote(typeNode.Text));
            }

            bool? mustBeOnProfile = Boolean(view, "mustBeOnBusinessProfile", required: true);
            EquatableArray<string> countries = Strings(view, "allowedCountries", required: true, (item, where) =>
            {
                if (CountryPattern.IsMatch(item.Text))
                {
                    return true;
                }

                view.ReportAt(item, InputDiagnosticIds.PolicyValueNotAllowed, "allowedCountries", view.Context, MessageText.Quote(item.Text),
                    "an ISO 3166 alpha-2 code in upper case, e.g. \"US\" or \"CA\"");
                return false;
            });
            bool? tollFree = Boolean(view, "tollFreeAllowed", required: true);
            bool? afterSubmission = Boolean(view, "allowedAfterSubmission", required: true);
            view.ReportUnknown(ChannelEndpointProperties);
            if (type is null || mustBeOnProfile is null || tollFree is null || afterSubmission is null)
            {
                return null;
            }

            return new ChannelEndpointRule(type.Value.Text, mustBeOnProfile.Value, countries, tollFree.Value, afterSubmission.Value);
        }

        /// <summary>A number can only be "already on the Business Profile" when the bundle has one.</summary>
        private void CheckNumbersHaveAProfile(ObjectView policy, BusinessProfileRule? businessProfile, ChannelEndpointRule? channelEndpoints)
        {
            // A businessProfile that failed to bind was reported already; only a declared absence contradicts.
            JsonValue? declared = First(policy.Node, "businessProfile");
            bool declaredAbsent = declared is null || declared.Value.Kind == JsonKind.Null;
            if (channelEndpoints is { MustBeOnBusinessProfile: true } && (declaredAbsent || businessProfile is { Required: false }))
            {
                JsonValue at = First(policy.Node, "channelEndpoints") is { } endpoints ? First(endpoints, "mustBeOnBusinessProfile") ?? endpoints : policy.Node;
                _bag.At(at.Offset, InputDiagnosticIds.PolicyContradictoryRules);
            }
        }

        /// <summary>Generated code carries every string of the policy; past the budget, the largest list is the one to shorten.</summary>
        private void CheckBudget()
        {
            if (_totalCharacters > _budget)
            {
                _bag.At(_largestList.Offset, InputDiagnosticIds.PolicyTooLargeForGeneratedCode,
                    Count(_totalCharacters), Count(_budget), _largestList.Context ?? "a string", Count(_largestList.Characters));
            }
        }

        /// <summary>The value of the first property named <paramref name="name"/> (the one the binder used), or null.</summary>
        private static JsonValue? First(JsonValue node, string name)
        {
            foreach (JsonValue property in node.Items)
            {
                if (property.Name == name)
                {
                    return property;
                }
            }

            return null;
        }

        private SubmissionRule? Submission(ObjectView policy)
        {
            ObjectView? view = Object(policy, "submission", required: true);
            if (view is null)
            {
                return null;
            }

            EquatableArray<string> statuses = Strings(view, "clientSettableStatuses", required: true, (item, where) =>
            {
                if (Array.IndexOf(ClientStatuses, item.Text) >= 0)
                {
                    return true;
                }

                view.ReportAt(item, InputDiagnosticIds.PolicyValueNotAllowed, "clientSettableStatuses", view.Context, MessageText.Quote(item.Text),
                    "one of \"draft\", \"pending-review\". Twilio sets the other statuses");
                return false;
            });
            bool? evaluate = Boolean(view, "evaluateBeforeSubmit", required: true);
            view.ReportUnknown(SubmissionProperties);
            return evaluate is null ? null : new SubmissionRule(statuses, evaluate.Value);
        }

        private string? UniqueKey(ObjectView view, string property, HashSet<string> seen)
        {
            JsonValue? value = StringValue(view, property, required: true, Text.Name);
            if (value is { } node && !seen.Add(node.Text))
            {
                view.ReportAt(node, InputDiagnosticIds.PolicyDuplicateEntry, view.Context, property + " " + MessageText.Quote(node.Text));
                return null;
            }

            return value?.Text;
        }

        /// <summary>Two wire names that differ only in punctuation or case name one generated class (CS0102): refuse the second.</summary>
        private static bool UniqueGeneratedName(ObjectView view, string property, string value, string generated, Dictionary<string, string> seen)
        {
            if (seen.TryGetValue(generated, out string? earlier))
            {
                view.ReportAt(view.Get(property, required: true)!.Value, InputDiagnosticIds.PolicyGeneratedNameCollision,
                    view.Context + "." + property, MessageText.Quote(value), generated, MessageText.Quote(earlier));
                return false;
            }

            seen.Add(generated, value);
            return true;
        }

        private (int Min, int Max)? Range(ObjectView view)
        {
            int? min = Integer(view, "min", required: true, minimum: 0);
            int? max = Integer(view, "max", required: true, minimum: 0);
            if (min is null || max is null)
            {
                return null;
            }

            if (max < min)
            {
                view.ReportAt(view.Get("max", required: true)!.Value, InputDiagnosticIds.PolicyInvalidRange, view.Context, Count(max.Value), Count(min.Value));
                return null;
            }

            return (min.Value, max.Value);
        }

        private ObjectView? Object(ObjectView view, string name, bool required) =>
            view.Get(name, required, JsonKind.Object, "an object") is { } node ? view.Child(node, name) : null;

        private List<ObjectView> ObjectArray(ObjectView view, string name) =>
            view.Get(name, required: false, JsonKind.Array, "an array of objects") is { } node ? view.Objects(node, name) : new List<ObjectView>();

        private static bool? Boolean(ObjectView view, string name, bool required) =>
            view.Get(name, required, JsonKind.Boolean, "true or false") is { } node ? node.Text == "true" : null;

        /// <summary>Reads a whole number in [<paramref name="minimum"/>, 1,000,000]; larger counts or lengths make no sense for a policy.</summary>
        private static int? Integer(ObjectView view, string name, bool required, int minimum)
        {
            const int Maximum = 1000000;
            if (view.Get(name, required, JsonKind.Number, "a whole number") is not { } node)
            {
                return null;
            }

            bool parsed = double.TryParse(node.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value);
            if (!parsed || value != Math.Floor(value) || value < minimum || value > Maximum)
            {
                view.ReportAt(node, InputDiagnosticIds.PolicyInvalidNumber, name, view.Context, MessageText.Shorten(node.Text), Count(minimum), Count(Maximum));
                return null;
            }

            return (int)value;
        }

        private string? String(ObjectView view, string name, bool required, Text text) => StringValue(view, name, required, text)?.Text;

        /// <summary>A string property with content, within its length and free of characters it cannot carry.</summary>
        private JsonValue? StringValue(ObjectView view, string name, bool required, Text text)
        {
            if (view.Get(name, required, JsonKind.String, "a string") is not { } node)
            {
                return null;
            }

            string where = ObjectView.Quote(name) + " in " + view.Context;
            return CheckText(view, node, where, text) ? node : null;
        }

        private bool CheckText(ObjectView view, JsonValue node, string where, Text text)
        {
            string value = node.Text;
            if (value.Trim().Length == 0)
            {
                view.ReportAt(node, InputDiagnosticIds.PolicyEmptyValue, where);
                return false;
            }

            if (text == Text.Checked)
            {
                // Validated by its own rule (a SID, a status): short when valid, so not counted towards the budget.
                return true;
            }

            int max = Limit(text);
            if (value.Length > max)
            {
                view.ReportAt(node, InputDiagnosticIds.PolicyValueTooLong, where, Count(value.Length), Count(max));
                return false;
            }

            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (char.IsControl(c) && !(text == Text.Paragraph && (c == '\t' || c == '\n' || c == '\r')))
                {
                    view.ReportAt(node, InputDiagnosticIds.PolicyControlCharacter, where, ((int)c).ToString("X4", CultureInfo.InvariantCulture), Count(i + 1));
                    return false;
                }
            }

            // Only strings that reach generated code count towards its budget; a refused one was reported already.
            _totalCharacters += value.Length;
            return true;
        }

        /// <summary>Reads an array of non-empty, distinct strings, each checked by <paramref name="validate"/> (which reports what it refuses).</summary>
        private EquatableArray<string> Strings(ObjectView view, string property, bool required, Func<JsonValue, string, bool>? validate)
        {
            return Strings(view, property, required, validate, validate is null ? Text.Value : Text.Checked);
        }

        private EquatableArray<string> Strings(ObjectView view, string property, bool required, Func<JsonValue, string, bool>? validate, Text text)
        {
            if (view.Get(property, required, JsonKind.Array, "an array of strings") is not { } array)
            {
                return EquatableArray<string>.Empty;
            }

            var values = new List<string>(array.Count);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            long before = _totalCharacters;
            bool ok = true;
            int index = 0;
            foreach (JsonValue item in array.Items)
            {
                string where = ObjectView.Quote(property) + "[" + Count(index++) + "] in " + view.Context;
                if (!view.Expect(item, JsonKind.String, "a string", where) || !CheckText(view, item, where, text))
                {
                    ok = false;
                }
                else if (!seen.Add(item.Text))
                {
                    view.ReportAt(item, InputDiagnosticIds.PolicyDuplicateEntry, where, MessageText.Quote(item.Text));
                    ok = false;
                }
                else if (validate is null || validate(item, where))
                {
                    values.Add(item.Text);
                }
            }

            long characters = _totalCharacters - before;
            if (characters > _largestList.Characters)
            {
                _largestList = (ObjectView.Quote(property) + " in " + view.Context, array.Offset, characters);
            }

            return ok ? new EquatableArray<string>(values) : EquatableArray<string>.Empty;
        }

        private static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
