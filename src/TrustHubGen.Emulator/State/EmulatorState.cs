using System.Collections.Concurrent;
using TrustHubGen.Emulator.Rules;

namespace TrustHubGen.Emulator.State;

/// <summary>
/// The whole emulated world: accounts, and a global SID index so any resource is found in O(1)
/// (the index only says which object a SID names; ownership is checked by the caller).
/// </summary>
internal sealed class EmulatorState
{
    private long _version;

    public EmulatorState(PolicyCatalog policies, TimeProvider clock)
    {
        Policies = policies;
        Clock = clock;
    }

    public PolicyCatalog Policies { get; }

    public TimeProvider Clock { get; }

    public ConcurrentDictionary<string, AccountState> Accounts { get; } = new(StringComparer.Ordinal);

    /// <summary>Top-level accounts in creation order (API 2010 lists them first).</summary>
    public ConcurrentQueue<string> AccountOrder { get; } = new();

    public ConcurrentDictionary<string, object> BySid { get; } = new(StringComparer.Ordinal);

    /// <summary>Grows on every change; the persister writes when it moved.</summary>
    public long Version => Interlocked.Read(ref _version);

    public void MarkChanged() => Interlocked.Increment(ref _version);

    /// <summary>Now, truncated to whole seconds as Twilio's dates are.</summary>
    public DateTimeOffset Now()
    {
        var now = Clock.GetUtcNow();
        return new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
    }

    public AccountState AddAccount(string sid, string authToken, string friendlyName, string? parentSid, DateTimeOffset created)
    {
        var account = new AccountState
        {
            Sid = sid,
            AuthToken = authToken,
            FriendlyName = friendlyName,
            OwnerAccountSid = parentSid ?? sid,
            DateCreated = created,
            DateUpdated = created,
        };
        if (!Accounts.TryAdd(sid, account))
        {
            throw new InvalidOperationException($"Account {sid} exists twice in the seed or state.");
        }

        AccountOrder.Enqueue(sid);
        if (parentSid is not null)
        {
            if (!Accounts.TryGetValue(parentSid, out var parent))
            {
                throw new InvalidOperationException($"Subaccount {sid} names parent {parentSid}, which is not defined before it.");
            }

            lock (parent.Gate)
            {
                parent.Subaccounts.Add(sid);
            }
        }

        MarkChanged();
        return account;
    }

    public PhoneNumber AddNumber(AccountState account, string sid, string e164, string friendlyName, DateTimeOffset created)
    {
        var number = new PhoneNumber { Sid = sid, AccountSid = account.Sid, E164 = e164, FriendlyName = friendlyName, DateCreated = created };
        lock (account.Gate)
        {
            if (!BySid.TryAdd(sid, number))
            {
                throw new InvalidOperationException($"SID {sid} is used twice.");
            }

            account.Numbers.Add(sid, number);
            account.NumberByE164[e164] = sid;
            account.NumbersChanged();
        }

        MarkChanged();
        return number;
    }

    /// <summary>True when <paramref name="acting"/> may see resources owned by <paramref name="ownerSid"/>: its own or its subaccounts'.</summary>
    public bool CanSee(AccountState acting, string ownerSid)
    {
        if (string.Equals(acting.Sid, ownerSid, StringComparison.Ordinal))
        {
            return true;
        }

        return Accounts.TryGetValue(ownerSid, out var owner) && string.Equals(owner.OwnerAccountSid, acting.Sid, StringComparison.Ordinal);
    }

    public AccountState OwnerOf(string accountSid) => Accounts[accountSid];
}
