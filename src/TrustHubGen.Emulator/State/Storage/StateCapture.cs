using System.Text.Json;

namespace TrustHubGen.Emulator.State.Storage;

/// <summary>
/// Copies the live state into a <see cref="StateDocument"/>, one account at a time under its lock, so the file is
/// written after every lock is released.
/// </summary>
internal static class StateCapture
{
    public const string Format = "trusthubgen-emulator-state/1";

    public static StateDocument Capture(EmulatorState state)
    {
        var document = new StateDocument { Format = Format, CapturedAt = state.Clock.GetUtcNow(), Accounts = [] };
        foreach (var sid in state.AccountOrder)
        {
            var account = state.Accounts[sid];
            lock (account.Gate)
            {
                document.Accounts.Add(Account(account));
            }
        }

        return document;
    }

    private static AccountRecord Account(AccountState a) => new()
    {
        Sid = a.Sid,
        AuthToken = a.AuthToken,
        FriendlyName = a.FriendlyName,
        OwnerAccountSid = a.OwnerAccountSid,
        DateCreated = a.DateCreated,
        IncomingPhoneNumbers = [.. a.Numbers.Values.Select(n => new NumberRecord { Sid = n.Sid, PhoneNumber = n.E164, FriendlyName = n.FriendlyName, DateCreated = n.DateCreated })],
        EndUsers = [.. a.EndUsers.Values.Select(e => Attributed(e, null))],
        Addresses = [.. a.Addresses.Values.Select(Address)],
        SupportingDocuments = [.. a.Documents.Values.Select(d => Attributed(d, d.Status))],
        CustomerProfiles = [.. a.CustomerProfiles.Values.Select(Bundle)],
        TrustProducts = [.. a.TrustProducts.Values.Select(Bundle)],
    };

    private static AttributedRecord Attributed(AttributedObject o, string? status) => new()
    {
        Sid = o.Sid,
        Type = o.Type,
        FriendlyName = o.FriendlyName,
        Attributes = new RawJson(o.AttributesJson, JsonValueKind.Object),
        Status = status,
        DateCreated = o.DateCreated,
        DateUpdated = o.DateUpdated,
    };

    private static AddressRecord Address(Address ad) => new()
    {
        Sid = ad.Sid,
        FriendlyName = ad.FriendlyName,
        CustomerName = ad.CustomerName,
        Street = ad.Street,
        StreetSecondary = ad.StreetSecondary,
        City = ad.City,
        Region = ad.Region,
        PostalCode = ad.PostalCode,
        IsoCountry = ad.IsoCountry,
        EmergencyEnabled = ad.EmergencyEnabled,
        DateCreated = ad.DateCreated,
    };

    private static BundleRecord Bundle(Bundle b) => new()
    {
        Sid = b.Sid,
        PolicySid = b.PolicySid,
        FriendlyName = b.FriendlyName,
        Email = b.Email,
        Status = b.Status,
        StatusCallback = b.StatusCallback,
        Errors = [.. b.Errors],
        ValidUntil = b.ValidUntil,
        DateCreated = b.DateCreated,
        DateUpdated = b.DateUpdated,
        EntityAssignments = [.. b.Entities.Values.Select(e => new EntityAssignmentRecord { Sid = e.Sid, ObjectSid = e.ObjectSid, DateCreated = e.DateCreated })],
        ChannelEndpointAssignments = [.. b.Channels.Values.Select(c => new ChannelAssignmentRecord
        {
            Sid = c.Sid, ChannelEndpointType = c.ChannelEndpointType, ChannelEndpointSid = c.ChannelEndpointSid, DateCreated = c.DateCreated,
        })],
        Evaluations = [.. b.Evaluations.Values.Select(e => new EvaluationRecord
        {
            Sid = e.Sid, PolicySid = e.PolicySid, Status = e.Status, Results = new RawJson(e.ResultsJson, JsonValueKind.Array), DateCreated = e.DateCreated,
        })],
    };
}
