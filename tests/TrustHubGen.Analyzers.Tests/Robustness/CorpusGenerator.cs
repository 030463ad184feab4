using System.Text;

namespace TrustHubGen.Analyzers.Tests.Robustness;

/// <summary>
/// Builds many Trust Hub sources from random combinations of calls, argument forms and values (good, bad, unknown,
/// null, nested lambdas, options objects), then mutates them (deleted and duplicated spans, truncation) into code that
/// no longer parses or binds. Seeded, so a failure reproduces.
/// </summary>
internal static class CorpusGenerator
{
    private static readonly string[] Values =
    {
        "\"phone-number\"", "\"phone_number\"", "null", "default!", "\"\"", "\"RNf3db3cd1fe25fcfd3c3ded065c8fea53\"",
        "\"RNf3db3cd1fe25fcfd3c3ded065c8fea5\"", "\"RN6433641899984f951173ef1738c3bdd0\"", "\"YOUR_PHONE_NUMBER_SID\"",
        "\"PN0123456789abcdef0123456789abcdef\"", "\"BU0123456789abcdef0123456789abcdef\"", "\"IT0123456789abcdef0123456789abcdef\"",
        "\"pending_review\"", "\"pending-review\"", "\"twilio-approved\"", "\"cnam-information\"", "\"cnam_information\"",
        "\"{\\\"cnam_display_name\\\":\\\"1st Choice Plumbing & Heating\\\"}\"", "\"{\\\"cnam_display_name\\\":\\\"\\\\u0041cme\\\"}\"",
        "\"{\\\"cnam_display_name\\\":\"", "local", "Consts.A", "Consts.B", "Consts.A + Consts.B", "$\"{Consts.A}-{local}\"",
        "Console.ReadLine()!", "\"+18005550100\"", "\"+14155550100\"", "new string('a', 40)", "Consts.Cycle",
        // Choices, checked branch by branch (Values/ValueChoices), nested and with branches that cannot be known.
        "(local == null ? \"phone-number\" : \"phone_number\")", "(Console.ReadLine() ?? Consts.A)",
        "(local.Length switch { 0 => \"pending-review\", 1 => Console.ReadLine()!, _ => local == \"\" ? \"twilio-approved\" : Consts.B })",
    };

    private static readonly string[] Calls =
    {
        "TrustProductsChannelEndpointAssignmentResource.Create({0}, {1}, {2});",
        "await TrustProductsChannelEndpointAssignmentResource.CreateAsync(channelEndpointSid: {2}, pathTrustProductSid: {0}, channelEndpointType: {1});",
        "CustomerProfilesChannelEndpointAssignmentResource.Create({0}, {1}, {2});",
        "TrustProductsResource.Create({0}, {1}, {2});",
        "var p{n} = await TrustProductsResource.CreateAsync(policySid: {2}, email: {1}, friendlyName: {0});",
        "CustomerProfilesResource.Create({0}, {1}, {2});",
        "TrustProductsResource.Update({0}, {1});",
        "TrustProductsResource.Update({0}, status: {1}!);",
        "TrustProductsEntityAssignmentsResource.Create({0}, {1});",
        "EndUserResource.Create({0}, {1}, {2});",
        "EndUserResource.Create({0}, {1}, new {{ cnam_display_name = {2} }});",
        "EndUserResource.Create({0}, {1}, new Dictionary<string, object> {{ [{0}] = {2} }});",
        "var o{n} = new UpdateTrustProductsOptions({0}) {{ Status = {1} }};",
        "var c{n} = new CreateTrustProductsOptions({0}, {1}, {2}) {{ StatusCallback = null }};",
        "TwilioClient.Init({0}, {1});",
        "IncomingPhoneNumberResource.Read(phoneNumber: {0});",
        "TrustHubGen.Runtime.TwilioSid.Parse({0});",
        "Action a{n} = () => TrustProductsChannelEndpointAssignmentResource.Create({0}, {1}, {2});",
        "TrustProductsEvaluationsResource.Create({0}, {1});",
        "TrustProductsResource.Read(status: {0}, policySid: {1});",
    };

    private const string Header = """
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Twilio;
        using Twilio.Rest.Trusthub.V1;
        using Twilio.Rest.Trusthub.V1.TrustProducts;
        using Twilio.Rest.Trusthub.V1.CustomerProfiles;
        using Twilio.Rest.Api.V2010.Account;

        """;

    public static IEnumerable<(string Path, string Source)> Generate(int count, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var source = WellFormed(random, i);
            yield return ($"/corpus/Source{i}.cs", source);
            yield return ($"/corpus/Mutated{i}.cs", Mutate(random, source).Replace($"C{i}", $"M{i}"));
        }
    }

    private static string WellFormed(Random random, int index)
    {
        var builder = new StringBuilder(Header);
        builder.AppendLine($$"""
            public static class Consts{{index}} { public const string A = "phone"; public static readonly string B = A + "_number"; public static readonly string Cycle = Cycle2; public static readonly string Cycle2 = Cycle; }
            public static class C{{index}}
            {
                public static async Task RunAsync(string input)
                {
                    var local = {{Pick(random)}};
            """);
        var statements = random.Next(1, 12);
        for (var s = 0; s < statements; s++)
        {
            var call = Calls[random.Next(Calls.Length)].Replace("{n}", $"{index}_{s}");
            builder.AppendLine("        " + string.Format(call, Pick(random), Pick(random), Pick(random)));
            if (random.Next(6) == 0) builder.AppendLine("        local = input;");
        }
        builder.AppendLine("    }\n}");
        return builder.ToString().Replace("Consts.", $"Consts{index}.");
    }

    private static string Pick(Random random) => Values[random.Next(Values.Length)];

    private static string Mutate(Random random, string source)
    {
        var text = new StringBuilder(source);
        var edits = random.Next(1, 6);
        for (var e = 0; e < edits && text.Length > Header.Length + 10; e++)
        {
            var start = random.Next(Header.Length, text.Length - 1);
            var length = Math.Min(random.Next(1, 30), text.Length - start);
            switch (random.Next(3))
            {
                case 0:
                    text.Remove(start, length);
                    break;
                case 1:
                    text.Insert(random.Next(Header.Length, text.Length), text.ToString(start, length));
                    break;
                default:
                    text.Length = start;
                    break;
            }
        }
        return text.ToString();
    }
}
