using TrustHubGen.Policies;
using TrustHubGen.Runtime.Onboarding;

namespace TrustHubGen.Onboarding.Tests.Infrastructure;

/// <summary>The shipped definitions as the engine runs them, through the one mapping every component uses (<see cref="OnboardingPolicy.From"/>).</summary>
internal static class ShippedPolicies
{
    public const string CnamSid = "RNf3db3cd1fe25fcfd3c3ded065c8fea53";
    public const string ShakenStirSid = "RN7a97559effdf62d00f4298208492a5ea";

    public static OnboardingPolicy Cnam => Map(CnamSid);

    public static OnboardingPolicy ShakenStir => Map(ShakenStirSid);

    public static OnboardingPolicy Map(string sid) =>
        OnboardingPolicy.From(BuiltInPolicies.Find(sid) ?? throw new InvalidOperationException($"No shipped policy {sid}."));
}
