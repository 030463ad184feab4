using TrustHubGen.Runtime.Onboarding;

namespace TrustHubGen.Runtime.Tests.Onboarding;

/// <summary>Progress of steps running together comes out one step at a time, each complete, none lost.</summary>
public sealed class ProgressInTurnTests
{
    [Fact]
    public void Two_number_steps_reporting_together_come_out_one_after_the_other()
    {
        var turns = new ProgressInTurn();
        var output = new List<OnboardingProgress>();
        for (var done = 0; done <= 3; done++)
        {
            output.AddRange(turns.Next(new OnboardingProgress("assigning numbers to the product", "Cnam", done, 3, 0)));
            output.AddRange(turns.Next(new OnboardingProgress("assigning numbers to the product", "ShakenStir", done, 3, 0)));
        }

        // ShakenStir's reports wait for Cnam's last; then its start, where it had got to, and the rest.
        Assert.Equal(["Cnam 0", "Cnam 1", "Cnam 2", "Cnam 3", "ShakenStir 0", "ShakenStir 2", "ShakenStir 3"], output.Select(p => $"{p.Policy} {p.NumbersDone}"));
    }

    [Fact]
    public void Single_calls_during_a_number_step_come_out_after_it_in_their_order()
    {
        var turns = new ProgressInTurn();
        var output = new List<OnboardingProgress>();
        output.AddRange(turns.Next(new OnboardingProgress("assigning numbers to the Business Profile", null, 0, 2, 0)));
        output.AddRange(turns.Next(new OnboardingProgress("creating the trust product", "Cnam", 0, 0, 0)));
        output.AddRange(turns.Next(new OnboardingProgress("assigning the Business Profile", "Cnam", 0, 0, 0)));
        output.AddRange(turns.Next(new OnboardingProgress("assigning numbers to the Business Profile", null, 1, 2, 0)));
        output.AddRange(turns.Next(new OnboardingProgress("assigning numbers to the Business Profile", null, 2, 2, 0)));
        output.AddRange(turns.Next(new OnboardingProgress("evaluating", "Cnam", 0, 0, 0)));

        Assert.Equal(
            [" assigning numbers to the Business Profile 0", " assigning numbers to the Business Profile 1", " assigning numbers to the Business Profile 2",
             "Cnam creating the trust product 0", "Cnam assigning the Business Profile 0", "Cnam evaluating 0"],
            output.Select(p => $"{p.Policy} {p.Step} {p.NumbersDone}"));
    }
}
