using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace TrustHubGen.Durable.Tests;

/// <summary>What a user sees of a customer's record: through a status API (JSON), and after starting it again.</summary>
public sealed class StatusRecordTests
{
    private const string Customer = "AC00000000000000000000000000000007";

    [Fact]
    public void A_customer_started_again_keeps_what_was_last_read_of_it_until_its_job_runs()
    {
        using var services = StorageIsolationTests.Provider();
        var onboarding = services.GetRequiredService<IsvOnboarding>();
        onboarding.Store.Record(new IsvCustomerStatus
        {
            AccountSid = Customer, Stage = IsvOnboardingStage.ProfileRejected, ProfileSid = "BU00000000000000000000000000000001",
            ProfileStatus = "twilio-rejected", ProfileRejection = [new(18601, "business name and website could not be linked")], Problems = ["a problem"],
        });

        onboarding.Start(Customer);   // no server here: the job waits

        var status = onboarding.GetStatus(Customer)!;
        Assert.Equal((IsvOnboardingStage.Started, "BU00000000000000000000000000000001", "twilio-rejected"), (status.Stage, status.ProfileSid, status.ProfileStatus));
        Assert.Equal(18601, Assert.Single(status.ProfileRejection).Code);
        Assert.Empty(status.Problems);
        Assert.Equal([Customer], onboarding.Store.ListOpen());
    }

    [Fact]
    public void A_status_API_answers_the_stage_by_name()
    {
        var status = new IsvCustomerStatus { AccountSid = Customer, Stage = IsvOnboardingStage.NeedsAttention };

        // What ASP.NET Core's minimal APIs write for app.MapGet("/customers/{sid}", … GetStatus(sid)).
        var json = JsonSerializer.Serialize(status, JsonSerializerOptions.Web);

        Assert.Contains("\"stage\":\"NeedsAttention\"", json, StringComparison.Ordinal);
        Assert.Equal(IsvOnboardingStage.NeedsAttention, JsonSerializer.Deserialize<IsvCustomerStatus>(json, JsonSerializerOptions.Web)!.Stage);
    }
}
