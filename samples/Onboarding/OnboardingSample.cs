using Onboarding.TrustHub;
using TrustHubGen.Runtime;
using TrustHubGen.Runtime.Onboarding;

namespace Onboarding;

/// <summary>
/// CNAM and SHAKEN/STIR for the account's numbers in one run: find the approved Primary Business Profile with the
/// generated SDK, plan, confirm (live only), run with progress, wait for the review, print the outcome.
/// </summary>
internal sealed class OnboardingSample(SampleTarget target, SampleArguments arguments, TextWriter output, TextReader input)
{
    // The display name carriers will show; the policy catalog's rules (15 characters, starts with a letter, …) apply.
    private const string DisplayName = "Acme Widgets";

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var trustHub = new TrustHubClient(target.Transport);
        var profile = await FindApprovedPrimaryProfileAsync(trustHub, cancellationToken);
        if (profile is null)
        {
            output.WriteLine("No twilio-approved Primary Business Profile in this account: create one in the Twilio Console first.");
            return 1;
        }
        output.WriteLine($"Business Profile {profile.Sid} \"{profile.FriendlyName}\" ({profile.Status}).");

        var operations = new TrustHubRestOperations(target.Transport, target.AccountSid.Value);
        var request = BuildRequest(profile.Sid!.Value);
        var plan = await new OnboardingPlanner(operations).PlanAsync(request, cancellationToken);
        PrintPlan(plan);
        if (arguments.PlanOnly) return 0;
        if (target.IsLive && !arguments.Yes && !Confirm()) return 1;

        var progress = new ConsoleProgress(output);
        var result = await new OnboardingRunner(operations).RunAsync(request, progress, cancellationToken);
        progress.Finish();
        OutcomeTable.Print(output, result);
        return result.Succeeded ? 0 : 1;
    }

    private OnboardingRequest BuildRequest(CustomerProfileSid profile) => new()
    {
        BusinessProfileSid = profile.Value,
        Policies = [PolicyCatalog.Cnam.OnboardingPolicy, PolicyCatalog.ShakenStir.OnboardingPolicy],
        Numbers = ChooseNumbers(),
        EndUserAttributes = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            [PolicyCatalog.Cnam.EndUsers.CnamInformation.Type] = new Dictionary<string, string>
            {
                [PolicyCatalog.Cnam.EndUsers.CnamInformation.CnamDisplayName.Name] = DisplayName,
            },
        },
        NotificationEmail = "trust-hub@acme.example",
        Options = new OnboardingOptions { WaitForReview = true, ReviewPollInitialDelay = TimeSpan.FromMilliseconds(500), ReviewTimeout = TimeSpan.FromMinutes(2) },
    };

    // The demo seed's numbers: some already on the profile, some not yet (the run puts them there first), and a
    // toll-free one that CNAM must refuse. Live: every number already on the profile, nothing else is touched.
    private OnboardingNumbers ChooseNumbers()
    {
        if (target.Seed is not { } seed) return OnboardingNumbers.EveryNumberOnProfile;
        var numbers = seed.NumbersOnProfile.Concat(seed.NumbersNotOnProfile).Select(n => n.Sid).ToList();
        if (seed.TollFreeNumber is { } tollFree) numbers.Add(tollFree.Sid);
        return OnboardingNumbers.FromSids(numbers);
    }

    private static async Task<CustomerProfile?> FindApprovedPrimaryProfileAsync(TrustHubClient trustHub, CancellationToken cancellationToken)
    {
        var approved = new ListCustomerProfileRequest
        {
            Status = CustomerProfileStatus.TwilioApproved,
            PolicySid = PolicySid.Parse(PolicyCatalog.PrimaryBusinessProfile.SidValue),
            PageSize = 50,
        };
        await foreach (var profile in trustHub.CustomerProfiles.ListAsync(approved, cancellationToken)) return profile;
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
