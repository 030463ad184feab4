using TrustHubGen.Analyzers.Tests.Infrastructure;
using static TrustHubGen.Analyzers.Tests.Infrastructure.Sources;
using static TrustHubGen.Analyzers.Tests.Infrastructure.TrustHubTest;

namespace TrustHubGen.Analyzers.Tests.Rules;

/// <summary>
/// TH1011's fix removes the secret where it lives: a secret kept in a local is rewritten in the local's initializer (the
/// use stays), and where the secret lives somewhere the fix cannot follow safely (a field or constant, a local written
/// again or a const local) it offers nothing rather than leave the secret in source behind a fixed-looking call.
/// </summary>
public sealed partial class TH1011CredentialInSourceTests
{
    [Fact]
    public Task Fix_rewrites_the_local_that_holds_the_secret() => VerifyFixAsync(
        Method($$"""
            var token = "{{Token}}";
            TwilioClient.Init("{{Account}}", {|TH1011:token|});
            """),
        Method($$"""
            var token = {{Read}};
            TwilioClient.Init("{{Account}}", token);
            """));

    // Two uses of one local and a literal: Fix All rewrites the local once and each literal where it is.
    [Fact]
    public Task Fix_all_rewrites_a_shared_local_once() => VerifyFixAsync(
        Method($$"""
            string token = "{{Token}}";
            TwilioClient.Init("{{Account}}", {|TH1011:token|});
            TwilioClient.SetPassword({|TH1011:token|});
            var credentials = TrustHubGen.Runtime.TwilioCredentials.FromAuthToken("{{Account}}", {|TH1011:"{{Token}}"|});
            """),
        Method($$"""
            string token = {{Read}};
            TwilioClient.Init("{{Account}}", token);
            TwilioClient.SetPassword(token);
            var credentials = TrustHubGen.Runtime.TwilioCredentials.FromAuthToken("{{Account}}", {{Read}});
            """));

    [Fact]
    public Task Fix_offers_nothing_where_it_cannot_remove_the_secret()
    {
        var source = Method($$"""
            const string local = "{{Token}}";
            TwilioClient.Init("{{Account}}", {|TH1011:local|});
            TwilioClient.Init("{{Account}}", {|TH1011:Secrets.Token|});
            TwilioClient.Init("{{Account}}", {|TH1011:Environment.GetEnvironmentVariable("TWILIO_AUTH_TOKEN") ?? Secrets.Token|});
            """) + $$"""
            public static class Secrets
            {
                public const string Token = "{{Token}}";
            }
            """;
        return VerifyFixAsync(source, source);
    }
}
