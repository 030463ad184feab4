using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace TrustHubGen.Runtime.Snapshots;

// The snapshot file's shape (docs/snapshot.md, specs/snapshot/): written by System.Text.Json source generation, in the
// order the properties are declared here, with camelCase names. Its reader is TrustHubGen.Policies' AccountSnapshotReader.

/// <summary>The whole file.</summary>
internal sealed record SnapshotFile(
    int Version,
    string AccountSid,
    string CapturedAt,
    IReadOnlyList<CapturedProfile> BusinessProfiles,
    IReadOnlyList<CapturedNumber> Numbers,
    IReadOnlyList<CapturedTrustProduct> TrustProducts);

/// <summary>A Business Profile as captured: no e-mail, no status callback, only what the snapshot keeps.</summary>
internal sealed record CapturedProfile(string Sid, string FriendlyName, string Status, string PolicySid,
    [property: JsonPropertyName("numbers")] IReadOnlyList<string> NumberSids);

/// <summary>An incoming phone number as captured, with the type and country derived from its E.164 form.</summary>
internal sealed record CapturedNumber(string Sid, string PhoneNumber, string? FriendlyName, string Type, string Country);

/// <summary>A trust product as captured, with the SIDs of its assigned numbers and entities.</summary>
internal sealed record CapturedTrustProduct(string Sid, string FriendlyName, string Status, string PolicySid,
    [property: JsonPropertyName("numbers")] IReadOnlyList<string> NumberSids,
    [property: JsonPropertyName("entities")] IReadOnlyList<string> EntitySids);

/// <summary>The reflection-free (AOT-safe) serializer of <see cref="SnapshotFile"/>; null values are written, as the format has them.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(SnapshotFile))]
internal sealed partial class SnapshotJsonContext : JsonSerializerContext;
