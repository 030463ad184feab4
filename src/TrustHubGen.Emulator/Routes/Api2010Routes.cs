using TrustHubGen.Emulator.State;
using TrustHubGen.Emulator.Wire;

namespace TrustHubGen.Emulator.Routes;

/// <summary>API 2010: Accounts (the account and its subaccounts) and IncomingPhoneNumbers (list and fetch).</summary>
internal static class Api2010Routes
{
    public static void Map(RouteTable routes)
    {
        routes.Map("GET", "/2010-04-01/Accounts.json", ListAccounts);
        routes.Map("GET", "/2010-04-01/Accounts/{accountSid}.json", FetchAccount);
        routes.Map("GET", "/2010-04-01/Accounts/{accountSid}/IncomingPhoneNumbers.json", ListNumbers);
        routes.Map("GET", "/2010-04-01/Accounts/{accountSid}/IncomingPhoneNumbers/{sid}.json", FetchNumber);
    }

    /// <summary>The account in the path must be the acting account or one of its subaccounts; others are 404.</summary>
    private static AccountState PathAccount(RequestContext c)
    {
        if (c.State.Accounts.TryGetValue(c.Args[0], out var account) && c.State.CanSee(c.Account, account.Sid))
        {
            return account;
        }

        throw ApiException.NotFound(c.Path);
    }

    private static Reply ListAccounts(RequestContext c)
    {
        var page = PageRequest.From(c.Query);
        var friendlyName = c.QueryValue("FriendlyName");
        var status = c.QueryValue("Status");
        var filters = new List<(string, string)>();
        if (friendlyName is not null) filters.Add(("FriendlyName", friendlyName));
        if (status is not null) filters.Add(("Status", status));
        List<string> subaccounts;
        lock (c.Account.Gate)
        {
            subaccounts = [.. c.Account.Subaccounts];
        }

        var accounts = new List<AccountState> { c.Account };
        accounts.AddRange(subaccounts.Select(c.State.OwnerOf));
        accounts = accounts.Where(a => (friendlyName is null || a.FriendlyName == friendlyName) && (status is null || a.Status == status)).ToList();
        return Paging.Api2010("/2010-04-01/Accounts.json", filters, page, "accounts", accounts, Api2010Json.Account);
    }

    private static Reply FetchAccount(RequestContext c)
    {
        var account = PathAccount(c);
        return Reply.Json(200, w => Api2010Json.Account(w, account));
    }

    private static Reply ListNumbers(RequestContext c)
    {
        var account = PathAccount(c);
        var page = PageRequest.From(c.Query);
        var phoneNumber = c.QueryValue("PhoneNumber");
        var friendlyName = c.QueryValue("FriendlyName");
        var filters = new List<(string, string)>();
        if (friendlyName is not null) filters.Add(("FriendlyName", friendlyName));
        if (phoneNumber is not null) filters.Add(("PhoneNumber", phoneNumber));
        IReadOnlyList<PhoneNumber> slice;
        lock (account.Gate)
        {
            IReadOnlyList<PhoneNumber> items = account.Numbers.Values;
            if (phoneNumber is not null && friendlyName is null && account.NumberByE164.TryGetValue(phoneNumber, out var exact))
            {
                items = [account.Numbers[exact]];
            }
            else if (phoneNumber is not null && friendlyName is null && phoneNumber.StartsWith('+'))
            {
                // A partial number with its "+" can only match at the start of an E.164 number: its part before any
                // wildcard is a prefix, found in an index (the engine reads a million-number account by prefix partitions at once).
                var prefixed = account.NumbersStartingWith(PhoneNumberPattern.LiteralPrefix(phoneNumber));
                items = PhoneNumberPattern.HasWildcard(phoneNumber)
                    ? prefixed.Where(n => PhoneNumberPattern.MatchesStart(n.E164, phoneNumber)).ToList()
                    : prefixed;
            }
            else if (phoneNumber is not null || friendlyName is not null)
            {
                // Without its "+", a partial number matches its digits anywhere in the number.
                var digits = phoneNumber?.TrimStart('+');
                items = items.Where(n => (digits is null || PhoneNumberPattern.MatchesAnywhere(n.E164, digits)) && (friendlyName is null || n.FriendlyName == friendlyName)).ToList();
            }

            slice = new PageSlice<PhoneNumber>(items, page);
        }

        // Numbers are immutable: their JSON is written outside the lock.
        return Paging.Api2010($"/2010-04-01/Accounts/{account.Sid}/IncomingPhoneNumbers.json", filters, page, "incoming_phone_numbers", slice, Api2010Json.IncomingPhoneNumber);
    }

    private static Reply FetchNumber(RequestContext c)
    {
        var account = PathAccount(c);
        lock (account.Gate)
        {
            var number = account.Numbers.GetValueOrDefault(c.Args[1]) ?? throw ApiException.NotFound(c.Path);
            return Reply.Json(200, w => Api2010Json.IncomingPhoneNumber(w, number));
        }
    }
}
