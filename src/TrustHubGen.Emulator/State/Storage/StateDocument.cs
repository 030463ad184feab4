using System.Text.Json.Serialization;

namespace TrustHubGen.Emulator.State.Storage;

// The state file's shape (also the seed-file format), serialized by System.Text.Json source generation
// (StateJsonContext). Property order is the file's field order; names are snake_case. On reading, every field but
// the document's "accounts" may be missing (seed files leave out SIDs and dates): StateLoader fills the defaults
// and names the JSON path of anything wrong.

/// <summary>The whole file.</summary>
internal sealed class StateDocument
{
    public string? Format { get; set; }

    /// <summary>
    /// When the emulator began capturing this state (UTC, milliseconds): every write acknowledged before it is in the
    /// file. Absent from seed files and from files written before it existed.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(PreciseDateConverter))]
    public DateTimeOffset? CapturedAt { get; set; }

    public List<AccountRecord>? Accounts { get; set; }
}

internal sealed class AccountRecord
{
    public string? Sid { get; set; }
    public string? AuthToken { get; set; }
    public string? FriendlyName { get; set; }
    public string? OwnerAccountSid { get; set; }
    public DateTimeOffset? DateCreated { get; set; }
    public List<NumberRecord>? IncomingPhoneNumbers { get; set; }
    public List<AttributedRecord>? EndUsers { get; set; }
    public List<AddressRecord>? Addresses { get; set; }
    public List<AttributedRecord>? SupportingDocuments { get; set; }
    public List<BundleRecord>? CustomerProfiles { get; set; }
    public List<BundleRecord>? TrustProducts { get; set; }
}

internal sealed class NumberRecord
{
    public string? Sid { get; set; }
    public string? PhoneNumber { get; set; }
    public string? FriendlyName { get; set; }
    public DateTimeOffset? DateCreated { get; set; }
}

/// <summary>An end user or a supporting document; only documents carry <see cref="Status"/>.</summary>
internal sealed class AttributedRecord
{
    public string? Sid { get; set; }
    public string? Type { get; set; }
    public string? FriendlyName { get; set; }

    /// <summary>The attributes object as the client sent it (normalized), written as it is.</summary>
    public RawJson? Attributes { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Status { get; set; }

    public DateTimeOffset? DateCreated { get; set; }
    public DateTimeOffset? DateUpdated { get; set; }
}

internal sealed class AddressRecord
{
    public string? Sid { get; set; }
    public string? FriendlyName { get; set; }
    public string? CustomerName { get; set; }
    public string? Street { get; set; }
    public string? StreetSecondary { get; set; }
    public string? City { get; set; }
    public string? Region { get; set; }
    public string? PostalCode { get; set; }
    public string? IsoCountry { get; set; }
    public bool EmergencyEnabled { get; set; }
    public DateTimeOffset? DateCreated { get; set; }
}

internal sealed class BundleRecord
{
    public string? Sid { get; set; }
    public string? PolicySid { get; set; }
    public string? FriendlyName { get; set; }
    public string? Email { get; set; }
    public string? Status { get; set; }
    public string? StatusCallback { get; set; }

    /// <summary>Rejection codes; read as numbers or as the API's <c>{"code": N}</c> objects.</summary>
    [JsonConverter(typeof(ErrorCodesConverter))]
    public List<int>? Errors { get; set; }

    public DateTimeOffset? ValidUntil { get; set; }
    public DateTimeOffset? DateCreated { get; set; }
    public DateTimeOffset? DateUpdated { get; set; }
    public List<EntityAssignmentRecord>? EntityAssignments { get; set; }
    public List<ChannelAssignmentRecord>? ChannelEndpointAssignments { get; set; }
    public List<EvaluationRecord>? Evaluations { get; set; }
}

internal sealed class EntityAssignmentRecord
{
    public string? Sid { get; set; }
    public string? ObjectSid { get; set; }
    public DateTimeOffset? DateCreated { get; set; }
}

/// <summary>A number on a bundle: by <see cref="ChannelEndpointSid"/>, or in seed files by <see cref="PhoneNumber"/>.</summary>
internal sealed class ChannelAssignmentRecord
{
    public string? Sid { get; set; }
    public string? ChannelEndpointType { get; set; }
    public string? ChannelEndpointSid { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? PhoneNumber { get; set; }

    public DateTimeOffset? DateCreated { get; set; }
}

internal sealed class EvaluationRecord
{
    public string? Sid { get; set; }
    public string? PolicySid { get; set; }
    public string? Status { get; set; }

    /// <summary>The evaluation's <c>results</c> array, as the API answered it.</summary>
    public RawJson? Results { get; set; }

    public DateTimeOffset? DateCreated { get; set; }
}
