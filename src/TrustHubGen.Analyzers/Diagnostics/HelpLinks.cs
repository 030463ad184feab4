namespace TrustHubGen.Analyzers.Diagnostics;

/// <summary>Builds every rule's help link, so they all point at the same docs tree.</summary>
internal static class HelpLinks
{
    public const string RulesBase = "https://github.com/trusthubgen/trusthubgen/blob/main/docs/rules/";

    public static string For(string ruleId) => RulesBase + ruleId + ".md";
}
