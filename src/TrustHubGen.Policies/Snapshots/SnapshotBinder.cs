using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using TrustHubGen.Policies.Json;
using TrustHubGen.Policies.Reading;

namespace TrustHubGen.Policies.Snapshots
{
    /// <summary>
    /// Maps a snapshot document onto <see cref="AccountSnapshot"/>, reporting every problem at its token. The document is
    /// parsed shallow (<see cref="JsonTree.ForEachChild"/>): the lists are read one object at a time into one small tree,
    /// so reading costs the model, not a node per JSON value.
    /// </summary>
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

        public static BoundSnapshot? Bind(JsonValue root, DiagnosticBag bag)
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
            // The declared number SIDs, each mapped to itself: the bundles' lists then share the numbers' strings.
            var declared = new Dictionary<string, string>(StringComparer.Ordinal);
            var countries = new Dictionary<string, string>(StringComparer.Ordinal);
            List<Bound<SnapshotNumber>> numbers = Items(view, "numbers", item =>
            {
                AddSids(item.Node, declared);
                return Number(item, countries);
            }, out int streamed);
            List<Bound<SnapshotProfile>> profiles = Items(view, "businessProfiles", item => Profile(item, declared), out _);
            List<Bound<SnapshotTrustProduct>> products = Items(view, "trustProducts", item => TrustProduct(item, declared), out _);
            view.ReportUnknown(RootProperties);

            AddOtherDeclaredNumberSids(root, streamed, declared);
            CrossCheck(bag, root.Tree, declared, numbers, profiles, products);
            if (account is null || capturedAt is null)
            {
                return null;
            }

            var snapshot = new AccountSnapshot(
                account,
                capturedAt,
                new EquatableArray<SnapshotProfile>(Items(profiles)),
                new EquatableArray<SnapshotNumber>(Items(numbers)),
                new EquatableArray<SnapshotTrustProduct>(Items(products)));
            var (line, column) = root.Tree.Lines.Position(view.Get("capturedAt", required: true)!.Value.NameOffset);
            return new BoundSnapshot(snapshot, line, column);
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

        /// <summary>
        /// Binds the objects of the array <paramref name="name"/>, one at a time; <paramref name="streamed"/> is the
        /// array's offset (-1 when it is missing or not an array). One object's problems are reported together.
        /// </summary>
        private static List<Bound<T>> Items<T>(ObjectView view, string name, Func<ObjectView, T?> bind, out int streamed)
            where T : class
        {
            var result = new List<Bound<T>>();
            streamed = -1;
            if (view.Get(name, required: true, JsonKind.Array, "an array of objects") is not { } array)
            {
                return result;
            }

            streamed = array.Offset;
            int index = 0;
            array.Tree.ForEachChild(array, item =>
            {
                if (view.ObjectItem(item, name, index++) is { } itemView && bind(itemView) is { } bound)
                {
                    result.Add(new Bound<T>(bound, item.Offset));
                }
            });
            return result;
        }

        private static SnapshotNumber? Number(ObjectView view, Dictionary<string, string> countries)
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

            // A few distinct types and countries for 100,000 numbers: the model keeps one string of each.
            string typeText = NumberTypes[Array.IndexOf(NumberTypes, type.Value.Text)];
            if (!countries.TryGetValue(country.Value.Text, out string? countryText))
            {
                countries.Add(country.Value.Text, countryText = country.Value.Text);
            }

            return new SnapshotNumber(sid, phone.Value.Text, name, typeText, countryText, view.Node.Tree.Lines.LineOf(view.Node.Offset));
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

        private static SnapshotProfile? Profile(ObjectView view, Dictionary<string, string> numberSids)
        {
            string? sid = Sid(view, "sid", "BU", "a Business Profile SID");
            JsonValue? name = String(view, "friendlyName", required: true);
            JsonValue? status = String(view, "status", required: true);
            string? policy = Sid(view, "policySid", "RN", "a policy SID");
            EquatableArray<string> numbers = SidArray(view, "numbers", "PN", "a phone number SID", numberSids);
            view.ReportUnknown(ProfileProperties);
            if (sid is null || name is null || status is null || policy is null)
            {
                return null;
            }

            return new SnapshotProfile(sid, name.Value.Text, status.Value.Text, policy, numbers, view.Node.Tree.Lines.LineOf(view.Node.Offset));
        }

        private static SnapshotTrustProduct? TrustProduct(ObjectView view, Dictionary<string, string> numberSids)
        {
            string? sid = Sid(view, "sid", "BU", "a trust product SID");
            JsonValue? name = String(view, "friendlyName", required: true);
            JsonValue? status = String(view, "status", required: true);
            string? policy = Sid(view, "policySid", "RN", "a policy SID");
            EquatableArray<string> numbers = SidArray(view, "numbers", "PN", "a phone number SID", numberSids);
            EquatableArray<string> entities = SidArray(view, "entities", null, "a SID", null);
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
            return node is null ? null : CheckSid(view, node.Value, name, -1, prefix, what);
        }

        /// <summary>
        /// A required array of distinct SIDs with <paramref name="prefix"/> (any two upper-case letters when null);
        /// bad entries are reported and left out. A SID found in <paramref name="canonical"/> (the numbers' SIDs) is kept as
        /// that string, so the model holds each number's SID once.
        /// </summary>
        private static EquatableArray<string> SidArray(ObjectView view, string name, string? prefix, string what, Dictionary<string, string>? canonical)
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
                int at = index++;
                if (item.Kind != JsonKind.String)
                {
                    view.Expect(item, JsonKind.String, "a string (a SID)", Where(view, name, at));
                    continue;
                }

                if (CheckSid(view, item, name, at, prefix, what) is not { } sid)
                {
                    continue;
                }

                if (!seen.Add(sid))
                {
                    view.ReportAt(item, InputDiagnosticIds.SnapshotDuplicateEntry, Where(view, name, at), sid, "list each SID once.");
                    continue;
                }

                sids.Add(canonical is not null && canonical.TryGetValue(sid, out string? same) ? same : sid);
            }

            return new EquatableArray<string>(sids);
        }

        /// <summary>The SID in <paramref name="node"/>, or null after reporting it; <paramref name="index"/> is its place in the array <paramref name="name"/>, or -1 for a property.</summary>
        private static string? CheckSid(ObjectView view, JsonValue node, string name, int index, string? prefix, string what)
        {
            string? problem = SnapshotSids.Check(node.Text, prefix);
            if (problem is null)
            {
                return node.Text;
            }

            view.ReportAt(node, InputDiagnosticIds.SnapshotInvalidSid, Where(view, name, index), MessageText.Quote(node.Text), what, problem);
            return null;
        }

        /// <summary>How messages name a property (<c>"sid" in numbers[3]</c>) or an item of an array property (<c>"numbers"[0] in businessProfiles[1]</c>); built only for a message.</summary>
        private static string Where(ObjectView view, string name, int index) =>
            ObjectView.Quote(name) + (index < 0 ? string.Empty : "[" + index.ToString(CultureInfo.InvariantCulture) + "]") + " in " + view.Context;

        /// <summary>Rules between objects: unique SIDs and phone numbers, and assignments only of numbers the snapshot lists.</summary>
        private static void CrossCheck(DiagnosticBag bag, JsonTree document, Dictionary<string, string> declaredNumbers, List<Bound<SnapshotNumber>> numbers, List<Bound<SnapshotProfile>> profiles, List<Bound<SnapshotTrustProduct>> products)
        {
            var numberSids = new HashSet<string>(StringComparer.Ordinal);
            var phoneNumbers = new HashSet<string>(StringComparer.Ordinal);
            foreach (Bound<SnapshotNumber> number in numbers)
            {
                if (!numberSids.Add(number.Item.Sid))
                {
                    bag.At(number.Offset, InputDiagnosticIds.SnapshotDuplicateEntry, "\"numbers\"", "the number " + number.Item.Sid, "list each number once.");
                }
                else if (!phoneNumbers.Add(number.Item.PhoneNumber))
                {
                    bag.At(number.Offset, InputDiagnosticIds.SnapshotDuplicateEntry, "\"numbers\"",
                        "the phone number " + number.Item.PhoneNumber + " (" + number.Item.Sid + ", under another SID)", "an account holds a number once.");
                }
            }

            var bundleSids = new HashSet<string>(StringComparer.Ordinal);
            foreach (Bound<SnapshotProfile> profile in profiles)
            {
                CheckBundle(bag, document, bundleSids, declaredNumbers, "Business Profile", profile.Item.Sid, profile.Item.NumberSids, profile.Offset);
            }

            foreach (Bound<SnapshotTrustProduct> product in products)
            {
                CheckBundle(bag, document, bundleSids, declaredNumbers, "trust product", product.Item.Sid, product.Item.NumberSids, product.Offset);
            }
        }

        private static void CheckBundle(DiagnosticBag bag, JsonTree document, HashSet<string> bundleSids, Dictionary<string, string> numberSids, string what, string sid, EquatableArray<string> bundleNumbers, int offset)
        {
            if (!bundleSids.Add(sid))
            {
                bag.At(offset, InputDiagnosticIds.SnapshotDuplicateEntry, "the snapshot", "the bundle " + sid,
                    "Business Profiles and trust products share the BU prefix, not SIDs; list it once.");
            }

            foreach (string number in bundleNumbers)
            {
                if (!numberSids.ContainsKey(number))
                {
                    bag.At(NumberToken(document.ValueAt(offset), number), InputDiagnosticIds.SnapshotUnknownNumber, what, sid, number);
                }
            }
        }

        /// <summary>
        /// The declared numbers are the "sid" strings of every object in "numbers", bound or not: a number with a bad field
        /// was reported already, and a profile listing it would only repeat that problem as TH0211. The list that was
        /// bound gave its SIDs while it was read (<see cref="AddSids"/>); this adds those of any other "numbers" property.
        /// </summary>
        private static void AddOtherDeclaredNumberSids(JsonValue root, int streamed, Dictionary<string, string> sids)
        {
            foreach (JsonValue list in root.Items)
            {
                if (list.Name == "numbers" && list.Offset != streamed)
                {
                    root.Tree.ForEachChild(list, item => AddSids(item, sids));
                }
            }
        }

        private static void AddSids(JsonValue item, Dictionary<string, string> sids)
        {
            foreach (JsonValue property in item.Items)
            {
                if (property.Name == "sid" && property.Kind == JsonKind.String)
                {
                    sids[property.Text] = property.Text;
                }
            }
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

        /// <summary>A bound record with where its JSON object starts, so cross-object problems point at their token.</summary>
        private readonly struct Bound<T>
        {
            public Bound(T item, int offset)
            {
                Item = item;
                Offset = offset;
            }

            public T Item { get; }

            public int Offset { get; }
        }
    }

    /// <summary>A snapshot with where its "capturedAt" property name is (0-based), for the generator's stale warning.</summary>
    internal sealed record BoundSnapshot(AccountSnapshot Snapshot, int CapturedAtLine, int CapturedAtColumn);
}
