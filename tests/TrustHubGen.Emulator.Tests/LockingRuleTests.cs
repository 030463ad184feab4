using System.Net;
using TrustHubGen.Emulator.State;
using TrustHubGen.Emulator.Tests.Infrastructure;
using static TrustHubGen.Emulator.Tests.Infrastructure.Flows;

namespace TrustHubGen.Emulator.Tests;

/// <summary>
/// The parent's Primary Business Profile is assigned to and unassigned from bundles of the parent and of its
/// subaccount at once: its AssignedTo set (changed only under the parent's lock) ends exactly as the assignments say.
/// </summary>
public sealed class LockingRuleTests
{
    [Fact]
    public async Task Concurrent_assign_and_unassign_of_the_parents_profile_from_parent_and_subaccount_keep_its_assignments_exact()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var customer = emulator.ClientAs(emulator.Seed.SubaccountSid!, emulator.Seed.SubaccountAuthToken!);
        var profile = emulator.Profile;
        const int Rounds = 15;

        // One product holds the profile throughout, so deleting it must be refused at every moment of the race.
        var anchor = await CreateTrustProductAsync(emulator.Client, TestEmulator.ShakenStir);
        Assert.Equal(HttpStatusCode.Created, (await AssignEntityAsync(emulator.Client, anchor, profile)).Status);

        var subaccountWork = Enumerable.Range(0, 3).Select(async _ =>
        {
            var secondary = (await customer.PostAsync("v1/CustomerProfiles",
                ("FriendlyName", "Customer"), ("Email", "isv@example.com"), ("PolicySid", TestEmulator.SecondaryProfile))).Str("sid");
            for (var round = 0; round < Rounds; round++)
            {
                var assigned = await AssignEntityAsync(customer, secondary, profile, "CustomerProfiles");
                Assert.Equal(HttpStatusCode.Created, assigned.Status);
                Assert.Equal(HttpStatusCode.NoContent, (await customer.DeleteAsync($"v1/CustomerProfiles/{secondary}/EntityAssignments/{assigned.Str("sid")}")).Status);
            }

            // Each worker leaves one assignment in place.
            Assert.Equal(HttpStatusCode.Created, (await AssignEntityAsync(customer, secondary, profile, "CustomerProfiles")).Status);
        });
        var parentWork = Enumerable.Range(0, 3).Select(async _ =>
        {
            var product = await CreateTrustProductAsync(emulator.Client, TestEmulator.ShakenStir);
            for (var round = 0; round < Rounds; round++)
            {
                var assigned = await AssignEntityAsync(emulator.Client, product, profile);
                Assert.Equal(HttpStatusCode.Created, assigned.Status);
                Assert.Equal(HttpStatusCode.NoContent, (await emulator.Client.DeleteAsync($"v1/TrustProducts/{product}/EntityAssignments/{assigned.Str("sid")}")).Status);
            }
        });
        var deletes = Task.Run(async () =>
        {
            for (var i = 0; i < 20; i++)
            {
                AssertError(await emulator.Client.DeleteAsync($"v1/CustomerProfiles/{profile}"), HttpStatusCode.Conflict, 990014);
                await Task.Delay(5);
            }
        });
        await Task.WhenAll([.. subaccountWork, .. parentWork]);
        await deletes;

        var state = emulator.Host.State;
        var holders = state.Accounts.Values
            .SelectMany(a => a.CustomerProfiles.Values.Concat(a.TrustProducts.Values))
            .Where(b => b.EntityByObject.ContainsKey(profile))
            .Select(b => b.Sid)
            .Order(StringComparer.Ordinal)
            .ToArray();
        if (state.BySid.GetValueOrDefault(profile) is Bundle stillThere)
        {
            Assert.Equal(holders, stillThere.AssignedTo.Order(StringComparer.Ordinal));
            Assert.Equal(4, holders.Length);
            AssertError(await emulator.Client.DeleteAsync($"v1/CustomerProfiles/{profile}"), HttpStatusCode.Conflict, 990014);
        }
        else
        {
            Assert.Fail("the profile was deleted while bundles held it");
        }
    }
}
