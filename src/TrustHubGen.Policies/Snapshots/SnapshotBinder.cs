using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using TrustHubGen.Policies.Json;
using TrustHubGen.Policies.Reading;

namespace TrustHubGen.Policies.Snapshots
{
    /// <summary>Maps a parsed snapshot document onto <see cref="AccountSnapshot"/>, reporting every problem at its token.</summary>
    internal static class SnapshotBinder
    {
        internal const int SupportedVersion = 1;

        private static readonly string[] NumberTypes = { "local", "mobile", "toll-free", "unknown" };

        private static readonly Regex CountryPattern = new Regex("^[A-Z]{2}$", RegexOptions.CultureInvariant);

        private static readonly Regex TimestampPattern = new Regex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,7})?(Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant);

        private static readonly string[] RootProperties = { "$schema", "version", "accountSid", "capturedAt", "numbers", "businessProfiles", "trustProducts" };
        private static readonly string[] NumberProperties = { "sid", "phoneNumber", "friendlyName", "type", "country" };
        private static readonly string[] ProfileProperties = { "sid", "friendlyName", "status", "policySid", "numbers" };
        private static readonly string[] ProductProperties = { "sid", "friendlyName", "status", "policySid", "numbers", "entities" };

        public static AccountSnapshot? Bind(JsonValue root, DiagnosticBag bag)
        {
            if (root.Kind != JsonKind.Object)
            {
                bag.At(root.Offset, InputDiagnosticIds.SnapshotWrongType, "The snapshot file", "one JSON object (see docs/snapshot.md)", JsonValue.Describe(root.Kind));
                return null;
            }

            var view = ObjectView.Root(root, bag, ReaderFormat.Snapshot);
            String(view, "$schema", required: false, allowEmpty: true);
            if (!Version(view))
            {
                // Another version's fields mean other things: reporting them against version 1 would only mislead.
                return null;
            }

            string? account = Sid(view, "accountSid", "AC", "an account SID");
            string? capturedAt = CapturedAt(view);
            List<Bound<SnapshotNumber>> numbers = Items(view, "numbers", Number);
            List<Bound<SnapshotProfile>> profiles = Items(view, "businessProfiles", Profile);
            List<Bound<SnapshotTrustProduct>> products = Items(view, "trustProducts", TrustProduct);
            view.ReportUnknown(RootProperties);

            CrossCheck(bag, DeclaredNumberSids(root), numbers, profiles, products);
            if (account is null || capturedAt is null)
            {
                return null;
            }

            return new AccountSnapshot(
                account,
                capturedAt,
                new EquatableArray<SnapshotProfile>(Items(profiles)),
                new EquatableArray<SnapshotNumber>(Items(numbers)),
                new EquatableArray<SnapshotTrustProduct>(Items(products)));
        }

        /// <summary>Parses an ISO 8601 timestamp with an explicit offset, as <c>capturedAt</c> holds.</summary>
        internal static bool TryParseTimestamp(string? text, out DateTimeOffset value)
        {
            value = default;
            return text is not null
                && TimestampPattern.IsMatch(text)
                && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out value);
        }

        private static bool Version(ObjectView view)
        {
            if (view.Get("version", required: true) is not { } node)
            {
                return false;
            }

            if (node.Kind != JsonKind.Number || node.Text != SupportedVersion.ToString(CultureInfo.InvariantCulture))
            {
                string found = node.Kind == JsonKind.Number ? node.Text : JsonValue.Describe(node.Kind);
                view.ReportAt(node, InputDiagnosticIds.SnapshotUnsupportedVersion, MessageText.Shorten(found), SupportedVersion.ToString(CultureInfo.InvariantCulture));
                return false;
            }

            return true;
        }

        private static string? CapturedAt(ObjectView view)
        {
            if (String(view, "capturedAt", required: true) is not { } node)
            {
                return null;
            }

            if (!TryParseTimestamp(node.Text, out _))
            {
                Invalid(view, node, "capturedAt", "an ISO 8601 date and time with an offset, e.g. \"2026-11-21T19:00:00Z\"");
                return null;
            }

            return node.Text;
        }

        private static List<Bound<T>> Items<T>(ObjectView view, string name, Func<ObjectView, T?> bind)
            where T : class
        {
            var result = new List<Bound<T>>();
            if (view.Get(name, required: true, JsonKind.Array, "an array of objects") is not { } array)
            {
                return result;
            }

            foreach (ObjectView item in view.Objects(array, name))
            {
                if (bind(item) is { } bound)
                {
                    result.Add(new Bound<T>(bound, item.Node));
                }
            }

            return result;
        }

        private static SnapshotNumber? Number(ObjectView view)
        {
            string? sid = Sid(view, "sid", "PN", "a phone number SID");
            JsonValue? phone = String(view, "phoneNumber", required: true);
            if (phone is { } phoneNode && !PhoneNumberFacts.IsE164(phoneNode.Text))
            {
                Invalid(view, phoneNode, "phoneNumber", "it in E.164 form: '+', the country code and the number, no spaces (e.g. \"+12125551234\")");
                phone = null;
            }

            JsonValue? friendlyName = String(view, "friendlyName", required: false, allowEmpty: true);
            JsonValue? type = OneOf(view, "type", NumberTypes);
            JsonValue? country = String(view, "country", required: true, allowEmpty: true);
            if (country is { } countryNode && countryNode.Text.Length != 0 && !CountryPattern.IsMatch(countryNode.Text))
            {
                Invalid(view, countryNode, "country", "an ISO 3166 alpha-2 code in upper case (e.g. \"US\"), or \"\" when not known");
                country = null;
            }

            view.ReportUnknown(NumberProperties);
            if (sid is null || phone is null || type is null || country is null)
            {
                return null;
            }

            CheckConsistency(view, phone.Value.Text, type.Value, country.Value);
            string? name = friendlyName is null || friendlyName.Value.Text.Length == 0 ? null : friendlyName.Value.Text;
            return new SnapshotNumber(sid, phone.Value.Text, name, type.Value.Text, country.Value.Text, view.Node.Tree.Lines.LineOf(view.Node.Offset));
        }

        /// <summary>A hand-edited type or country that contradicts the number would mislead the analyzers (TH1010): warn.</summary>
        private static void CheckConsistency(ObjectView view, string e164, JsonValue type, JsonValue country)
        {
            bool tollFree = PhoneNumberFacts.IsTollFree(e164);
            if (tollFree != (type.Text == "toll-free") && type.Text != "unknown")
            {
                view.ReportAt(type, InputDiagnosticIds.SnapshotInconsistentNumber, "type", view.Context, type.Text,
                    e164 + (tollFree ? " is a toll-free number" : " is not a toll-free number"), tollFree ? "\"toll-free\"" : "\"local\" or \"mobile\"");
            }

            string? expected = PhoneNumberFacts.CountryOf(e164);
            if (expected is not null && country.Text.Length != 0 && country.Text != expected)
            {
                view.ReportAt(country, InputDiagnosticIds.SnapshotInconsistentNumber, "country", view.Context, country.Text,
                    e164 + " is a number from " + expected, "\"" + expected + "\"");
            }
        }

        private static SnapshotProfile? Profile(ObjectView view)
        {
            string? sid = Sid(view, "sid", "BU", "a Business Profile SID");
            JsonValue? name = String(view, "friendlyName", required: true);
            JsonValue? status = String(view, "status", required: true);
            string? policy = Sid(view, "policySid", "RN", "a policy SID");
            EquatableArray<string> numbers = SidArray(view, "numbers", "PN", "a phone number SID");
            view.ReportUnknown(ProfileProperties);
            if (sid is null || name is null || status is null || policy is null)
            {
                return null;
            }

            return new SnapshotProfile(sid, name.Value.Text, status.Value.Text, policy, numbers, view.Node.Tree.Lines.LineOf(view.Node.Offset));
        }

        private static SnapshotTrustProduct? TrustProduct(ObjectView view)
        {
            string? sid = Sid(view, "sid", "BU", "a trust product SID");
            JsonValue? name = String(view, "friendlyName", required: true);
            JsonValue? status = String(view, "status", required: true);
            string? policy = Sid(view, "policySid", "RN", "a policy SID");
            EquatableArray<string> numbers = SidArray(view, "numbers", "PN", "a phone number SID");
            EquatableArray<string> entities = SidArray(view, "entities", null, "a SID");
            view.ReportUnknown(ProductProperties);
            if (sid is null || name is null || status is null || policy is null)
            {
                return null;
            }

            return new SnapshotTrustProduct(sid, name.Value.Text, status.Value.Text, policy, numbers, entities, view.Node.Tree.Lines.LineOf(view.Node.Offset));
        }

        /// <summary>A string property; with <paramref name="allowEmpty"/> false an empty or blank value is an error.</summary>
        private static JsonValue? String(ObjectView view, string name, bool required, bool allowEmpty = false)
        {
            if (view.Get(name, required, JsonKind.String, "a string") is not { } node)
            {
                return null;
            }

            if (!allowEmpty && node.Text.Trim().Length == 0)
            {
                Invalid(view, node, name, "a value");
                return null;
            }

            return node;
        }

        private static JsonValue? OneOf(ObjectView view, string name, string[] allowed)
        {
            JsonValue? node = String(view, name, required: true);
            if (node is { } found && Array.IndexOf(allowed, found.Text) < 0)
            {
                Invalid(view, found, name, "one of " + string.Join(", ", allowed));
                return null;
            }

            return node;
        }

        /// <summary>TH0208: "<c>"name" in numbers[0] is "x"; write …</c>" (an empty value reads "is empty").</summary>
        private static void Invalid(ObjectView view, JsonValue node, string name, string expectation) =>
            view.ReportAt(node, InputDiagnosticIds.SnapshotInvalidValue, ObjectView.Quote(name) + " in " + view.Context,
                node.Text.Trim().Length == 0 ? "empty" : MessageText.Quote(node.Text), expectation);

        /// <summary>A SID property: two letters and 32 hex digits, with the prefix <paramref name="prefix"/>.</summary>
        private static string? Sid(ObjectView view, string name, string prefix, string what)
        {
            JsonValue? node = String(view, name, required: true);
            return node is null ? null : CheckSid(view, node.Value, ObjectView.Quote(name) + " in " + view.Context, prefix, what);
        }

        /// <summary>
        /// A required array of distinct SIDs with <paramref name="prefix"/> (any two upper-case letters when null);
        /// bad entries are reported and left out.
        /// </summary>
        private static EquatableArray<string> SidArray(ObjectView view, string name, string? prefix, string what)
        {
            if (view.Get(name, required: true, JsonKind.Array, "an array of SIDs") is not { } array)
            {
                return EquatableArray<string>.Empty;
            }

            var sids = new List<string>(array.Count);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            int index = 0;
            foreach (JsonValue item in array.Items)
            {
                string where = ObjectView.Quote(name) + "[" + (index++).ToString(CultureInfo.InvariantCulture) + "] in " + view.Context;
                if (!view.Expect(item, JsonKind.String, "a string (a SID)", where) || CheckSid(view, item, where, prefix, what) is not { } sid)
                {
                    continue;
                }

                if (!seen.Add(sid))
                {
                    view.ReportAt(item, InputDiagnosticIds.SnapshotDuplicateEntry, where, sid, "list each SID once.");
                    continue;
                }

                sids.Add(sid);
            }

            return new EquatableArray<string>(sids);
        }

        private static string? CheckSid(ObjectView view, JsonValue node, string where, string? prefix, string what)
        {
            string? problem = SnapshotSids.Check(node.Text, prefix);
            if (problem is null)
            {
                return node.Text;
            }

            view.ReportAt(node, InputDiagnosticIds.SnapshotInvalidSid, where, MessageText.Quote(node.Text), what, problem);
            return null;
        }

        /// <summary>Rules between objects: unique SIDs and phone numbers, and assignments only of numbers the snapshot lists.</summary>
        private static void CrossCheck(DiagnosticBag bag, HashSet<string> declaredNumbers, List<Bound<SnapshotNumber>> numbers, List<Bound<SnapshotProfile>> profiles, List<Bound<SnapshotTrustProduct>> products)
        {
            var numberSids = new HashSet<string>(StringComparer.Ordinal);
            var phoneNumbers = new HashSet<string>(StringComparer.Ordinal);
            foreach (Bound<SnapshotNumber> number in numbers)
            {
                if (!numberSids.Add(number.Item.Sid))
                {
                    bag.At(number.Node.Offset, InputDiagnosticIds.SnapshotDuplicateEntry, "\"numbers\"", "the number " + number.Item.Sid, "list each number once.");
                }
                else if (!phoneNumbers.Add(number.Item.PhoneNumber))
                {
                    bag.At(number.Node.Offset, InputDiagnosticIds.SnapshotDuplicateEntry, "\"numbers\"",
                        "the phone number " + number.Item.PhoneNumber + " (" + number.Item.Sid + ", under another SID)", "an account holds a number once.");
                }
            }

            var bundleSids = new HashSet<string>(StringComparer.Ordinal);
            foreach (Bound<SnapshotProfile> profile in profiles)
            {
                CheckBundle(bag, bundleSids, declaredNumbers, "Business Profile", profile.Item.Sid, profile.Item.NumberSids, profile.Node);
            }

            foreach (Bound<SnapshotTrustProduct> product in products)
            {
                CheckBundle(bag, bundleSids, declaredNumbers, "trust product", product.Item.Sid, product.Item.NumberSids, product.Node);
            }
        }

        private static void CheckBundle(DiagnosticBag bag, HashSet<string> bundleSids, HashSet<string> numberSids, string what, string sid, EquatableArray<string> bundleNumbers, JsonValue node)
        {
            if (!bundleSids.Add(sid))
            {
                bag.At(node.Offset, InputDiagnosticIds.SnapshotDuplicateEntry, "the snapshot", "the bundle " + sid,
                    "Business Profiles and trust products share the BU prefix, not SIDs; list it once.");
            }

            foreach (string number in bundleNumbers)
            {
                if (!numberSids.Contains(number))
                {
                    bag.At(NumberToken(node, number), InputDiagnosticIds.SnapshotUnknownNumber, what, sid, number);
                }
            }
        }

        /// <summary>
        /// The "sid" strings of every object in "numbers", bound or not: a number with a bad field was reported already,
        /// and a profile listing it would only repeat that problem as TH0211.
        /// </summary>
        private static HashSet<string> DeclaredNumberSids(JsonValue root)
        {
            var sids = new HashSet<string>(StringComparer.Ordinal);
            foreach (JsonValue list in root.Items)
            {
                if (list.Name != "numbers")
                {
                    continue;
                }

                foreach (JsonValue item in list.Items)
                {
                    foreach (JsonValue property in item.Items)
                    {
                        if (property.Name == "sid" && property.Kind == JsonKind.String)
                        {
                            sids.Add(property.Text);
                        }
                    }
                }
            }

            return sids;
        }

        /// <summary>The string token <paramref name="sid"/> in the "numbers" array of <paramref name="owner"/>, or the owner itself.</summary>
        private static int NumberToken(JsonValue owner, string sid)
        {
            foreach (JsonValue property in owner.Items)
            {
                if (property.Name != "numbers")
                {
                    continue;
                }

                foreach (JsonValue item in property.Items)
                {
                    if (item.Kind == JsonKind.String && item.Text == sid)
                    {
                        return item.Offset;
                    }
                }
            }

            return owner.Offset;
        }

        private static List<T> Items<T>(List<Bound<T>> bound)
        {
            var items = new List<T>(bound.Count);
            foreach (Bound<T> b in bound)
            {
                items.Add(b.Item);
            }

            return items;
        }

        /// <summary>A bound record with the JSON object it came from, so cross-object problems point at their token.</summary>
        private readonly struct Bound<T>
        {
            public Bound(T item, JsonValue node)
            {
                Item = item;
                Node = node;
            }

            public T Item { get; }

            public JsonValue Node { get; }
        }
    }
}
