using TrustHubGen.Analyzers.Tests.Infrastructure;
using static TrustHubGen.Analyzers.Tests.Infrastructure.Sources;
using static TrustHubGen.Analyzers.Tests.Infrastructure.TrustHubTest;

namespace TrustHubGen.Analyzers.Tests.Rules;

public sealed class TH1010NumberCannotCarryProductTests
{
    [Fact]
    public Task Toll_free_and_non_us_numbers_for_cnam() => VerifyAsync(Method($$"""
        var product = TrustProductsResource.Create("CNAM", "a@example.com", "{{Cnam}}");
        var tollFree = IncomingPhoneNumberResource.Read(phoneNumber: {|#0:"+18005550100"|});
        var canadian = IncomingPhoneNumberResource.Read(phoneNumber: {|#1:"+14165550100"|});
        var british = IncomingPhoneNumberResource.Read(phoneNumber: {|TH1010:"+442071838750"|});
        """),
        Diagnostic("TH1010").WithLocation(0).WithMessage($"Phone number +18005550100 cannot carry Cnam ({Cnam}), created in this method: +18005550100 is a toll-free number (+1 800); this policy does not accept toll-free numbers; use a local number from US."),
        Diagnostic("TH1010").WithLocation(1).WithMessage($"Phone number +14165550100 cannot carry Cnam ({Cnam}), created in this method: +14165550100 is a number from CA (area code 416); this policy accepts only numbers from US."));

    // Decided in issue 10 (docs/rules/TH1010.md): naming the number with Twilio's PhoneNumber, or in a
    // ReadIncomingPhoneNumberOptions, is the same lookup as the string form and is reported alike.
    [Fact]
    public Task Phone_number_objects_and_read_options_are_the_same_lookup() => VerifyAsync(Method($$"""
        var options = new CreateTrustProductsOptions("CNAM", "a@example.com", "{{Cnam}}");
        var product = await TrustProductsResource.CreateAsync(options);
        var tollFree = IncomingPhoneNumberResource.Read(phoneNumber: new PhoneNumber({|TH1010:"+18445550100"|}));
        var read = new ReadIncomingPhoneNumberOptions { PhoneNumber = {|TH1010:"+14165550100"|} };
        var canadian = IncomingPhoneNumberResource.Read(read);
        await IncomingPhoneNumberResource.ReadAsync(new ReadIncomingPhoneNumberOptions { PhoneNumber = new PhoneNumber({|TH1010:"+18885550100"|}) });
        """));

    [Fact]
    public Task Us_numbers_for_cnam_and_any_number_for_shaken_are_silent() => VerifySourcesAsync([Method($$"""
        var product = TrustProductsResource.Create("CNAM", "a@example.com", "{{Cnam}}");
        var local = IncomingPhoneNumberResource.Read(phoneNumber: "+14155550100");
        var unused = new ReadIncomingPhoneNumberOptions { PhoneNumber = "+14165550100" };
        """), Other(Method($$"""
        var product = TrustProductsResource.Create("SHAKEN", "a@example.com", "{{Shaken}}");
        var tollFree = IncomingPhoneNumberResource.Read(phoneNumber: "+18005550100");
        """))]);
}
