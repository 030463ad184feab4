using System.Text.Json;

namespace TrustHubGen.Runtime.Snapshots;

/// <summary>Reflection-free readers for the fields a snapshot keeps; every other field (e-mail, URLs, dates) is skipped.</summary>
internal static class SnapshotJsonReaders
{
    public static ListedBundle Bundle(ref Utf8JsonReader reader)
    {
        TwilioJson.ExpectStartObject(ref reader, "bundle");
        string? sid = null, name = null, status = null, policy = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var property = reader.GetString();
            reader.Read();
            switch (property)
            {
                case "sid": sid = TwilioJson.ReadString(ref reader); break;
                case "friendly_name": name = TwilioJson.ReadString(ref reader); break;
                case "status": status = TwilioJson.ReadString(ref reader); break;
                case "policy_sid": policy = TwilioJson.ReadString(ref reader); break;
                default: reader.Skip(); break;
            }
        }
        return new ListedBundle(Required(sid, "sid", "bundle"), name ?? "", status ?? "", Required(policy, "policy_sid", "bundle"));
    }

    public static ListedNumber Number(ref Utf8JsonReader reader)
    {
        TwilioJson.ExpectStartObject(ref reader, "incoming phone number");
        string? sid = null, number = null, name = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var property = reader.GetString();
            reader.Read();
            switch (property)
            {
                case "sid": sid = TwilioJson.ReadString(ref reader); break;
                case "phone_number": number = TwilioJson.ReadString(ref reader); break;
                case "friendly_name": name = TwilioJson.ReadString(ref reader); break;
                default: reader.Skip(); break;
            }
        }
        return new ListedNumber(Required(sid, "sid", "incoming phone number"), Required(number, "phone_number", "incoming phone number"), name);
    }

    /// <summary>The <c>channel_endpoint_sid</c> of a channel-endpoint assignment.</summary>
    public static string ChannelEndpointSid(ref Utf8JsonReader reader) => ReadOne(ref reader, "channel_endpoint_sid", "channel endpoint assignment");

    /// <summary>The <c>object_sid</c> of an entity assignment.</summary>
    public static string ObjectSid(ref Utf8JsonReader reader) => ReadOne(ref reader, "object_sid", "entity assignment");

    private static string ReadOne(ref Utf8JsonReader reader, string field, string typeName)
    {
        TwilioJson.ExpectStartObject(ref reader, typeName);
        string? value = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var property = reader.GetString();
            reader.Read();
            if (property == field) value = TwilioJson.ReadString(ref reader);
            else reader.Skip();
        }
        return Required(value, field, typeName);
    }

    private static string Required(string? value, string field, string typeName) =>
        string.IsNullOrEmpty(value) ? throw new JsonException($"The {typeName} in Twilio's answer has no \"{field}\".") : value;
}
