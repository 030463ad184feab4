using TrustHubGen.Emulator.State;
using TrustHubGen.Emulator.Wire;

namespace TrustHubGen.Emulator.Routes;

/// <summary>API 2010 Addresses of an account or one of its subaccounts: create, list, fetch (what a Business Profile's address document points at).</summary>
internal static class AddressRoutes
{
    private const int FriendlyNameMaxLength = 64;

    public static void Map(RouteTable routes)
    {
        routes.Map("POST", "/2010-04-01/Accounts/{accountSid}/Addresses.json", Create);
        routes.Map("GET", "/2010-04-01/Accounts/{accountSid}/Addresses.json", List);
        routes.Map("GET", "/2010-04-01/Accounts/{accountSid}/Addresses/{sid}.json", Fetch);
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

    private static Reply Create(RequestContext c)
    {
        var account = PathAccount(c);
        var customerName = c.Required("CustomerName");
        var street = c.Required("Street");
        var city = c.Required("City");
        var region = c.Required("Region");
        var postalCode = c.Required("PostalCode");
        var isoCountry = c.Required("IsoCountry");
        if (isoCountry.Length != 2 || !isoCountry.All(char.IsAsciiLetterUpper))
        {
            throw ApiException.Invalid("IsoCountry", $"\"{isoCountry}\" is not an ISO 3166 alpha-2 country code such as US.");
        }

        var friendlyName = c.Optional("FriendlyName") ?? customerName;
        if (friendlyName.Length > FriendlyNameMaxLength)
        {
            throw ApiException.Invalid("FriendlyName", $"has {friendlyName.Length} characters; at most {FriendlyNameMaxLength} are allowed.");
        }

        var address = new Address
        {
            Sid = Sids.New("AD"),
            AccountSid = account.Sid,
            FriendlyName = friendlyName,
            CustomerName = customerName,
            Street = street,
            StreetSecondary = c.Optional("StreetSecondary"),
            City = city,
            Region = region,
            PostalCode = postalCode,
            IsoCountry = isoCountry,
            EmergencyEnabled = Boolean(c, "EmergencyEnabled"),
            DateCreated = c.State.Now(),
        };

        // AutoCorrectAddress is accepted and ignored: the emulator never changes an address.
        _ = Boolean(c, "AutoCorrectAddress");
        lock (account.Gate)
        {
            c.State.BySid[address.Sid] = address;
            account.Addresses.Add(address.Sid, address);
            c.State.MarkChanged();
        }

        return Reply.Json(201, w => Api2010Json.Address(w, address));
    }

    private static Reply List(RequestContext c)
    {
        var account = PathAccount(c);
        var page = PageRequest.From(c.Query);
        var customerName = c.QueryValue("CustomerName");
        var friendlyName = c.QueryValue("FriendlyName");
        var isoCountry = c.QueryValue("IsoCountry");
        var filters = new List<(string, string)>();
        if (customerName is not null) filters.Add(("CustomerName", customerName));
        if (friendlyName is not null) filters.Add(("FriendlyName", friendlyName));
        if (isoCountry is not null) filters.Add(("IsoCountry", isoCountry));
        List<Address> items;
        lock (account.Gate)
        {
            items = account.Addresses.Values
                .Where(a => (customerName is null || a.CustomerName == customerName) && (friendlyName is null || a.FriendlyName == friendlyName) && (isoCountry is null || a.IsoCountry == isoCountry))
                .ToList();
        }

        // Addresses are immutable: their JSON is written outside the lock.
        return Paging.Api2010($"/2010-04-01/Accounts/{account.Sid}/Addresses.json", filters, page, "addresses", items, Api2010Json.Address);
    }

    private static Reply Fetch(RequestContext c)
    {
        var account = PathAccount(c);
        lock (account.Gate)
        {
            var address = account.Addresses.GetValueOrDefault(c.Args[1]) ?? throw ApiException.NotFound(c.Path);
            return Reply.Json(200, w => Api2010Json.Address(w, address));
        }
    }

    private static bool Boolean(RequestContext c, string name) => c.Optional(name) switch
    {
        null => false,
        var v when v.Equals("true", StringComparison.OrdinalIgnoreCase) => true,
        var v when v.Equals("false", StringComparison.OrdinalIgnoreCase) => false,
        var v => throw ApiException.Invalid(name, $"\"{v}\" is not true or false."),
    };
}
