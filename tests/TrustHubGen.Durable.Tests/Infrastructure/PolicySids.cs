namespace TrustHubGen.Durable.Tests.Infrastructure;

/// <summary>The policy SIDs the tests look for (the shipped definitions').</summary>
internal static class PolicySids
{
    public const string SecondaryProfile = "RNdfbf3fae0e1107f8aded0e7cead80bf5";
    public const string Cnam = "RNf3db3cd1fe25fcfd3c3ded065c8fea53";
    public const string ShakenStir = "RN7a97559effdf62d00f4298208492a5ea";
}
