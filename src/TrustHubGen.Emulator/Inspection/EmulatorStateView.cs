namespace TrustHubGen.Emulator.Inspection;

/// <summary>
/// A copy of everything the emulator holds, taken by <see cref="Hosting.EmulatorHost.ReadState"/> for tests to assert on
/// (each account read under its own lock, so each account is consistent). Later requests do not change it.
/// </summary>
/// <param name="Accounts">Every account and subaccount, in creation order.</param>
public sealed record EmulatorStateView(IReadOnlyList<EmulatedAccount> Accounts)
{
    /// <summary>Every Trust Product of every account.</summary>
    public IEnumerable<EmulatedBundle> TrustProducts => Accounts.SelectMany(a => a.TrustProducts);

    /// <summary>Every Customer Profile (Business Profile) of every account.</summary>
    public IEnumerable<EmulatedBundle> CustomerProfiles => Accounts.SelectMany(a => a.CustomerProfiles);

    /// <summary>The account with this SID.</summary>
    /// <exception cref="KeyNotFoundException">No account has it.</exception>
    public EmulatedAccount Account(string sid) =>
        Accounts.FirstOrDefault(a => a.Sid == sid) ?? throw new KeyNotFoundException($"The emulator has no account {sid}.");

    /// <summary>The Trust Product or Customer Profile with this SID, in any account.</summary>
    /// <exception cref="KeyNotFoundException">No bundle has it.</exception>
    public EmulatedBundle Bundle(string sid) =>
        TrustProducts.Concat(CustomerProfiles).FirstOrDefault(b => b.Sid == sid) ?? throw new KeyNotFoundException($"The emulator has no Trust Product or Customer Profile {sid}.");
}

/// <summary>An account or subaccount and what it owns.</summary>
/// <param name="Sid">Its AC… SID.</param>
/// <param name="FriendlyName">Its friendly name.</param>
/// <param name="ParentAccountSid">The parent's SID for a subaccount; null for a top-level account.</param>
/// <param name="Numbers">Its IncomingPhoneNumbers.</param>
/// <param name="CustomerProfiles">Its Customer Profiles (Business Profiles).</param>
/// <param name="TrustProducts">Its Trust Products.</param>
/// <param name="EndUsers">Its end users (IT…).</param>
/// <param name="SupportingDocuments">Its supporting documents (RD…).</param>
/// <param name="SubaccountSids">Its subaccounts.</param>
public sealed record EmulatedAccount(
    string Sid,
    string FriendlyName,
    string? ParentAccountSid,
    IReadOnlyList<EmulatedNumber> Numbers,
    IReadOnlyList<EmulatedBundle> CustomerProfiles,
    IReadOnlyList<EmulatedBundle> TrustProducts,
    IReadOnlyList<EmulatedObject> EndUsers,
    IReadOnlyList<EmulatedObject> SupportingDocuments,
    IReadOnlyList<string> SubaccountSids);

/// <summary>An IncomingPhoneNumber.</summary>
/// <param name="Sid">Its PN… SID.</param>
/// <param name="PhoneNumber">Its E.164 number.</param>
/// <param name="FriendlyName">Its friendly name.</param>
public sealed record EmulatedNumber(string Sid, string PhoneNumber, string FriendlyName);

/// <summary>A Trust Product or Customer Profile, with what is assigned to it.</summary>
/// <param name="Sid">Its BU… SID.</param>
/// <param name="AccountSid">The account that owns it.</param>
/// <param name="PolicySid">Its policy (RN…).</param>
/// <param name="FriendlyName">Its friendly name.</param>
/// <param name="Email">The review e-mail.</param>
/// <param name="Status">draft, pending-review, in-review, twilio-approved or twilio-rejected.</param>
/// <param name="Errors">The rejection's error codes (empty unless twilio-rejected).</param>
/// <param name="StatusCallback">The StatusCallback URL, if any.</param>
/// <param name="ValidUntil">When an approval expires; null unless approved.</param>
/// <param name="BusinessProfileSid">The Business Profile entity-assigned to it, if any.</param>
/// <param name="ObjectSids">The SIDs entity-assigned to it (end users, documents, Business Profile), in assignment order.</param>
/// <param name="ChannelEndpointSids">The phone numbers (PN…) assigned to it, in assignment order.</param>
/// <param name="EvaluationStatuses">Its evaluations' statuses (compliant, noncompliant), oldest first.</param>
public sealed record EmulatedBundle(
    string Sid,
    string AccountSid,
    string PolicySid,
    string FriendlyName,
    string Email,
    string Status,
    IReadOnlyList<int> Errors,
    string? StatusCallback,
    DateTimeOffset? ValidUntil,
    string? BusinessProfileSid,
    IReadOnlyList<string> ObjectSids,
    IReadOnlyList<string> ChannelEndpointSids,
    IReadOnlyList<string> EvaluationStatuses);

/// <summary>An end user or supporting document.</summary>
/// <param name="Sid">Its IT… or RD… SID.</param>
/// <param name="Type">Its type, such as <c>cnam_information</c>.</param>
/// <param name="FriendlyName">Its friendly name.</param>
/// <param name="AttributesJson">Its attributes as the compact JSON object the emulator stores.</param>
/// <param name="Attributes">Its attributes as strings (numbers and booleans as their JSON text; arrays joined by commas).</param>
public sealed record EmulatedObject(string Sid, string Type, string FriendlyName, string AttributesJson, IReadOnlyDictionary<string, string?> Attributes);
