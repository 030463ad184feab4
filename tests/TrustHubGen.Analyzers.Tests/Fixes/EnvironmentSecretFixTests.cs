using Microsoft.CodeAnalysis.CodeFixes;
using TrustHubGen.Analyzers.Tests.Infrastructure;
using static TrustHubGen.Analyzers.Tests.Infrastructure.Sources;

namespace TrustHubGen.Analyzers.Tests.Fixes;

public sealed class EnvironmentSecretFixTests
{
    private const string Account = "AC0123456789abcdef0123456789abcdef";
    private const string Read = """System.Environment.GetEnvironmentVariable("TWILIO_AUTH_TOKEN") ?? throw new System.InvalidOperationException("Set the TWILIO_AUTH_TOKEN environment variable.")""";
    private const string ReadSecret = """System.Environment.GetEnvironmentVariable("TWILIO_API_SECRET") ?? throw new System.InvalidOperationException("Set the TWILIO_API_SECRET environment variable.")""";

    [Fact]
    public Task TH1011_reads_the_auth_token_from_the_environment() => CodeFixVerifier.VerifyFixAsync(
        Method($$"""TwilioClient.Init("{{Account}}", "0123456789abcdef0123456789abcdef");"""),
        "TH1011",
        Method($$"""TwilioClient.Init("{{Account}}", {{Read}});"""));

    [Fact]
    public Task TH1011_fix_all_in_project() => CodeFixVerifier.VerifyFixAllAsync(
        new[]
        {
            Method($$"""TwilioClient.Init("{{Account}}", "0123456789abcdef0123456789abcdef");"""),
            Method($$"""var c = TrustHubGen.Runtime.TwilioCredentials.FromApiKey("{{Account}}", "SK0123456789abcdef0123456789abcdef", "secret-secret");""").Replace("class Onboarding", "class Other"),
        },
        "TH1011",
        new[]
        {
            Method($$"""TwilioClient.Init("{{Account}}", {{Read}});"""),
            Method($$"""var c = TrustHubGen.Runtime.TwilioCredentials.FromApiKey("{{Account}}", "SK0123456789abcdef0123456789abcdef", {{ReadSecret}});""").Replace("class Onboarding", "class Other"),
        },
        FixAllScope.Project);
}
