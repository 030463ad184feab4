namespace TrustHubGen.Generator.Diagnostics;

/// <summary>Builds the help link of every input diagnostic: its section of <c>docs/rules/inputs.md</c>.</summary>
internal static class HelpLinks
{
    public const string InputsPage = "https://github.com/trusthubgen/trusthubgen/blob/main/docs/rules/inputs.md";

    public static string For(string id) => InputsPage + "#" + id.ToLowerInvariant();
}
