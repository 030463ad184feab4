using TrustHubGen.Emulator.State;
using TrustHubGen.Emulator.Wire;

namespace TrustHubGen.Emulator.Routes;

/// <summary>SID lookups that answer 404 for anything the acting account may not see (never a leak).</summary>
internal static class Lookup
{
    public static (AccountState Owner, Bundle Bundle) Bundle(RequestContext context, BundleType type, string sid)
    {
        if (context.State.BySid.GetValueOrDefault(sid) is Bundle bundle && bundle.Type == type && context.State.CanSee(context.Account, bundle.AccountSid))
        {
            return (context.State.OwnerOf(bundle.AccountSid), bundle);
        }

        throw ApiException.NotFound(context.Path);
    }

    public static (AccountState Owner, T Item) Owned<T>(RequestContext context, string sid, Func<T, string> accountOf)
        where T : class
    {
        if (context.State.BySid.GetValueOrDefault(sid) is T item && context.State.CanSee(context.Account, accountOf(item)))
        {
            return (context.State.OwnerOf(accountOf(item)), item);
        }

        throw ApiException.NotFound(context.Path);
    }

    /// <summary>Throws 404 unless a bundle still exists (it may have been deleted while waiting for the lock).</summary>
    public static void EnsureAlive(RequestContext context, string sid)
    {
        if (!context.State.BySid.ContainsKey(sid))
        {
            throw ApiException.NotFound(context.Path);
        }
    }
}
