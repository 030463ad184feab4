namespace TrustHubGen.Runtime.Onboarding;

/// <summary>
/// How both onboarders word an end user that holds other values than the run asks for (<see cref="DiscoveredEndUser.Outdated"/>):
/// a step correcting it on a draft or rejected bundle, or a warning on a bundle in review or approved, which cannot be edited.
/// Values are never repeated: they may be personal data.
/// </summary>
internal static class EndUserCorrections
{
    public static string Target(DiscoveredEndUser endUser) => $"{endUser.AssignedSid} ({endUser.Rule.Type})";

    public static string Reason(DiscoveredEndUser endUser) =>
        $"it holds other values than this run's for {string.Join(", ", endUser.Outdated!)}";

    public static string LockedWarning(string policy, string what, string target, string? status, DiscoveredEndUser endUser) =>
        $"{policy} {what} {target} is {status}, and its {endUser.Rule.Type} end user {endUser.AssignedSid} holds other values than this run's for " +
        $"{string.Join(", ", endUser.Outdated!)}; a bundle in review or approved cannot be edited, so they are left as they are.";
}
