using TrustHubGen.Analyzers.Tests.Infrastructure;
using static TrustHubGen.Analyzers.Tests.Infrastructure.Sources;
using static TrustHubGen.Analyzers.Tests.Infrastructure.TrustHubTest;

namespace TrustHubGen.Analyzers.Tests.Rules;

public sealed partial class TH1011CredentialInSourceTests
{
    private const string Token = "0123456789abcdef0123456789abcdef";
    private const string Account = "AC0123456789abcdef0123456789abcdef";
    private const string Read = """System.Environment.GetEnvironmentVariable("TWILIO_AUTH_TOKEN") ?? throw new System.InvalidOperationException("Set the TWILIO_AUTH_TOKEN environment variable.")""";
    private const string ReadSecret = """System.Environment.GetEnvironmentVariable("TWILIO_API_SECRET") ?? throw new System.InvalidOperationException("Set the TWILIO_API_SECRET environment variable.")""";

    [Fact]
    public Task Twilio_client_init_and_rest_client() => VerifyAsync(Method($$"""
        TwilioClient.Init("{{Account}}", {|#0:"{{Token}}"|});
        var client = new Twilio.Clients.TwilioRestClient(password: {|#1:"{{Token}}"|}, username: "SK0123456789abcdef0123456789abcdef");
        """),
        Diagnostic("TH1011").WithLocation(0).WithMessage("The auth token passed to TwilioClient.Init is a literal secret in source; read it from the environment or a secret store instead"),
        Diagnostic("TH1011").WithLocation(1).WithMessage("The API key secret passed to TwilioRestClient.ctor is a literal secret in source; read it from the environment or a secret store instead"));

    [Fact]
    public Task Our_credentials_from_constants_across_files() => VerifySourcesAsync([
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
        """]);

    // Decided in issue 10 (docs/rules/TH1011.md): a literal fallback is a secret in source, used whenever the variable is missing.
    [Fact]
    public Task Literal_fallback_after_an_environment_read() => VerifyAsync(Method($$"""
        TwilioClient.Init("{{Account}}", {|#0:Environment.GetEnvironmentVariable("TWILIO_AUTH_TOKEN") ?? "{{Token}}"|});
        var credentials = TrustHubGen.Runtime.TwilioCredentials.FromAuthToken("{{Account}}", {|TH1011:Environment.GetEnvironmentVariable("TOKEN") ?? Secrets.Fallback|});
        """) + $$"""
        public static class Secrets
        {
            public const string Fallback = "{{Token}}";
        }
        """,
        Diagnostic("TH1011").WithLocation(0).WithMessage("The auth token passed to TwilioClient.Init falls back to a literal secret in source when the variable is not set; read it from the environment or a secret store instead"));

    [Fact]
    public Task Literal_secret_on_a_branch_of_a_choice() => VerifyAsync(Method($$"""
        var development = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") == "Development";
        TwilioClient.Init("{{Account}}", {|#0:development ? "{{Token}}" : Environment.GetEnvironmentVariable("TWILIO_AUTH_TOKEN")!|});
        TwilioClient.Init("{{Account}}", {|TH1011:Environment.GetEnvironmentVariable("TWILIO_AUTH_TOKEN") ?? (development ? "{{Token}}" : "")|});
        TwilioClient.Init("{{Account}}", development ? "" : Environment.GetEnvironmentVariable("TWILIO_AUTH_TOKEN")!);
        """),
        Diagnostic("TH1011").WithLocation(0).WithMessage("The auth token passed to TwilioClient.Init is a literal secret in source on one of its branches; read it from the environment or a secret store instead"));

    [Fact]
    public Task Secrets_from_the_environment_are_silent() => VerifyAsync(Method("""
        TwilioClient.Init("AC0123456789abcdef0123456789abcdef", Environment.GetEnvironmentVariable("TWILIO_AUTH_TOKEN")!);
        TwilioClient.Init("AC0123456789abcdef0123456789abcdef", Environment.GetEnvironmentVariable("TWILIO_AUTH_TOKEN") ?? "");
        TwilioClient.Init("AC0123456789abcdef0123456789abcdef", Environment.GetEnvironmentVariable("TWILIO_AUTH_TOKEN") ?? throw new InvalidOperationException());
        var fromEnvironment = TrustHubGen.Runtime.TwilioCredentials.FromEnvironment();
        """));

    [Fact]
    public Task Fix_reads_the_auth_token_from_the_environment() => VerifyFixAsync(
        Method($$"""TwilioClient.Init("{{Account}}", {|TH1011:"{{Token}}"|});"""),
        Method($$"""TwilioClient.Init("{{Account}}", {{Read}});"""));

    [Fact]
    public Task Fix_replaces_a_literal_fallback() => VerifyFixAsync(
        Method($$"""TwilioClient.Init("{{Account}}", {|TH1011:Environment.GetEnvironmentVariable("TWILIO_AUTH_TOKEN") ?? "{{Token}}"|});"""),
        Method($$"""TwilioClient.Init("{{Account}}", {{Read}});"""));

    [Fact]
    public Task Fix_all_in_the_project_reads_each_secret_from_its_variable() => new TrustHubTest
    {
        TestState =
        {
            Sources =
            {
                Method($$"""TwilioClient.Init("{{Account}}", {|TH1011:"{{Token}}"|});"""),
                Other(Method($$"""var c = TrustHubGen.Runtime.TwilioCredentials.FromApiKey("{{Account}}", "SK0123456789abcdef0123456789abcdef", {|TH1011:"secret-secret"|});""")),
            },
        },
        FixedState =
        {
            Sources =
            {
                Method($$"""TwilioClient.Init("{{Account}}", {{Read}});"""),
                Other(Method($$"""var c = TrustHubGen.Runtime.TwilioCredentials.FromApiKey("{{Account}}", "SK0123456789abcdef0123456789abcdef", {{ReadSecret}});""")),
            },
        },
    }.RunAsync();
}
