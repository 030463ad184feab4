namespace TrustHubGen.Emulator.Hosting;

/// <summary>What the program prints at start: where it listens, the credentials, and the seeded SIDs.</summary>
internal static class Banner
{
    public static void Print(TextWriter output, EmulatorHost host, EmulatorOptions options)
    {
        var seed = host.Seed;
        output.WriteLine($"Trust Hub emulator listening on {host.BaseAddress.ToString().TrimEnd('/')}");
        output.WriteLine($"  account sid:   {seed.AccountSid}");
        output.WriteLine($"  auth token:    {seed.AuthToken}");
        if (options.ApiKeySid is not null)
        {
            output.WriteLine($"  api key:       {options.ApiKeySid} (secret {options.ApiKeySecret})");
        }

        output.WriteLine($"  state:         {(options.StatePath is null ? "in memory" : Path.GetFullPath(options.StatePath))}");
        output.WriteLine($"  review step:   {options.ReviewStepDelay.TotalSeconds} s");
        if (seed.PrimaryBusinessProfileSid is not null)
        {
            output.WriteLine($"  primary business profile (twilio-approved, EIN): {seed.PrimaryBusinessProfileSid}");
            foreach (var n in seed.NumbersOnProfile.Take(12))
            {
                output.WriteLine($"    on profile:     {n.Sid} {n.PhoneNumber}");
            }

            if (seed.NumbersOnProfile.Count > 12)
            {
                output.WriteLine($"    on profile:     … {seed.NumbersOnProfile.Count - 12} more");
            }

            if (seed.TollFreeNumber is { } tollFree)
            {
                output.WriteLine($"    toll-free:      {tollFree.Sid} {tollFree.PhoneNumber} (on profile)");
            }

            if (seed.CanadianNumber is { } canadian)
            {
                output.WriteLine($"    Canadian:       {canadian.Sid} {canadian.PhoneNumber} (on profile)");
            }
        }

        foreach (var n in seed.NumbersNotOnProfile.Take(8))
        {
            output.WriteLine($"    not on profile: {n.Sid} {n.PhoneNumber}");
        }

        if (seed.NumbersNotOnProfile.Count > 8)
        {
            output.WriteLine($"    not on profile: … {seed.NumbersNotOnProfile.Count - 8} more");
        }

        if (seed.SubaccountSid is not null)
        {
            output.WriteLine($"  subaccount: {seed.SubaccountSid} (token {seed.SubaccountAuthToken}; the parent's token works too)");
            foreach (var n in seed.SubaccountNumbers)
            {
                output.WriteLine($"    number:         {n.Sid} {n.PhoneNumber}");
            }
        }

        output.WriteLine("Press Ctrl+C to stop.");
        output.Flush();
    }
}
