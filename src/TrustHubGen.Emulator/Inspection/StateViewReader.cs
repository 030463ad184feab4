using TrustHubGen.Emulator.Rules;
using TrustHubGen.Emulator.State;

namespace TrustHubGen.Emulator.Inspection;

/// <summary>Copies the live state into an <see cref="EmulatorStateView"/>, one account at a time under its lock.</summary>
internal static class StateViewReader
{
    public static EmulatorStateView Read(EmulatorState state) =>
        new(state.AccountOrder.Select(sid => Read(state.Accounts[sid])).ToArray());

    private static EmulatedAccount Read(AccountState account)
    {
        lock (account.Gate)
        {
            return new EmulatedAccount(
                account.Sid,
                account.FriendlyName,
                account.IsSubaccount ? account.OwnerAccountSid : null,
                account.Numbers.Values.Select(n => new EmulatedNumber(n.Sid, n.E164, n.FriendlyName)).ToArray(),
                account.CustomerProfiles.Values.Select(Read).ToArray(),
                account.TrustProducts.Values.Select(Read).ToArray(),
                account.EndUsers.Values.Select(Read).ToArray(),
                account.Documents.Values.Select(Read).ToArray(),
                [.. account.Subaccounts]);
        }
    }

    private static EmulatedBundle Read(Bundle b) => new(
        b.Sid,
        b.AccountSid,
        b.PolicySid,
        b.FriendlyName,
        b.Email,
        b.Status,
        [.. b.Errors],
        b.StatusCallback,
        b.ValidUntil,
        b.BusinessProfileSid,
        b.Entities.Values.Select(e => e.ObjectSid).ToArray(),
        b.Channels.Values.Select(c => c.ChannelEndpointSid).ToArray(),
        b.Evaluations.Values.Select(e => e.Status).ToArray());

    private static EmulatedObject Read(AttributedObject o) =>
        new(o.Sid, o.Type, o.FriendlyName, o.AttributesJson, AttributeValues.Read(o.AttributesJson));
}
