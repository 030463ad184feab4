using System.Text;

namespace TrustHubGen.Analyzers.Tests.Robustness;

/// <summary>
/// Sources that use our generated SDK and onboarding engine (policy overrides, end-user attributes, SID and attribute
/// value parsing) with good, bad and unknown values, plus mutations of them. Seeded, so a failure reproduces.
/// </summary>
internal static class SdkCorpusGenerator
{
    private static readonly string[] Values =
    {
        "\"RNf3db3cd1fe25fcfd3c3ded065c8fea53\"", "\"RNf3db3cd1fe25fcfd3c3ded065c8fea54\"", "\"RN6433641899984f951173ef1738c3bdd0\"",
        "\"cnam_information\"", "\"cnam-information\"", "\"Acme Plumbing Services\"", "\"1st Choice\"", "\"Texas\"", "\"Acme\"",
        "\"direct_customer\"", "\"DIRECT\"", "\"BU0123456789abcdef0123456789abcdef\"", "\"PN0123456789abcdef0123456789abcdef\"",
        "\"YOUR_PROFILE_SID\"", "null!", "\"\"", "input", "local", "$\"{input}x\"", "\"a\" + \"b\"", "new string('x', 99)",
    };

    private static readonly string[] Statements =
    {
        "var p{n} = new OnboardingPolicy {{ Sid = {0}, Name = {1}, Kind = OnboardingBundleKind.CustomerProfile }};",
        "var q{n} = new OnboardingPolicy {{ Sid = {0}, Name = \"N\", AcceptedProfilePolicySids = new[] {{ {1}, {2} }} }};",
        "var r{n} = new OnboardingPolicy {{ Sid = {0}, Name = \"N\", AcceptedProfilePolicySids = [{1}] }} with {{ Sid = {2} }};",
        "var s{n} = new Dictionary<string, IReadOnlyDictionary<string, string>> {{ [{0}] = new Dictionary<string, string> {{ [{1}] = {2} }} }};",
        "var t{n} = new OnboardingRequest {{ BusinessProfileSid = {0}, Policies = Array.Empty<OnboardingPolicy>(), Numbers = OnboardingNumbers.EveryNumberOnProfile, NotificationEmail = {1}, EndUserAttributes = new Dictionary<string, IReadOnlyDictionary<string, string>> {{ {{ {2}, new Dictionary<string, string> {{ {{ \"cnam_display_name\", {0} }} }} }} }} }};",
        "var u{n} = TrustHubGen.Runtime.TwilioSid.Parse({0});",
        "var v{n} = TrustHubGen.Sdk.PolicySid.Parse({0});",
        "var w{n} = TrustHubGen.Sdk.CnamDisplayName.Parse({0});",
        "TrustHubGen.Sdk.CnamDisplayName.TryParse({0}, out var x{n}, out _);",
        "var y{n} = TrustHubGen.Runtime.TwilioCredentials.FromAuthToken({0}, {1});",
    };

    private const string Header = """
        using System;
        using System.Collections.Generic;
        using TrustHubGen.Runtime.Onboarding;

        """;

    public static IEnumerable<(string Path, string Source)> Generate(int count, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var builder = new StringBuilder(Header);
            builder.AppendLine($$"""
                public static class Sdk{{i}}
                {
                    public static void Run(string input)
                    {
                        var local = {{Pick(random)}};
                """);
            for (var s = random.Next(1, 10); s > 0; s--)
                builder.AppendLine("        " + string.Format(Statements[random.Next(Statements.Length)].Replace("{n}", $"{i}_{s}"), Pick(random), Pick(random), Pick(random)));
            builder.AppendLine("    }\n}");
            var source = builder.ToString();
            yield return ($"/sdk/Source{i}.cs", source);
            yield return ($"/sdk/Mutated{i}.cs", Mutations.Apply(random, source, Header.Length).Replace($"Sdk{i}", $"SdkM{i}"));
        }
    }

    private static string Pick(Random random) => Values[random.Next(Values.Length)];
}

/// <summary>Deletes and duplicates spans and truncates: text that no longer parses, binds or reads as JSON.</summary>
internal static class Mutations
{
    public static string Apply(Random random, string text, int keepPrefix = 0)
    {
        var builder = new StringBuilder(text);
        for (var e = random.Next(1, 6); e > 0 && builder.Length > keepPrefix + 10; e--)
        {
            var start = random.Next(keepPrefix, builder.Length - 1);
            var length = Math.Min(random.Next(1, 30), builder.Length - start);
            switch (random.Next(3))
            {
                case 0:
                    builder.Remove(start, length);
                    break;
                case 1:
                    builder.Insert(random.Next(keepPrefix, builder.Length), builder.ToString(start, length));
                    break;
                default:
                    builder.Length = start;
                    break;
            }
        }
        return builder.ToString();
    }
}
