using TrustHubGen.Emulator.Hosting;
using TrustHubGen.Emulator.State;
using TrustHubGen.Policies;

namespace TrustHubGen.Emulator.Seeds;

/// <summary>
/// The demo seed: a twilio-approved Primary Business Profile (EIN) with 10 US local numbers, a toll-free and a
/// Canadian number on it; 5 US local numbers off it; a subaccount with 3 numbers. SIDs derive from the account SID,
/// so the default credentials always give the SIDs docs/emulator.md lists.
/// </summary>
internal static class DemoSeed
{
    public const string PrimaryBusinessProfilePolicySid = "RN6433641899984f951173ef1738c3bdd0";

    public static EmulatorSeedInfo Apply(EmulatorState state, AccountState account)
    {
        var now = state.Now();
        string Sid(string prefix, string name) => Sids.Deterministic(prefix, $"{account.Sid}:{name}");

        var onProfile = Enumerable.Range(0, 10).Select(i => AddNumber(state, account, Sid("PN", $"on-profile-{i}"), $"+1415555010{i}")).ToList();
        var offProfile = Enumerable.Range(0, 5).Select(i => AddNumber(state, account, Sid("PN", $"off-profile-{i}"), $"+1415555011{i}")).ToList();
        var tollFree = AddNumber(state, account, Sid("PN", "toll-free"), "+18005550100");
        var canadian = AddNumber(state, account, Sid("PN", "canadian"), "+16045550100");

        var business = AddEndUser(state, account, Sid("IT", "business-information"), "customer_profile_business_information", "Owl Industries business information",
            """{"business_name":"Owl Industries","business_type":"Corporation","business_registration_identifier":"EIN","business_registration_number":"12-3456789","business_identity":"direct_customer","business_industry":"TECHNOLOGY","business_regions_of_operation":"USA_AND_CANADA","website_url":"https://owl.example.com","social_media_profile_urls":""}""");
        var representative = AddEndUser(state, account, Sid("IT", "authorized-representative-1"), "authorized_representative_1", "Owl Industries representative",
            """{"first_name":"Ada","last_name":"Owl","email":"ada@owl.example.com","phone_number":"+14155550199","business_title":"CEO","job_position":"CEO"}""");
        var headquarters = new Address
        {
            Sid = Sid("AD", "address"),
            AccountSid = account.Sid,
            FriendlyName = "Owl Industries headquarters",
            CustomerName = "Owl Industries",
            Street = "1 Market Street",
            City = "San Francisco",
            Region = "CA",
            PostalCode = "94105",
            IsoCountry = "US",
            DateCreated = now,
        };
        lock (account.Gate)
        {
            state.BySid[headquarters.Sid] = headquarters;
            account.Addresses.Add(headquarters.Sid, headquarters);
        }

        var address = new SupportingDocument
        {
            Sid = Sid("RD", "address"),
            AccountSid = account.Sid,
            Type = "customer_profile_address",
            FriendlyName = "Owl Industries headquarters",
            AttributesJson = $$"""{"address_sids":"{{headquarters.Sid}}"}""",
            Status = "APPROVED",
            DateCreated = now,
            DateUpdated = now,
        };
        lock (account.Gate)
        {
            state.BySid[address.Sid] = address;
            account.Documents.Add(address.Sid, address);
        }

        var profile = new Bundle
        {
            Sid = Sid("BU", "primary-business-profile"),
            AccountSid = account.Sid,
            Type = BundleType.CustomerProfile,
            PolicySid = PrimaryBusinessProfilePolicySid,
            FriendlyName = "Owl Industries Primary Business Profile",
            Email = "compliance@owl.example.com",
            Status = BundleStatus.Approved,
            ValidUntil = now.AddYears(1),
            DateCreated = now,
            DateUpdated = now,
        };
        lock (account.Gate)
        {
            state.BySid[profile.Sid] = profile;
            account.CustomerProfiles.Add(profile.Sid, profile);
            var index = 0;
            foreach (var objectSid in new[] { business.Sid, representative.Sid, address.Sid })
            {
                AssignEntity(profile, Sid("BV", $"profile-entity-{index++}"), objectSid, now);
            }

            business.AssignedTo.Add(profile.Sid);
            representative.AssignedTo.Add(profile.Sid);
            address.AssignedTo.Add(profile.Sid);
            index = 0;
            foreach (var number in onProfile.Append(tollFree).Append(canadian))
            {
                AssignChannel(profile, Sid("RA", $"profile-channel-{index++}"), number.Sid, now);
            }
        }

        var sub = state.AddAccount(Sid("AC", "subaccount"), Sids.Deterministic("", $"{account.Sid}:subaccount-token")[..32], "Owl Industries subaccount", account.Sid, now);
        var subNumbers = Enumerable.Range(0, 3).Select(i => AddNumber(state, sub, Sids.Deterministic("PN", $"{sub.Sid}:number-{i}"), $"+1212555010{i}")).ToList();
        state.MarkChanged();
        return new EmulatorSeedInfo
        {
            AccountSid = account.Sid,
            AuthToken = account.AuthToken,
            PrimaryBusinessProfileSid = profile.Sid,
            AddressSid = headquarters.Sid,
            NumbersOnProfile = onProfile,
            NumbersNotOnProfile = offProfile,
            TollFreeNumber = tollFree,
            CanadianNumber = canadian,
            SubaccountSid = sub.Sid,
            SubaccountAuthToken = sub.AuthToken,
            SubaccountNumbers = subNumbers,
        };
    }

    /// <summary>Recognises the demo seed's content in a reloaded state (its SIDs are deterministic); null when absent.</summary>
    public static EmulatorSeedInfo? Describe(EmulatorState state, AccountState account)
    {
        string Sid(string prefix, string name) => Sids.Deterministic(prefix, $"{account.Sid}:{name}");
        if (state.BySid.GetValueOrDefault(Sid("BU", "primary-business-profile")) is not Bundle profile)
        {
            return null;
        }

        SeededNumber? Find(string sid) => state.BySid.GetValueOrDefault(sid) is PhoneNumber n ? new SeededNumber(n.Sid, n.E164) : null;
        var subSid = Sid("AC", "subaccount");
        state.Accounts.TryGetValue(subSid, out var sub);
        return new EmulatorSeedInfo
        {
            AccountSid = account.Sid,
            AuthToken = account.AuthToken,
            PrimaryBusinessProfileSid = profile.Sid,
            AddressSid = state.BySid.ContainsKey(Sid("AD", "address")) ? Sid("AD", "address") : null,
            NumbersOnProfile = Enumerable.Range(0, 10).Select(i => Find(Sid("PN", $"on-profile-{i}"))).OfType<SeededNumber>().ToList(),
            NumbersNotOnProfile = Enumerable.Range(0, 5).Select(i => Find(Sid("PN", $"off-profile-{i}"))).OfType<SeededNumber>().ToList(),
            TollFreeNumber = Find(Sid("PN", "toll-free")),
            CanadianNumber = Find(Sid("PN", "canadian")),
            SubaccountSid = sub?.Sid,
            SubaccountAuthToken = sub?.AuthToken,
            SubaccountNumbers = sub is null ? [] : Enumerable.Range(0, 3).Select(i => Find(Sids.Deterministic("PN", $"{sub.Sid}:number-{i}"))).OfType<SeededNumber>().ToList(),
        };
    }

    public static SeededNumber AddNumber(EmulatorState state, AccountState account, string sid, string e164)
    {
        state.AddNumber(account, sid, e164, Format(e164), state.Now());
        return new SeededNumber(sid, e164);
    }

    public static void AssignChannel(Bundle bundle, string sid, string numberSid, DateTimeOffset now)
    {
        var assignment = new ChannelAssignment { Sid = sid, BundleSid = bundle.Sid, AccountSid = bundle.AccountSid, ChannelEndpointType = ChannelEndpointRule.PhoneNumberType, ChannelEndpointSid = numberSid, DateCreated = now };
        bundle.Channels.Add(sid, assignment);
        bundle.ChannelByEndpoint.Add(numberSid, sid);
    }

    private static void AssignEntity(Bundle bundle, string sid, string objectSid, DateTimeOffset now)
    {
        bundle.Entities.Add(sid, new EntityAssignment { Sid = sid, BundleSid = bundle.Sid, AccountSid = bundle.AccountSid, ObjectSid = objectSid, DateCreated = now });
        bundle.EntityByObject.Add(objectSid, sid);
    }

    private static EndUser AddEndUser(EmulatorState state, AccountState account, string sid, string type, string friendlyName, string attributes)
    {
        var now = state.Now();
        var endUser = new EndUser { Sid = sid, AccountSid = account.Sid, Type = type, FriendlyName = friendlyName, AttributesJson = attributes, DateCreated = now, DateUpdated = now };
        lock (account.Gate)
        {
            state.BySid[sid] = endUser;
            account.EndUsers.Add(sid, endUser);
        }

        return endUser;
    }

    /// <summary>"+14155550100" → "(415) 555-0100", as Twilio names NANP numbers.</summary>
    public static string Format(string e164) =>
        e164.Length == 12 && e164.StartsWith("+1", StringComparison.Ordinal) ? $"({e164[2..5]}) {e164[5..8]}-{e164[8..]}" : e164;
}
