using System.Text.Json;
using TrustHubGen.Emulator.State;

namespace TrustHubGen.Emulator.Wire;

/// <summary>Trust Hub v1 resources as the official spec's schemas and examples shape them.</summary>
internal static class ResourceJson
{
    public static string CollectionOf(BundleType type) => type == BundleType.CustomerProfile ? "CustomerProfiles" : "TrustProducts";

    public static string BundleUrl(string baseUrl, Bundle bundle) => $"{baseUrl}/v1/{CollectionOf(bundle.Type)}/{bundle.Sid}";

    public static void Bundle(Utf8JsonWriter w, string baseUrl, Bundle b)
    {
        var url = BundleUrl(baseUrl, b);
        var prefix = b.Type == BundleType.CustomerProfile ? "customer_profiles" : "trust_products";
        w.WriteStartObject();
        w.WriteString("sid", b.Sid);
        w.WriteString("account_sid", b.AccountSid);
        w.WriteString("policy_sid", b.PolicySid);
        w.WriteString("friendly_name", b.FriendlyName);
        w.WriteString("status", b.Status);
        Paging.WriteNullable(w, "valid_until", b.ValidUntil is { } until ? WireDates.Iso(until) : null);
        w.WriteString("email", b.Email);
        Paging.WriteNullable(w, "status_callback", b.StatusCallback);
        w.WriteString("date_created", WireDates.Iso(b.DateCreated));
        w.WriteString("date_updated", WireDates.Iso(b.DateUpdated));
        w.WriteString("url", url);
        w.WriteStartObject("links");
        w.WriteString($"{prefix}_entity_assignments", url + "/EntityAssignments");
        w.WriteString($"{prefix}_evaluations", url + "/Evaluations");
        w.WriteString($"{prefix}_channel_endpoint_assignment", url + "/ChannelEndpointAssignments");
        w.WriteEndObject();
        if (b.Errors.Count == 0)
        {
            w.WriteNull("errors");
        }
        else
        {
            w.WriteStartArray("errors");
            foreach (var code in b.Errors)
            {
                w.WriteStartObject();
                w.WriteNumber("code", code);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private static string OwnerField(BundleType type) => type == BundleType.CustomerProfile ? "customer_profile_sid" : "trust_product_sid";

    public static void EntityAssignment(Utf8JsonWriter w, string baseUrl, BundleType type, EntityAssignment a)
    {
        w.WriteStartObject();
        w.WriteString("sid", a.Sid);
        w.WriteString(OwnerField(type), a.BundleSid);
        w.WriteString("account_sid", a.AccountSid);
        w.WriteString("object_sid", a.ObjectSid);
        w.WriteString("date_created", WireDates.Iso(a.DateCreated));
        w.WriteString("url", $"{baseUrl}/v1/{CollectionOf(type)}/{a.BundleSid}/EntityAssignments/{a.Sid}");
        w.WriteEndObject();
    }

    public static void ChannelAssignment(Utf8JsonWriter w, string baseUrl, BundleType type, ChannelAssignment a)
    {
        w.WriteStartObject();
        w.WriteString("sid", a.Sid);
        w.WriteString(OwnerField(type), a.BundleSid);
        w.WriteString("account_sid", a.AccountSid);
        w.WriteString("channel_endpoint_type", a.ChannelEndpointType);
        w.WriteString("channel_endpoint_sid", a.ChannelEndpointSid);
        w.WriteString("date_created", WireDates.Iso(a.DateCreated));
        w.WriteString("url", $"{baseUrl}/v1/{CollectionOf(type)}/{a.BundleSid}/ChannelEndpointAssignments/{a.Sid}");
        w.WriteEndObject();
    }

    public static void Evaluation(Utf8JsonWriter w, string baseUrl, BundleType type, Evaluation e)
    {
        w.WriteStartObject();
        w.WriteString("sid", e.Sid);
        w.WriteString("account_sid", e.AccountSid);
        w.WriteString("policy_sid", e.PolicySid);
        w.WriteString(OwnerField(type), e.BundleSid);
        w.WriteString("status", e.Status);
        w.WritePropertyName("results");
        w.WriteRawValue(e.ResultsJson, skipInputValidation: true);
        w.WriteString("date_created", WireDates.Iso(e.DateCreated));
        w.WriteString("url", $"{baseUrl}/v1/{CollectionOf(type)}/{e.BundleSid}/Evaluations/{e.Sid}");
        w.WriteEndObject();
    }

    public static void EndUser(Utf8JsonWriter w, string baseUrl, EndUser e)
    {
        w.WriteStartObject();
        w.WriteString("sid", e.Sid);
        w.WriteString("account_sid", e.AccountSid);
        w.WriteString("friendly_name", e.FriendlyName);
        w.WriteString("type", e.Type);
        w.WritePropertyName("attributes");
        w.WriteRawValue(e.AttributesJson, skipInputValidation: true);
        w.WriteString("date_created", WireDates.Iso(e.DateCreated));
        w.WriteString("date_updated", WireDates.Iso(e.DateUpdated));
        w.WriteString("url", $"{baseUrl}/v1/EndUsers/{e.Sid}");
        w.WriteEndObject();
    }

    public static void Document(Utf8JsonWriter w, string baseUrl, SupportingDocument d)
    {
        w.WriteStartObject();
        w.WriteString("sid", d.Sid);
        w.WriteString("account_sid", d.AccountSid);
        w.WriteString("friendly_name", d.FriendlyName);
        w.WriteNull("mime_type");
        w.WriteString("status", d.Status);
        w.WriteString("type", d.Type);
        w.WritePropertyName("attributes");
        w.WriteRawValue(d.AttributesJson, skipInputValidation: true);
        w.WriteString("date_created", WireDates.Iso(d.DateCreated));
        w.WriteString("date_updated", WireDates.Iso(d.DateUpdated));
        w.WriteString("url", $"{baseUrl}/v1/SupportingDocuments/{d.Sid}");
        w.WriteEndObject();
    }
}
