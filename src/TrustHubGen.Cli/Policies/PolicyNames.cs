using System.Text;

namespace TrustHubGen.Cli.Policies;

/// <summary>Command-line names of policies: the definition's identifier in kebab case (<c>ShakenStir</c> → <c>shaken-stir</c>).</summary>
internal static class PolicyNames
{
    public static string ToKebabCase(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            // A capital starts a word after a lower-case letter, or when it begins a capitalised word after an acronym or digit
            // ("SHAKENStir" → shaken-stir, "A2PMessaging" → a2p-messaging).
            if (char.IsUpper(c) && i > 0 && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]) && (char.IsUpper(name[i - 1]) || char.IsDigit(name[i - 1])))))
                text.Append('-');
            text.Append(char.ToLowerInvariant(c));
        }
        return text.ToString();
    }
}
