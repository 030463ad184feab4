namespace TrustHubGen.Emulator.State;

/// <summary>Which of the two bundle resources a BU SID names (both share the prefix).</summary>
internal enum BundleType
{
    CustomerProfile,
    TrustProduct,
}

/// <summary>An API 2010 IncomingPhoneNumber. Immutable once created, so it can be read without the account lock.</summary>
internal sealed class PhoneNumber
{
    public required string Sid { get; init; }
    public required string AccountSid { get; init; }
    public required string E164 { get; init; }
    public required string FriendlyName { get; init; }
    public required DateTimeOffset DateCreated { get; init; }
}

/// <summary>A CustomerProfile or TrustProduct with its assignments, indexed so lookups never scan.</summary>
internal sealed class Bundle
{
    public required string Sid { get; init; }
    public required string AccountSid { get; init; }
    public required BundleType Type { get; init; }
    public required string PolicySid { get; init; }
    public required string FriendlyName { get; set; }
    public required string Email { get; set; }
    public string? StatusCallback { get; set; }
    public string Status { get; set; } = BundleStatus.Draft;
    public List<int> Errors { get; set; } = [];
    public DateTimeOffset? ValidUntil { get; set; }
    public required DateTimeOffset DateCreated { get; init; }
    public DateTimeOffset DateUpdated { get; set; }

    public OrderedDictionary<string, EntityAssignment> Entities { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> EntityByObject { get; } = new(StringComparer.Ordinal);
    public OrderedDictionary<string, ChannelAssignment> Channels { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> ChannelByEndpoint { get; } = new(StringComparer.Ordinal);
    public OrderedDictionary<string, Evaluation> Evaluations { get; } = new(StringComparer.Ordinal);

    /// <summary>For a profile: the trust products and profiles it is assigned to (so it cannot vanish under them).</summary>
    public HashSet<string> AssignedTo { get; } = new(StringComparer.Ordinal);

    /// <summary>The SID of the Business Profile entity-assigned to this bundle, if any.</summary>
    public string? BusinessProfileSid { get; set; }

    /// <summary>Bumped on each review submission so a stale delayed review step never overrides a newer one.</summary>
    public int ReviewGeneration { get; set; }
}

/// <summary>The statuses of a bundle, as the spec's enum spells them.</summary>
internal static class BundleStatus
{
    public const string Draft = "draft";
    public const string PendingReview = "pending-review";
    public const string InReview = "in-review";
    public const string Rejected = "twilio-rejected";
    public const string Approved = "twilio-approved";

    public static readonly string[] All = [Draft, PendingReview, InReview, Rejected, Approved];

    /// <summary>Bundles in these statuses are locked against edits (Twilio answers 60711).</summary>
    public static bool IsLocked(string status) => status is PendingReview or InReview or Approved;
}

internal sealed class EntityAssignment
{
    public required string Sid { get; init; }
    public required string BundleSid { get; init; }
    public required string AccountSid { get; init; }
    public required string ObjectSid { get; init; }
    public required DateTimeOffset DateCreated { get; init; }
}

internal sealed class ChannelAssignment
{
    public required string Sid { get; init; }
    public required string BundleSid { get; init; }
    public required string AccountSid { get; init; }
    public required string ChannelEndpointType { get; init; }
    public required string ChannelEndpointSid { get; init; }
    public required DateTimeOffset DateCreated { get; init; }
}

internal sealed class Evaluation
{
    public required string Sid { get; init; }
    public required string AccountSid { get; init; }
    public required string PolicySid { get; init; }
    public required string BundleSid { get; init; }
    public required string Status { get; init; }

    /// <summary>The <c>results</c> array as raw JSON, written once when the evaluation is made.</summary>
    public required string ResultsJson { get; init; }
    public required DateTimeOffset DateCreated { get; init; }
}

/// <summary>An EndUser (IT…); <see cref="AttributedObject.AttributesJson"/> is the JSON object the client sent.</summary>
internal sealed class EndUser : AttributedObject;

/// <summary>A SupportingDocument (RD…).</summary>
internal sealed class SupportingDocument : AttributedObject
{
    public string Status { get; set; } = "DRAFT";
}

/// <summary>What end users and supporting documents share: a typed object with JSON attributes that bundles hold.</summary>
internal abstract class AttributedObject
{
    public required string Sid { get; init; }
    public required string AccountSid { get; init; }
    public required string Type { get; init; }
    public required string FriendlyName { get; set; }
    public required string AttributesJson { get; set; }
    public required DateTimeOffset DateCreated { get; init; }
    public DateTimeOffset DateUpdated { get; set; }

    /// <summary>The bundles it is assigned to (entity assignments).</summary>
    public HashSet<string> AssignedTo { get; } = new(StringComparer.Ordinal);
}

/// <summary>An API 2010 Address (AD…). Immutable once created (the emulator serves no update), so it can be read without the account lock.</summary>
internal sealed class Address
{
    public required string Sid { get; init; }
    public required string AccountSid { get; init; }
    public required string FriendlyName { get; init; }
    public required string CustomerName { get; init; }
    public required string Street { get; init; }
    public string? StreetSecondary { get; init; }
    public required string City { get; init; }
    public required string Region { get; init; }
    public required string PostalCode { get; init; }
    public required string IsoCountry { get; init; }
    public bool EmergencyEnabled { get; init; }
    public required DateTimeOffset DateCreated { get; init; }
}
