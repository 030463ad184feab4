using TrustHubGen.Emulator.Hosting;
using TrustHubGen.Emulator.State;
using TrustHubGen.Emulator.State.Storage;

namespace TrustHubGen.Emulator.Seeds;

/// <summary>Fills a new state at start: the state file when it exists, else the seed, then the bulk numbers.</summary>
internal static class EmulatorSeeder
{
    public static async Task<EmulatorSeedInfo> SeedAsync(EmulatorState state, EmulatorOptions options, CancellationToken cancellationToken)
    {
        var basic = new EmulatorSeedInfo { AccountSid = options.AccountSid, AuthToken = options.AuthToken };
        EmulatorSeedInfo seed;
        AccountState account;
        // Through a link to the file (File.Exists is true for a link whose file is not written yet).
        if (options.StatePath is not null && LinkTargets.FinalTarget(options.StatePath) is var statePath && File.Exists(statePath))
        {
            var bytes = await Task.Run(() => BoundedFile.ReadAllBytes(statePath, BoundedFile.StateMaxBytes), cancellationToken).ConfigureAwait(false);
            StateLoader.Load(state, statePath, bytes);
            if (!state.Accounts.TryGetValue(options.AccountSid, out account!))
            {
                account = state.AddAccount(options.AccountSid, options.AuthToken, "TrustHubGen emulator account", null, state.Now());
            }

            // A reloaded state already holds its bulk numbers: the counts apply to a fresh start only.
            return DemoSeed.Describe(state, account) ?? basic;
        }

        account = state.AddAccount(options.AccountSid, options.AuthToken, "TrustHubGen emulator account", null, state.Now());
        switch (options.Seed)
        {
            case "demo":
                seed = DemoSeed.Apply(state, account);
                break;
            case "none":
                seed = basic;
                break;
            default:
                var seedPath = options.Seed;
                StateLoader.Load(state, seedPath, await Task.Run(() => BoundedFile.ReadAllBytes(seedPath, BoundedFile.StateMaxBytes), cancellationToken).ConfigureAwait(false));
                seed = basic;
                break;
        }

        var extra = BulkNumbers.Add(state, account, options.ExtraNumbers, "extra", null);
        Bundle? profile = null;
        if (options.ExtraNumbersOnProfile > 0)
        {
            profile = seed.PrimaryBusinessProfileSid is { } sid ? (Bundle)state.BySid[sid]
                : throw new ArgumentException("ExtraNumbersOnProfile (--numbers-on-profile) needs the demo seed, whose Primary Business Profile takes the numbers.", nameof(options));
        }

        var onProfile = BulkNumbers.Add(state, account, options.ExtraNumbersOnProfile, "extra-on-profile", profile);
        if (extra.Count == 0 && onProfile.Count == 0)
        {
            return seed;
        }

        return new EmulatorSeedInfo
        {
            AccountSid = seed.AccountSid,
            AuthToken = seed.AuthToken,
            PrimaryBusinessProfileSid = seed.PrimaryBusinessProfileSid,
            AddressSid = seed.AddressSid,
            NumbersOnProfile = [.. seed.NumbersOnProfile, .. onProfile.Select(ToSeeded)],
            NumbersNotOnProfile = [.. seed.NumbersNotOnProfile, .. extra.Select(ToSeeded)],
            TollFreeNumber = seed.TollFreeNumber,
            CanadianNumber = seed.CanadianNumber,
            SubaccountSid = seed.SubaccountSid,
            SubaccountAuthToken = seed.SubaccountAuthToken,
            SubaccountNumbers = seed.SubaccountNumbers,
        };

        SeededNumber ToSeeded(string sid) => new(sid, ((PhoneNumber)state.BySid[sid]).E164);
    }
}
