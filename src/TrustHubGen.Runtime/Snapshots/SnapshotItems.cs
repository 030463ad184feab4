using System.Collections.Generic;

namespace TrustHubGen.Runtime.Snapshots;

/// <summary>A Business Profile as captured: no e-mail, no status callback, only what the snapshot keeps.</summary>
internal sealed record CapturedProfile(string Sid, string FriendlyName, string Status, string PolicySid, IReadOnlyList<string> NumberSids);

/// <summary>An incoming phone number as captured, with the type and country derived from its E.164 form.</summary>
internal sealed record CapturedNumber(string Sid, string PhoneNumber, string? FriendlyName, string Type, string Country);

/// <summary>A trust product as captured, with the SIDs of its assigned numbers and entities.</summary>
internal sealed record CapturedTrustProduct(string Sid, string FriendlyName, string Status, string PolicySid, IReadOnlyList<string> NumberSids, IReadOnlyList<string> EntitySids);
