using TrustHubGen.Analyzers.Tests.Infrastructure;
using static TrustHubGen.Analyzers.Tests.Infrastructure.Sources;

namespace TrustHubGen.Analyzers.Tests.Rules;

public sealed class TH1011CredentialInSourceTests
{
    private const string Token = "0123456789abcdef0123456789abcdef";

    [Fact]
    public Task Twilio_client_init_and_rest_client() => AnalyzerVerifier.VerifyAsync(Method($$"""
        TwilioClient.Init("AC0123456789abcdef0123456789abcdef", {|TH1011:"{{Token}}"|});
        var client = new Twilio.Clients.TwilioRestClient(password: {|TH1011:"{{Token}}"|}, username: "SK0123456789abcdef0123456789abcdef");
        """));

    [Fact]
    public Task Our_credentials_from_constants_across_files() => AnalyzerVerifier.VerifyAsync(new[]
    {
        Method("""
            var token = TrustHubGen.Runtime.TwilioCredentials.FromAuthToken("AC0123456789abcdef0123456789abcdef", {|TH1011:Secrets.Token|});
            var key = TrustHubGen.Runtime.TwilioCredentials.FromApiKey("AC0123456789abcdef0123456789abcdef", "SK0123456789abcdef0123456789abcdef", {|TH1011:Secrets.Prefix + "cdef"|});
            """),
        $$"""
        public static class Secrets
        {
            public const string Token = "{{Token}}";
            public static readonly string Prefix = "0123456789abcdef0123456789ab";
        }
        """,
    });

    [Fact]
    public Task Secrets_from_the_environment_are_silent() => AnalyzerVerifier.VerifyAsync(Method("""
        TwilioClient.Init("AC0123456789abcdef0123456789abcdef", Environment.GetEnvironmentVariable("TWILIO_AUTH_TOKEN")!);
        var fromEnvironment = TrustHubGen.Runtime.TwilioCredentials.FromEnvironment();
        """));
}
