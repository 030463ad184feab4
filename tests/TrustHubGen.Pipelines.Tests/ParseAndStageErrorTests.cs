using TrustHubGen.Pipelines.Tests.Sdk;
using TrustHubGen.Runtime.Onboarding;

namespace TrustHubGen.Pipelines.Tests;

/// <summary>Bad input is refused where it is written, with a message naming the input and what is wrong.</summary>
public sealed class ParseAndStageErrorTests
{
    private static readonly CustomerProfileSid Profile = CustomerProfileSid.Parse("BU0123456789abcdef0123456789abcdef");
    private static readonly PhoneNumberSid Number = PhoneNumberSid.Parse("PN0123456789abcdef0123456789abcdef");

    // Values arrive as parameters, as they would from a form or a file: the analyzers report bad literals at compile time.
    [Theory]
    [InlineData("1-800-FLOWERS NOW")]
    public void CnamDisplayName_names_the_value_and_every_broken_rule(string value)
    {
        var error = Assert.Throws<ArgumentException>(() => CnamDisplayName.Parse(value));

        Assert.StartsWith("CnamDisplayName: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"1-800-FLOWERS NOW\" has 17 characters; at most 15 are allowed.", error.Message, StringComparison.Ordinal);
        Assert.Contains("does not have the required form: begins with a letter", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Texas", "as a generic value")]
    [InlineData("", "is required but empty")]
    [InlineData("Owl\nIndustries", "does not have the required form")]
    public void CnamDisplayName_TryParse_reports_without_throwing(string value, string expected)
    {
        Assert.False(CnamDisplayName.TryParse(value, out var name, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Equal(default, name);
    }

    [Fact]
    public void Valid_values_round_trip()
    {
        Assert.True(CnamDisplayName.TryParse("Acme Widgets", out var name, out var error));
        Assert.Null(error);
        Assert.Equal("Acme Widgets", name.Value);
        Assert.Equal(CnamDisplayName.Parse("Acme Widgets"), name);
        Assert.Equal("support", CallReason.Parse("support").ToString());
    }

    [Theory]
    [InlineData("marketing")]
    public void An_allowed_values_rule_lists_the_choices(string value)
    {
        var error = Assert.Throws<ArgumentException>(() => CallReason.Parse(value));

        Assert.Contains("call_reason \"marketing\" is not an accepted value; use one of \"sales\", \"support\", \"appointments\" (exact spelling).", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("4155550100", "does not start with '+'")]
    [InlineData("+1415555010", "it needs exactly 10")]
    [InlineData("+44 20 7946 0958", "is not an E.164 phone number")]
    [InlineData("", "is empty")]
    public void E164Number_says_what_is_wrong(string value, string expected)
    {
        var error = Assert.Throws<FormatException>(() => E164Number.Parse(value));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal("+14155550100", E164Number.Parse(" +14155550100 ").Value);
    }

    [Fact]
    public void A_default_value_is_refused_where_it_is_passed()
    {
        var stage = CnamOnboarding.For(Profile).WithNumbers(Number);

        var error = Assert.Throws<InvalidOperationException>(() => stage.WithCnamInformation(default));

        Assert.Contains("CnamDisplayName is default", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Voice_Integrity_required_strings_are_checked_at_their_stage()
    {
        var stage = VoiceIntegrityOnboarding.For(Profile).WithNumbers(Number);

        var error = Assert.Throws<ArgumentException>(() => stage.WithVoiceIntegrityInformation(useCase: "", businessEmployeeCount: "40", averageBusinessDayCallVolume: null!));

        Assert.Contains("End user voice_integrity_information for policy VoiceIntegrity:", error.Message, StringComparison.Ordinal);
        Assert.Contains("use_case is required but empty.", error.Message, StringComparison.Ordinal);
        Assert.Contains("average_business_day_call_volume is required but missing.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Notification_email_and_callback_are_checked()
    {
        var stage = ShakenStirOnboarding.For(Profile).WithNumbers(Number);

        Assert.Contains("email \"ops.example.com\" is not an e-mail address", Assert.Throws<ArgumentException>(() => stage.NotifyEmail("ops.example.com")).Message, StringComparison.Ordinal);
        Assert.Contains("statusCallback \"/callback\" is not an absolute http(s) URL", Assert.Throws<ArgumentException>(() => stage.NotifyEmail("ops@example.com", new Uri("/callback", UriKind.Relative))).Message, StringComparison.Ordinal);
        Assert.Equal(new Uri("https://example.com/cb"), stage.NotifyEmail("ops@example.com", new Uri("https://example.com/cb")).Request.StatusCallback);
    }

    [Fact]
    public void A_policy_added_twice_or_with_no_numbers_is_refused()
    {
        var stage = ShakenStirOnboarding.For(Profile).WithNumbers(Number);

        Assert.Contains("already part of this onboarding", Assert.Throws<ArgumentException>(() => stage.AndShakenStir()).Message, StringComparison.Ordinal);
        var noNumbers = Assert.Throws<ArgumentException>(() => CnamOnboarding.For(Profile).WithNumbers()).Message;
        Assert.Contains("sids is empty", noNumbers, StringComparison.Ordinal);
        // The way out a pipeline offers, by the name the stage has (the engine's OnboardingNumbers member is named too).
        Assert.Contains("WithEveryNumberOnProfile()", noNumbers, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Options_are_kept_and_checked_by_the_engine()
    {
        var pipeline = ShakenStirOnboarding.For(Profile).WithNumbers(Number).NotifyEmail("ops@example.com")
            .WithOptions(o => o with { MaxConcurrency = 0 });

        Assert.Equal(0, pipeline.Request.Options.MaxConcurrency);
        var error = await Assert.ThrowsAsync<ArgumentException>(() => pipeline.PlanAsync(new TrustHubRestOperations(new NoTransport(), "AC0123456789abcdef0123456789abcdef")));
        Assert.Contains("Options.MaxConcurrency is 0", error.Message, StringComparison.Ordinal);
    }

    private sealed class NoTransport : TrustHubGen.Runtime.ITwilioTransport
    {
        public Task<TrustHubGen.Runtime.TwilioResponse> SendAsync(TrustHubGen.Runtime.TwilioRequest request, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("A request was sent although the input is invalid.");
    }
}
