namespace TrustHubGen.Emulator.Hosting;

/// <summary>What a seed created, so tests and the program's banner can name real SIDs.</summary>
public sealed class EmulatorSeedInfo
{
    /// <summary>The main account's SID.</summary>
    public required string AccountSid { get; init; }

    /// <summary>The main account's auth token.</summary>
    public required string AuthToken { get; init; }

    /// <summary>The twilio-approved Primary Business Profile (EIN) of the demo seed; null for other seeds.</summary>
    public string? PrimaryBusinessProfileSid { get; init; }

    /// <summary>The demo seed's API 2010 Address (what the Primary profile's address document names); null for other seeds.</summary>
    public string? AddressSid { get; init; }

    /// <summary>US local numbers already on the Primary Business Profile.</summary>
    public IReadOnlyList<SeededNumber> NumbersOnProfile { get; init; } = [];

    /// <summary>US local numbers of the main account that are not on any profile.</summary>
    public IReadOnlyList<SeededNumber> NumbersNotOnProfile { get; init; } = [];

    /// <summary>A toll-free number on the profile (CNAM refuses it).</summary>
    public SeededNumber? TollFreeNumber { get; init; }

    /// <summary>A Canadian number on the profile (CNAM refuses it).</summary>
    public SeededNumber? CanadianNumber { get; init; }

    /// <summary>The demo subaccount; authenticate as it with its SID and either its own or the parent's token.</summary>
    public string? SubaccountSid { get; init; }

    /// <summary>The demo subaccount's auth token.</summary>
    public string? SubaccountAuthToken { get; init; }

    /// <summary>The subaccount's numbers (not on any profile).</summary>
    public IReadOnlyList<SeededNumber> SubaccountNumbers { get; init; } = [];
}

/// <summary>A seeded IncomingPhoneNumber.</summary>
/// <param name="Sid">Its PN… SID.</param>
/// <param name="PhoneNumber">Its E.164 number.</param>
public sealed record SeededNumber(string Sid, string PhoneNumber);
