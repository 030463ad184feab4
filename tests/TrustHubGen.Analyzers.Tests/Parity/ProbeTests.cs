using TrustHubGen.Analyzers.Tests.Infrastructure;
using static TrustHubGen.Analyzers.Tests.Infrastructure.SdkSources;

namespace TrustHubGen.Analyzers.Tests.Parity;

public sealed class ProbeTests
{
    [Fact]
    public Task Probe() => new TrustHubTest
    {
        TestCode = Method("""
            var product = await trustHub.TrustProducts.CreateAsync(new CreateTrustProductRequest { FriendlyName = "x", Email = "a@example.com", PolicySid = PolicySid.Parse(PolicyCatalog.Cnam.SidValue) });
            await trustHub.TrustProducts.ChannelEndpointAssignments(product.Sid!.Value).CreateAsync(new CreateTrustProductChannelEndpointAssignmentRequest { ChannelEndpointType = {|TH1003:"phone_number"|}, ChannelEndpointSid = numberSid });
            await trustHub.EndUsers.CreateAsync(new CreateEndUserRequest { FriendlyName = "x", Type = {|TH1008:"cnam-information"|} });
            """),
    }.WithGeneratedSdk().RunAsync();
}
