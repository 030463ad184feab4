using TrustHubGen.Emulator.State;

namespace TrustHubGen.Emulator.Seeds;

/// <summary>Many distinct US local numbers at once (100,000 in well under a second), for load tests and benchmarks.</summary>
internal static class BulkNumbers
{
    // US (not Canadian, not toll-free) area codes; exchange 200+ keeps clear of the demo's 555 numbers.
    private static readonly string[] AreaCodes = ["201", "212", "213", "305", "312", "404", "512", "617", "702", "718", "818", "917"];

    public static IReadOnlyList<string> Add(EmulatorState state, AccountState account, int count, string tag, Bundle? profile)
    {
        var sids = new List<string>(count);
        var now = state.Now();
        var existing = account.Numbers.Count;
        for (var i = 0; i < count; i++)
        {
            var n = existing + i;
            var area = AreaCodes[n % AreaCodes.Length];
            var rest = n / AreaCodes.Length;
            var exchange = 200 + (rest / 10000);
            var e164 = $"+1{area}{exchange:D3}{rest % 10000:D4}";
            var sid = Sids.Deterministic("PN", $"{account.Sid}:{tag}:{n}");
            state.AddNumber(account, sid, e164, DemoSeed.Format(e164), now);
            sids.Add(sid);
            if (profile is not null)
            {
                lock (account.Gate)
                {
                    DemoSeed.AssignChannel(profile, Sids.Deterministic("RA", $"{account.Sid}:{tag}:{n}"), sid, now);
                }
            }
        }

        return sids;
    }
}
