using System.Text.Json;

namespace TrustHubGen.Runtime.Snapshots;

/// <summary>
/// The incoming-number reader the snapshot needs (with the friendly name, which the engine's reader skips); bundles and
/// assignments are read with the engine's <see cref="Onboarding.TrustHubJsonReaders"/>.
/// </summary>
internal static class SnapshotJsonReaders
{
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

    private static string Required(string? value, string field, string typeName) =>
        string.IsNullOrEmpty(value) ? throw new JsonException($"The {typeName} in Twilio's answer has no \"{field}\".") : value;
}
