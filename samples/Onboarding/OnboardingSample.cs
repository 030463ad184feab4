using Onboarding.TrustHub;
using TrustHubGen.Runtime;
using TrustHubGen.Runtime.Onboarding;

namespace Onboarding;

/// <summary>
/// CNAM and SHAKEN/STIR for the account's numbers in one run: find the approved Primary Business Profile, build the
/// generated typed pipeline, plan, confirm (live only), run with progress, wait for the review, print the outcome. One
/// world: every call goes through the engine's operations (<see cref="TrustHubRestOperations"/>, over the transport).
/// </summary>
internal sealed class OnboardingSample(SampleTarget target, SampleArguments arguments, TextWriter output, TextReader input)
{
    // The display name carriers will show: parsing checks the CNAM policy's rules (15 characters, starts with a letter, …).
    private static readonly CnamDisplayName DisplayName = CnamDisplayName.Parse("Acme Widgets");

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var operations = new TrustHubRestOperations(target.Transport, target.AccountSid.Value);
        var profile = await FindApprovedPrimaryProfileAsync(operations, cancellationToken);
        if (profile is null)
        {
            output.WriteLine("No twilio-approved Primary Business Profile in this account: create one in the Twilio Console first.");
            return 1;
        }
        output.WriteLine($"Business Profile {profile.Sid} \"{profile.FriendlyName}\" ({profile.Status}).");

        var onboarding = BuildPipeline(CustomerProfileSid.Parse(profile.Sid));
        var plan = await onboarding.PlanAsync(operations, cancellationToken);
        PrintPlan(plan);
        if (arguments.PlanOnly) return 0;
        if (target.IsLive && !arguments.Yes && !Confirm()) return 1;

        var progress = new ConsoleProgress(output);
        var result = await onboarding.RunAsync(operations, progress, logger: null, cancellationToken);
        progress.Finish();
        OutcomeTable.Print(output, result);
        return result.Succeeded ? 0 : 1;
    }

    // What a user writes: CNAM and SHAKEN/STIR for the same numbers in one run. Each stage offers only the next step, so
    // the numbers, the CNAM end user and the e-mail cannot be forgotten; only the last stage plans or runs.
    private OnboardingPipeline BuildPipeline(CustomerProfileSid profile)
    {
        var cnam = CnamOnboarding.For(profile);
        var numbers = target.Seed is { } seed ? cnam.WithNumbers(SeedNumbers(seed)) : cnam.WithEveryNumberOnProfile();
        return numbers
            .WithCnamInformation(DisplayName)
            .AndShakenStir()
            .NotifyEmail("trust-hub@acme.example")
            .WithOptions(new OnboardingOptions { WaitForReview = true, ReviewPollInitialDelay = TimeSpan.FromMilliseconds(500), ReviewTimeout = TimeSpan.FromMinutes(2) });
    }

    // The demo seed's numbers: some already on the profile, some not yet (the run puts them there first), and a
    // toll-free one that CNAM must refuse. Live: every number already on the profile, nothing else is touched.
    private static IEnumerable<PhoneNumberSid> SeedNumbers(TrustHubGen.Emulator.Hosting.EmulatorSeedInfo seed)
    {
        var numbers = seed.NumbersOnProfile.Concat(seed.NumbersNotOnProfile).ToList();
        if (seed.TollFreeNumber is { } tollFree) numbers.Add(tollFree);
        return numbers.Select(n => PhoneNumberSid.Parse(n.Sid));
    }

    private static async Task<TrustHubBundle?> FindApprovedPrimaryProfileAsync(ITrustHubOperations operations, CancellationToken cancellationToken)
    {
        var profiles = operations.ListBundlesAsync(OnboardingBundleKind.CustomerProfile, PolicyCatalog.PrimaryBusinessProfile.SidValue, cancellationToken);
        await foreach (var profile in profiles)
        {
            if (profile.Status == CustomerProfileStatus.TwilioApproved.Value) return profile;
        }
        return null;
    }

    private void PrintPlan(OnboardingPlan plan)
    {
        output.WriteLine();
        output.WriteLine(plan.IsEmpty ? "Plan: nothing left to do." : $"Plan: {plan.Steps.Count} call(s).");
        foreach (var (kind, count) in plan.CountByKind.OrderBy(p => p.Key)) output.WriteLine($"  {count,5} × {kind}");
        foreach (var refused in plan.Refused) output.WriteLine($"  refused: {refused}");
        output.WriteLine();
    }

    private bool Confirm()
    {
        output.Write("This writes to the live account above. Proceed? [y/N] ");
        var answer = input.ReadLine();
        return answer is not null && answer.Trim().Equals("y", StringComparison.OrdinalIgnoreCase);
    }
}
