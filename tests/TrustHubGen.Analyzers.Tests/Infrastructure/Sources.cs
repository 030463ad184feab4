namespace TrustHubGen.Analyzers.Tests.Infrastructure;

/// <summary>Shared pieces of test sources.</summary>
internal static class Sources
{
    public const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Twilio;
        using Twilio.Rest.Trusthub.V1;
        using Twilio.Rest.Trusthub.V1.TrustProducts;
        using Twilio.Rest.Trusthub.V1.CustomerProfiles;
        using Twilio.Rest.Api.V2010.Account;
        using Twilio.Types;

        """;

    public const string Cnam = "RNf3db3cd1fe25fcfd3c3ded065c8fea53";
    public const string Shaken = "RN7a97559effdf62d00f4298208492a5ea";
    public const string Primary = "RN6433641899984f951173ef1738c3bdd0";
    public const string Secondary = "RNdfbf3fae0e1107f8aded0e7cead80bf5";
    public const string Starter = "RN806dd6cd175f314e1f96a9727ee271f4";
    public const string Profile = "BU0123456789abcdef0123456789abcdef";
    public const string Product = "BUfedcba9876543210fedcba9876543210";
    public const string Number = "PN0123456789abcdef0123456789abcdef";
    public const string OtherNumber = "PN11111111111111111111111111111112";
    public const string EndUser = "IT0123456789abcdef0123456789abcdef";

    /// <summary>The same source with its class renamed, for a second file of a project.</summary>
    public static string Other(string source, int index = 2) => source.Replace("class Onboarding", "class Onboarding" + index);

    /// <summary>Wraps statements in a class and an async method, after the usual usings.</summary>
    public static string Method(string statements) => Usings + """
        public static class Onboarding
        {
            public static async Task RunAsync()
            {
        """ + "\n" + statements + "\n" + """
                await Task.CompletedTask;
            }
        }
        """;
}

/// <summary>Test sources on our generated SDK (compiled with <see cref="TrustHubTest.WithGeneratedSdk"/>).</summary>
internal static class SdkSources
{
    public const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using TrustHubGen.Runtime;
        using TrustHubGen.Runtime.Onboarding;
        using TrustHubGen.Sdk;

        """;

    /// <summary>Wraps statements in an async method that has a <c>TrustHubClient trustHub</c> and an <c>Api2010Client api</c>.</summary>
    public static string Method(string statements) => Usings + """
        public static class Onboarding
        {
            public static async Task RunAsync(TrustHubClient trustHub, Api2010Client api, CustomerProfileSid profileSid, PhoneNumberSid numberSid)
            {
        """ + "\n" + statements + "\n" + """
                await Task.CompletedTask;
            }
        }
        """;
}
