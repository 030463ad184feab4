using System.Text.Json;
using TrustHubGen.Emulator.Wire;

namespace TrustHubGen.Emulator.State;

/// <summary>
/// The JSON form of the whole state, used both by <c>--state FILE</c> and as the seed-file format.
/// Seed files may leave out SIDs and dates (generated on load), and may name a channel endpoint by
/// <c>phone_number</c> instead of <c>channel_endpoint_sid</c>. Loaded content is trusted: rules are not re-checked.
/// </summary>
internal static class StateFile
{
    public const string Format = "trusthubgen-emulator-state/1";

    public static void Write(EmulatorState state, Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteString("format", Format);
        w.WriteStartArray("accounts");
        foreach (var sid in state.AccountOrder)
        {
            var a = state.Accounts[sid];
            lock (a.Gate)
            {
                WriteAccount(w, a);
            }
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteAccount(Utf8JsonWriter w, AccountState a)
    {
        w.WriteStartObject();
        w.WriteString("sid", a.Sid);
        w.WriteString("auth_token", a.AuthToken);
        w.WriteString("friendly_name", a.FriendlyName);
        w.WriteString("owner_account_sid", a.OwnerAccountSid);
        w.WriteString("date_created", WireDates.Iso(a.DateCreated));
        w.WriteStartArray("incoming_phone_numbers");
        foreach (var n in a.Numbers.Values)
        {
            w.WriteStartObject();
            w.WriteString("sid", n.Sid);
            w.WriteString("phone_number", n.E164);
            w.WriteString("friendly_name", n.FriendlyName);
            w.WriteString("date_created", WireDates.Iso(n.DateCreated));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("end_users");
        foreach (var e in a.EndUsers.Values)
        {
            WriteObject(w, e.Sid, e.Type, e.FriendlyName, e.AttributesJson, null, e.DateCreated, e.DateUpdated);
        }

        w.WriteEndArray();
        w.WriteStartArray("addresses");
        foreach (var ad in a.Addresses.Values)
        {
            w.WriteStartObject();
            w.WriteString("sid", ad.Sid);
            w.WriteString("friendly_name", ad.FriendlyName);
            w.WriteString("customer_name", ad.CustomerName);
            w.WriteString("street", ad.Street);
            Paging.WriteNullable(w, "street_secondary", ad.StreetSecondary);
            w.WriteString("city", ad.City);
            w.WriteString("region", ad.Region);
            w.WriteString("postal_code", ad.PostalCode);
            w.WriteString("iso_country", ad.IsoCountry);
            w.WriteBoolean("emergency_enabled", ad.EmergencyEnabled);
            w.WriteString("date_created", WireDates.Iso(ad.DateCreated));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("supporting_documents");
        foreach (var d in a.Documents.Values)
        {
            WriteObject(w, d.Sid, d.Type, d.FriendlyName, d.AttributesJson, d.Status, d.DateCreated, d.DateUpdated);
        }

        w.WriteEndArray();
        WriteBundles(w, "customer_profiles", a.CustomerProfiles.Values);
        WriteBundles(w, "trust_products", a.TrustProducts.Values);
        w.WriteEndObject();
    }

    private static void WriteObject(Utf8JsonWriter w, string sid, string type, string friendlyName, string attributes, string? status, DateTimeOffset created, DateTimeOffset updated)
    {
        w.WriteStartObject();
        w.WriteString("sid", sid);
        w.WriteString("type", type);
        w.WriteString("friendly_name", friendlyName);
        w.WritePropertyName("attributes");
        w.WriteRawValue(attributes, skipInputValidation: true);
        if (status is not null)
        {
            w.WriteString("status", status);
        }

        w.WriteString("date_created", WireDates.Iso(created));
        w.WriteString("date_updated", WireDates.Iso(updated));
        w.WriteEndObject();
    }

    private static void WriteBundles(Utf8JsonWriter w, string name, IEnumerable<Bundle> bundles)
    {
        w.WriteStartArray(name);
        foreach (var b in bundles)
        {
            w.WriteStartObject();
            w.WriteString("sid", b.Sid);
            w.WriteString("policy_sid", b.PolicySid);
            w.WriteString("friendly_name", b.FriendlyName);
            w.WriteString("email", b.Email);
            w.WriteString("status", b.Status);
            Paging.WriteNullable(w, "status_callback", b.StatusCallback);
            w.WriteStartArray("errors");
            foreach (var code in b.Errors)
            {
                w.WriteNumberValue(code);
            }

            w.WriteEndArray();
            Paging.WriteNullable(w, "valid_until", b.ValidUntil is { } until ? WireDates.Iso(until) : null);
            w.WriteString("date_created", WireDates.Iso(b.DateCreated));
            w.WriteString("date_updated", WireDates.Iso(b.DateUpdated));
            w.WriteStartArray("entity_assignments");
            foreach (var e in b.Entities.Values)
            {
                w.WriteStartObject();
                w.WriteString("sid", e.Sid);
                w.WriteString("object_sid", e.ObjectSid);
                w.WriteString("date_created", WireDates.Iso(e.DateCreated));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("channel_endpoint_assignments");
            foreach (var c in b.Channels.Values)
            {
                w.WriteStartObject();
                w.WriteString("sid", c.Sid);
                w.WriteString("channel_endpoint_type", c.ChannelEndpointType);
                w.WriteString("channel_endpoint_sid", c.ChannelEndpointSid);
                w.WriteString("date_created", WireDates.Iso(c.DateCreated));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("evaluations");
            foreach (var e in b.Evaluations.Values)
            {
                w.WriteStartObject();
                w.WriteString("sid", e.Sid);
                w.WriteString("policy_sid", e.PolicySid);
                w.WriteString("status", e.Status);
                w.WritePropertyName("results");
                w.WriteRawValue(e.ResultsJson, skipInputValidation: true);
                w.WriteString("date_created", WireDates.Iso(e.DateCreated));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
