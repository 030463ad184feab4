namespace TrustHubGen.Generator.Diagnostics;

/// <summary>Builds the help link of every diagnostic: one page per id under <c>docs/rules/</c>.</summary>
internal static class HelpLinks
{
    public static string For(string id) => "https://github.com/trusthubgen/trusthubgen/blob/main/docs/rules/" + id + ".md";
}
