using System.Reflection;
using Microsoft.CodeAnalysis;
using TrustHubGen.Generator.Tests.Infrastructure;

namespace TrustHubGen.Generator.Tests.Pipelines;

/// <summary>The stages are types: what a user writes compiles, and a skipped step or a forgotten end user does not.</summary>
public sealed class PipelineCompilationTests
{
    private const string Usings = """
        using System.Threading.Tasks;
        using TrustHubGen.Runtime.Onboarding;
        using TrustHubGen.Sdk;
        """;

    private const string Profile = "CustomerProfileSid.Parse(\"BU0123456789abcdef0123456789abcdef\")";
    private const string Number = "PhoneNumberSid.Parse(\"PN0123456789abcdef0123456789abcdef\")";

    [Fact]
    public void WhatAUserWritesCompilesCleanly()
    {
        var problems = PipelineHarness.Diagnose(Usings + $$"""
            internal static class Program
            {
                public static async Task<OnboardingResult> Both(ITrustHubOperations ops)
                {
                    var cnamAndShaken = CnamOnboarding.For({{Profile}})
                        .WithNumbers({{Number}})
                        .WithCnamInformation(CnamDisplayName.Parse("Acme Widgets"))
                        .AndShakenStir()
                        .NotifyEmail("ops@example.com")
                        .WithOptions(o => o with { WaitForReview = true });
                    _ = await cnamAndShaken.PlanAsync(ops);
                    return await cnamAndShaken.RunAsync(ops, progress: null, logger: null);
                }

                public static OnboardingPipeline VoiceIntegrity() =>
                    VoiceIntegrityOnboarding.For({{Profile}})
                        .WithPhoneNumbers(E164Number.Parse("+14155550100"))
                        .WithVoiceIntegrityInformation(useCase: "Appointment reminders", businessEmployeeCount: "40", averageBusinessDayCallVolume: "300")
                        .NotifyEmail("ops@example.com");

                public static OnboardingPipeline ShakenThenCnam() =>
                    ShakenStirOnboarding.For({{Profile}}).WithEveryNumberOnProfile().AndCnam(CnamDisplayName.Parse("Acme Widgets")).NotifyEmail("ops@example.com");
            }
            """);

        Assert.True(problems.Count == 0, GeneratorHarness.Format(problems));
    }

    [Theory]
    [InlineData("CnamOnboarding.For(P).WithNumbers(N).NotifyEmail(\"ops@example.com\")", "CS1061", "NotifyEmail")]
    [InlineData("CnamOnboarding.For(P).WithNumbers(N).AndShakenStir().NotifyEmail(\"ops@example.com\")", "CS1929", "AndShakenStir")]
    [InlineData("CnamOnboarding.For(P).NotifyEmail(\"ops@example.com\")", "CS1061", "NotifyEmail")]
    [InlineData("ShakenStirOnboarding.For(P).WithNumbers(N).AndCnam().NotifyEmail(\"ops@example.com\")", "CS7036", "cnamDisplayName")]
    [InlineData("CnamOnboarding.For(P).WithNumbers(N).WithCnamInformation(\"Acme Widgets\").NotifyEmail(\"ops@example.com\")", "CS1503", "CnamDisplayName")]
    [InlineData("SecondaryBusinessProfileOnboarding.For(\"Acme\").NotifyEmail(\"ops@example.com\")", "CS1061", "NotifyEmail")]
    [InlineData("SecondaryBusinessProfileOnboarding.For(\"Acme\").WithCustomerProfileBusinessInformation(\"Acme\", \"Corporation\", \"EIN\", \"12-3456789\", SecondaryBusinessProfileBusinessIdentity.Parse(\"direct_customer\"), \"RETAIL\", \"USA_AND_CANADA\", \"https://acme.example\")", "CS1061", "WithCustomerProfileBusinessInformation")]
    public void SkippingAStepDoesNotCompile(string pipeline, string expectedId, string named)
    {
        var problems = PipelineHarness.Diagnose(Usings + $$"""
            public static class Program
            {
                private static readonly CustomerProfileSid P = {{Profile}};
                private static readonly PhoneNumberSid N = {{Number}};

                public static object Build() => {{pipeline}};
            }
            """);

        var error = Assert.Single(problems, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(expectedId, error.Id);
        Assert.Contains(named, error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void PlanAndRunExistOnlyOnTheLastStage()
    {
        var problems = PipelineHarness.Diagnose(Usings + $$"""
            public static class Program
            {
                public static Task Plan(ITrustHubOperations ops) =>
                    CnamOnboarding.For({{Profile}}).WithNumbers({{Number}}).WithCnamInformation(CnamDisplayName.Parse("Acme")).PlanAsync(ops);
            }
            """);

        var error = Assert.Single(problems, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("CS1061", error.Id);
        Assert.Contains("PlanAsync", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void SixteenCharacterDisplayNameLiteralCompilesAndFailsAtParse()
    {
        // Without the analyzers the literal is only checked at run time; TrustHubGen.Analyzers reports it at compile time.
        var assembly = PipelineHarness.Load("""
            public static class Program
            {
                public static object Parse() => TrustHubGen.Sdk.CnamDisplayName.Parse("ABCDEFGHIJKLMNOP");
            }
            """);
        var parse = assembly.GetType("Program")!.GetMethod("Parse")!;

        var error = Assert.IsType<ArgumentException>(Assert.Throws<TargetInvocationException>(() => parse.Invoke(null, null)).InnerException);

        Assert.Contains("CnamDisplayName", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"ABCDEFGHIJKLMNOP\" has 16 characters; at most 15 are allowed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseReportsEveryBrokenRuleAndTryParseDoesNotThrow()
    {
        var assembly = PipelineHarness.Load("""
            public static class Program
            {
                public static object Parse(string value) => TrustHubGen.Sdk.CnamDisplayName.Parse(value);

                public static string? TryParse(string? value) => TrustHubGen.Sdk.CnamDisplayName.TryParse(value, out var name, out var error) ? "ok:" + name.Value : error;
            }
            """);
        var program = assembly.GetType("Program")!;
        string? TryParse(string? value) => (string?)program.GetMethod("TryParse")!.Invoke(null, [value]);

        var error = Assert.IsType<ArgumentException>(Assert.Throws<TargetInvocationException>(() => program.GetMethod("Parse")!.Invoke(null, ["1-800 FLOWERS NOW!"])).InnerException);

        Assert.Contains("has 18 characters", error.Message, StringComparison.Ordinal);
        Assert.Contains("begins with a letter", error.Message, StringComparison.Ordinal);
        Assert.Equal("ok:Acme Widgets", TryParse("Acme Widgets"));
        Assert.Contains("as a generic value", TryParse("new york."), StringComparison.Ordinal);
        Assert.Contains("is required but missing", TryParse(null), StringComparison.Ordinal);
    }

    [Fact]
    public void ValueTypesCarryThePolicyAttribute()
    {
        var assembly = PipelineHarness.Load("public static class Program { }");
        var type = assembly.GetType("TrustHubGen.Sdk.CnamDisplayName")!;

        var marker = type.GetCustomAttribute<TrustHubGen.Runtime.Onboarding.PolicyAttributeValueAttribute>();

        Assert.NotNull(marker);
        Assert.Equal(("RNf3db3cd1fe25fcfd3c3ded065c8fea53", "cnam_information", "cnam_display_name"), (marker.PolicySid, marker.EndUserType, marker.AttributeName));
        Assert.True(type.IsValueType);
    }
}
