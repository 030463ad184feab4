using System.Text.Json;
using TrustHubGen.Emulator.State;

namespace TrustHubGen.Emulator.Wire;

/// <summary>API 2010 Accounts and IncomingPhoneNumbers: RFC 2822 dates and URIs relative to the host, as the spec shows.</summary>
internal static class Api2010Json
{
    private static readonly string[] AccountSubresources =
    [
        "addresses", "applications", "authorized_connect_apps", "available_phone_numbers", "balance", "calls", "conferences",
        "connect_apps", "incoming_phone_numbers", "keys", "messages", "notifications", "outgoing_caller_ids", "queues",
        "recordings", "signing_keys", "sip", "transcriptions", "usage",
    ];

    public static void Account(Utf8JsonWriter w, AccountState a)
    {
        var uri = $"/2010-04-01/Accounts/{a.Sid}";
        w.WriteStartObject();
        w.WriteString("auth_token", a.AuthToken);
        w.WriteString("date_created", WireDates.Rfc2822(a.DateCreated));
        w.WriteString("date_updated", WireDates.Rfc2822(a.DateUpdated));
        w.WriteString("friendly_name", a.FriendlyName);
        w.WriteString("owner_account_sid", a.OwnerAccountSid);
        w.WriteString("sid", a.Sid);
        w.WriteString("status", a.Status);
        w.WriteStartObject("subresource_uris");
        foreach (var name in AccountSubresources)
        {
            var segment = name switch
            {
                "incoming_phone_numbers" => "IncomingPhoneNumbers",
                "available_phone_numbers" => "AvailablePhoneNumbers",
                "outgoing_caller_ids" => "OutgoingCallerIds",
                "authorized_connect_apps" => "AuthorizedConnectApps",
                "connect_apps" => "ConnectApps",
                "signing_keys" => "SigningKeys",
                "sip" => "SIP",
                _ => char.ToUpperInvariant(name[0]) + name[1..],
            };
            w.WriteString(name, $"{uri}/{segment}.json");
        }

        w.WriteEndObject();
        w.WriteString("type", "Full");
        w.WriteString("uri", uri + ".json");
        w.WriteEndObject();
    }

    public static void IncomingPhoneNumber(Utf8JsonWriter w, PhoneNumber n)
    {
        var uri = $"/2010-04-01/Accounts/{n.AccountSid}/IncomingPhoneNumbers/{n.Sid}";
        var created = WireDates.Rfc2822(n.DateCreated);
        w.WriteStartObject();
        w.WriteString("account_sid", n.AccountSid);
        w.WriteString("address_requirements", "none");
        w.WriteNull("address_sid");
        w.WriteString("api_version", "2010-04-01");
        w.WriteBoolean("beta", false);
        w.WriteStartObject("capabilities");
        w.WriteBoolean("voice", true);
        w.WriteBoolean("sms", true);
        w.WriteBoolean("mms", true);
        w.WriteBoolean("fax", false);
        w.WriteEndObject();
        w.WriteString("date_created", created);
        w.WriteString("date_updated", created);
        w.WriteString("emergency_status", "Inactive");
        w.WriteNull("emergency_address_sid");
        w.WriteString("emergency_address_status", "unregistered");
        w.WriteString("friendly_name", n.FriendlyName);
        w.WriteNull("identity_sid");
        w.WriteString("origin", "twilio");
        w.WriteString("phone_number", n.E164);
        w.WriteString("sid", n.Sid);
        w.WriteNull("sms_application_sid");
        w.WriteString("sms_fallback_method", "POST");
        w.WriteNull("sms_fallback_url");
        w.WriteString("sms_method", "POST");
        w.WriteNull("sms_url");
        w.WriteNull("status_callback");
        w.WriteString("status_callback_method", "POST");
        w.WriteNull("trunk_sid");
        w.WriteString("uri", uri + ".json");
        w.WriteNull("voice_application_sid");
        w.WriteBoolean("voice_caller_id_lookup", false);
        w.WriteString("voice_fallback_method", "POST");
        w.WriteNull("voice_fallback_url");
        w.WriteString("voice_method", "POST");
        w.WriteNull("voice_url");
        w.WriteString("voice_receive_mode", "voice");
        w.WriteString("status", "in-use");
        w.WriteNull("bundle_sid");
        w.WriteStartObject("subresource_uris");
        w.WriteString("assigned_add_ons", uri + "/AssignedAddOns.json");
        w.WriteEndObject();
        w.WriteEndObject();
    }

    public static void Address(Utf8JsonWriter w, Address a)
    {
        var created = WireDates.Rfc2822(a.DateCreated);
        w.WriteStartObject();
        w.WriteString("account_sid", a.AccountSid);
        w.WriteString("city", a.City);
        w.WriteString("customer_name", a.CustomerName);
        w.WriteString("date_created", created);
        w.WriteString("date_updated", created);
        w.WriteString("friendly_name", a.FriendlyName);
        w.WriteString("iso_country", a.IsoCountry);
        w.WriteString("postal_code", a.PostalCode);
        w.WriteString("region", a.Region);
        w.WriteString("sid", a.Sid);
        w.WriteString("street", a.Street);
        Paging.WriteNullable(w, "street_secondary", a.StreetSecondary);
        w.WriteString("uri", $"/2010-04-01/Accounts/{a.AccountSid}/Addresses/{a.Sid}.json");
        w.WriteBoolean("emergency_enabled", a.EmergencyEnabled);
        w.WriteBoolean("validated", false);
        w.WriteBoolean("verified", false);
        w.WriteEndObject();
    }
}
