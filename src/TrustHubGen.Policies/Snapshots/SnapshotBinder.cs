using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using TrustHubGen.Policies.Reading;

namespace TrustHubGen.Policies.Snapshots
{
    /// <summary>Maps a parsed snapshot document onto <see cref="AccountSnapshot"/>, reporting every problem at its token.</summary>
    internal static class SnapshotBinder
    {
        internal const int SupportedVersion = 1;

        private static readonly string[] NumberTypes = { "local", "mobile", "toll-free", "unknown" };

        private static readonly Regex CountryPattern = new Regex("^[A-Z]{2}$", RegexOptions.CultureInvariant);

        public static AccountSnapshot? Bind(JsonNode root, DiagnosticBag bag)
        {
            if (root.Kind != JsonKind.Object)
            {
                bag.Error(SnapshotDiagnosticIds.WrongType, "A snapshot file holds one JSON object, not " + JsonNode.Describe(root.Kind) + " (see docs/snapshot.md).", root.Line, root.Column);
                return null;
            }

            var view = new SnapshotObjectView(root, "the snapshot", bag);
            view.String("$schema", required: false, allowEmpty: true);
            if (!Version(view))
            {
                // Another version's fields mean other things: reporting them against version 1 would only mislead.
                return null;
            }

            string? account = view.Sid("accountSid", "AC", "an account SID");
            string? capturedAt = CapturedAt(view);
            List<Bound<SnapshotNumber>> numbers = Items(view, "numbers", Number);
            List<Bound<SnapshotProfile>> profiles = Items(view, "businessProfiles", Profile);
            List<Bound<SnapshotTrustProduct>> products = Items(view, "trustProducts", TrustProduct);
            view.ReportUnknown();

            CrossCheck(bag, DeclaredNumberSids(root), numbers, profiles, products);
            if (account is null || capturedAt is null)
            {
                return null;
            }

            return new AccountSnapshot(
                account,
                capturedAt,
                new EquatableArray<SnapshotProfile>(profiles.Select(p => p.Item)),
                new EquatableArray<SnapshotNumber>(numbers.Select(n => n.Item)),
                new EquatableArray<SnapshotTrustProduct>(products.Select(p => p.Item)));
        }

        /// <summary>Parses an ISO 8601 timestamp with an explicit offset, as <c>capturedAt</c> holds.</summary>
        internal static bool TryParseTimestamp(string? text, out DateTimeOffset value)
        {
            value = default;
            return text is not null
                && Regex.IsMatch(text, @"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,7})?(Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)
                && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out value);
        }

        private static bool Version(SnapshotObjectView view)
        {
            JsonProperty? property = view.Get("version", required: true);
            if (property is null)
            {
                return false;
            }

            JsonNode node = property.Value;
            if (node.Kind != JsonKind.Number || node.Text != SupportedVersion.ToString(CultureInfo.InvariantCulture))
            {
                string found = node.Kind == JsonKind.Number ? node.Text : JsonNode.Describe(node.Kind);
                view.ErrorAt(
                    node,
                    SnapshotDiagnosticIds.UnsupportedVersion,
                    "\"version\" is " + MessageText.Shorten(found) + "; this TrustHubGen reads snapshot version " + SupportedVersion.ToString(CultureInfo.InvariantCulture)
                    + ". Capture the snapshot again with this version's `trusthub sync`, or update TrustHubGen.");
                return false;
            }

            return true;
        }

        private static string? CapturedAt(SnapshotObjectView view)
        {
            JsonNode? node = view.String("capturedAt", required: true);
            if (node is null)
            {
                return null;
            }

            if (!TryParseTimestamp(node.Text, out _))
            {
                view.ErrorAt(
                    node,
                    SnapshotDiagnosticIds.InvalidValue,
                    "\"capturedAt\" is " + MessageText.Quote(node.Text) + "; write an ISO 8601 date and time with an offset, e.g. \"2026-11-21T19:00:00Z\".");
                return null;
            }

            return node.Text;
        }

        private static List<Bound<T>> Items<T>(SnapshotObjectView view, string name, Func<SnapshotObjectView, T?> bind)
            where T : class
        {
            var result = new List<Bound<T>>();
            List<JsonNode>? items = view.Array(name, "an array of objects");
            for (int i = 0; items is not null && i < items.Count; i++)
            {
                JsonNode item = items[i];
                string context = name + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                if (item.Kind != JsonKind.Object)
                {
                    view.ErrorAt(item, SnapshotDiagnosticIds.WrongType, context + " must be an object, not " + JsonNode.Describe(item.Kind) + ".");
                    continue;
                }

                T? bound = bind(new SnapshotObjectView(item, context, view.Bag));
                if (bound is not null)
                {
                    result.Add(new Bound<T>(bound, item));
                }
            }

            return result;
        }

        private static SnapshotNumber? Number(SnapshotObjectView view)
        {
            string? sid = view.Sid("sid", "PN", "a phone number SID");
            JsonNode? phone = view.String("phoneNumber", required: true);
            if (phone is not null && !PhoneNumberFacts.IsE164(phone.Text))
            {
                view.ErrorAt(
                    phone,
                    SnapshotDiagnosticIds.InvalidValue,
                    "\"phoneNumber\" in " + view.Context + " is " + MessageText.Quote(phone.Text) + "; write it in E.164 form: '+', the country code and the number, no spaces (e.g. \"+12125551234\").");
                phone = null;
            }

            JsonNode? friendlyName = view.String("friendlyName", required: false, allowEmpty: true);
            JsonNode? type = OneOf(view, "type", NumberTypes);
            JsonNode? country = view.String("country", required: true, allowEmpty: true);
            if (country is not null && country.Text.Length != 0 && !CountryPattern.IsMatch(country.Text))
            {
                view.ErrorAt(
                    country,
                    SnapshotDiagnosticIds.InvalidValue,
                    "\"country\" in " + view.Context + " is " + MessageText.Quote(country.Text) + "; use an ISO 3166 alpha-2 code in upper case (e.g. \"US\"), or \"\" when not known.");
                country = null;
            }

            view.ReportUnknown();
            if (sid is null || phone is null || type is null || country is null)
            {
                return null;
            }

            CheckConsistency(view, phone.Text, type, country);
            string? name = friendlyName is null || friendlyName.Text.Length == 0 ? null : friendlyName.Text;
            return new SnapshotNumber(sid, phone.Text, name, type.Text, country.Text, view.Node.Line);
        }

        /// <summary>A hand-edited type or country that contradicts the number would mislead the analyzers (TH1010): warn.</summary>
        private static void CheckConsistency(SnapshotObjectView view, string e164, JsonNode type, JsonNode country)
        {
            bool tollFree = PhoneNumberFacts.IsTollFree(e164);
            if (tollFree != (type.Text == "toll-free") && type.Text != "unknown")
            {
                view.WarningAt(
                    type,
                    SnapshotDiagnosticIds.InconsistentNumber,
                    "\"type\" in " + view.Context + " is \"" + type.Text + "\", but " + e164 + (tollFree ? " is a toll-free number; write \"toll-free\"." : " is not a toll-free number; write \"local\" or \"mobile\"."));
            }

            string? expected = PhoneNumberFacts.CountryOf(e164);
            if (expected is not null && country.Text.Length != 0 && country.Text != expected)
            {
                view.WarningAt(
                    country,
                    SnapshotDiagnosticIds.InconsistentNumber,
                    "\"country\" in " + view.Context + " is \"" + country.Text + "\", but " + e164 + " is a number from " + expected + "; write \"" + expected + "\".");
            }
        }

        private static SnapshotProfile? Profile(SnapshotObjectView view)
        {
            string? sid = view.Sid("sid", "BU", "a Business Profile SID");
            JsonNode? name = view.String("friendlyName", required: true);
            JsonNode? status = view.String("status", required: true);
            string? policy = view.Sid("policySid", "RN", "a policy SID");
            EquatableArray<string> numbers = view.SidArray("numbers", "PN", "a phone number SID");
            view.ReportUnknown();
            if (sid is null || name is null || status is null || policy is null)
            {
                return null;
            }

            return new SnapshotProfile(sid, name.Text, status.Text, policy, numbers, view.Node.Line);
        }

        private static SnapshotTrustProduct? TrustProduct(SnapshotObjectView view)
        {
            string? sid = view.Sid("sid", "BU", "a trust product SID");
            JsonNode? name = view.String("friendlyName", required: true);
            JsonNode? status = view.String("status", required: true);
            string? policy = view.Sid("policySid", "RN", "a policy SID");
            EquatableArray<string> numbers = view.SidArray("numbers", "PN", "a phone number SID");
            EquatableArray<string> entities = view.SidArray("entities", null, "a SID");
            view.ReportUnknown();
            if (sid is null || name is null || status is null || policy is null)
            {
                return null;
            }

            return new SnapshotTrustProduct(sid, name.Text, status.Text, policy, numbers, entities, view.Node.Line);
        }

        private static JsonNode? OneOf(SnapshotObjectView view, string name, string[] allowed)
        {
            JsonNode? node = view.String(name, required: true);
            if (node is not null && Array.IndexOf(allowed, node.Text) < 0)
            {
                view.ErrorAt(
                    node,
                    SnapshotDiagnosticIds.InvalidValue,
                    "\"" + name + "\" in " + view.Context + " is " + MessageText.Quote(node.Text) + "; use one of " + string.Join(", ", allowed) + ".");
                return null;
            }

            return node;
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
                    Error(bag, number.Node, SnapshotDiagnosticIds.DuplicateEntry, "The number " + number.Item.Sid + " is listed twice in \"numbers\"; list each number once.");
                }
                else if (!phoneNumbers.Add(number.Item.PhoneNumber))
                {
                    Error(bag, number.Node, SnapshotDiagnosticIds.DuplicateEntry, "The phone number " + number.Item.PhoneNumber + " (" + number.Item.Sid + ") is listed twice in \"numbers\" under different SIDs; an account holds a number once.");
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

        private static void CheckBundle(DiagnosticBag bag, HashSet<string> bundleSids, HashSet<string> numberSids, string what, string sid, EquatableArray<string> bundleNumbers, JsonNode node)
        {
            if (!bundleSids.Add(sid))
            {
                Error(bag, node, SnapshotDiagnosticIds.DuplicateEntry, "The bundle " + sid + " is listed twice (Business Profiles and trust products share the BU prefix, not SIDs); list it once.");
            }

            foreach (string number in bundleNumbers)
            {
                if (!numberSids.Contains(number))
                {
                    Error(
                        bag,
                        NumberToken(node, number),
                        SnapshotDiagnosticIds.UnknownNumber,
                        "The " + what + " " + sid + " lists the number " + number + ", which is not in the snapshot's \"numbers\"; add it there or capture the snapshot again.");
                }
            }
        }

        /// <summary>
        /// The "sid" strings of every object in "numbers", bound or not: a number with a bad field was reported already,
        /// and a profile listing it would only repeat that problem as TH0211.
        /// </summary>
        private static HashSet<string> DeclaredNumberSids(JsonNode root)
        {
            var sids = new HashSet<string>(StringComparer.Ordinal);
            foreach (JsonProperty list in root.Properties)
            {
                if (list.Name != "numbers")
                {
                    continue;
                }

                foreach (JsonNode item in list.Value.Items)
                {
                    foreach (JsonProperty property in item.Properties)
                    {
                        if (property.Name == "sid" && property.Value.Kind == JsonKind.String)
                        {
                            sids.Add(property.Value.Text);
                        }
                    }
                }
            }

            return sids;
        }

        private static void Error(DiagnosticBag bag, JsonNode node, string id, string message) => bag.Error(id, message, node.Line, node.Column);

        /// <summary>The string token <paramref name="sid"/> in the "numbers" array of <paramref name="owner"/>, or the owner itself.</summary>
        private static JsonNode NumberToken(JsonNode owner, string sid)
        {
            foreach (JsonProperty property in owner.Properties)
            {
                if (property.Name != "numbers")
                {
                    continue;
                }

                foreach (JsonNode item in property.Value.Items)
                {
                    if (item.Kind == JsonKind.String && item.Text == sid)
                    {
                        return item;
                    }
                }
            }

            return owner;
        }

        /// <summary>A bound record with the JSON object it came from, so cross-object problems point at their token.</summary>
        private sealed class Bound<T>
        {
            public Bound(T item, JsonNode node)
            {
                Item = item;
                Node = node;
            }

            public T Item { get; }

            public JsonNode Node { get; }
        }
    }
}
