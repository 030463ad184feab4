using TrustHubGen.Analyzers.Tests.Infrastructure;
using static TrustHubGen.Analyzers.Tests.Infrastructure.Sources;

namespace TrustHubGen.Analyzers.Tests.Rules;

public sealed class TH1010NumberCannotCarryProductTests
{
    [Fact]
    public Task Toll_free_and_non_us_numbers_for_cnam() => AnalyzerVerifier.VerifyAsync(Method($$"""
        var product = TrustProductsResource.Create("CNAM", "a@example.com", "{{Cnam}}");
        var tollFree = IncomingPhoneNumberResource.Read(phoneNumber: {|TH1010:"+18005550100"|});
        var canadian = IncomingPhoneNumberResource.Read(phoneNumber: {|TH1010:"+14165550100"|});
        var british = IncomingPhoneNumberResource.Read(phoneNumber: {|TH1010:"+442071838750"|});
        """));

    [Fact]
    public Task Us_numbers_for_cnam_and_any_number_for_shaken_are_silent() => AnalyzerVerifier.VerifyAsync(new[] { Method($$"""
        var product = TrustProductsResource.Create("CNAM", "a@example.com", "{{Cnam}}");
        var local = IncomingPhoneNumberResource.Read(phoneNumber: "+14155550100");
        """), Method($$"""
        var product = TrustProductsResource.Create("SHAKEN", "a@example.com", "{{Shaken}}");
        var tollFree = IncomingPhoneNumberResource.Read(phoneNumber: "+18005550100");
        """).Replace("class Onboarding", "class Onboarding2") });
}
