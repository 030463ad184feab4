namespace TrustHubGen.Policies.Tests.Snapshots;

/// <summary>A small valid snapshot, one construct per line, so a test can break one line and know where the problem is.</summary>
internal static class SnapshotText
{
    public const string Account = "AC0123456789abcdef0123456789abcdef";
    public const string Profile = "BU11111111111111111111111111111111";
    public const string Product = "BU22222222222222222222222222222222";
    public const string Local = "PN33333333333333333333333333333333";
    public const string TollFree = "PN44444444444444444444444444444444";
    public const string EndUser = "IT55555555555555555555555555555555";
    public const string PrimaryPolicy = "RN6433641899984f951173ef1738c3bdd0";
    public const string CnamPolicy = "RNf3db3cd1fe25fcfd3c3ded065c8fea53";

    public static readonly string[] Lines =
    {
        "{",
        "  \"version\": 1,",
        "  \"accountSid\": \"" + Account + "\",",
        "  \"capturedAt\": \"2026-11-21T19:00:00Z\",",
        "  \"businessProfiles\": [",
        "    { \"sid\": \"" + Profile + "\", \"friendlyName\": \"Owl Industries\", \"status\": \"twilio-approved\", \"policySid\": \"" + PrimaryPolicy + "\", \"numbers\": [\"" + Local + "\"] }",
        "  ],",
        "  \"numbers\": [",
        "    { \"sid\": \"" + Local + "\", \"phoneNumber\": \"+12125550100\", \"friendlyName\": \"Main line\", \"type\": \"local\", \"country\": \"US\" },",
        "    { \"sid\": \"" + TollFree + "\", \"phoneNumber\": \"+18005550100\", \"friendlyName\": null, \"type\": \"toll-free\", \"country\": \"US\" }",
        "  ],",
        "  \"trustProducts\": [",
        "    { \"sid\": \"" + Product + "\", \"friendlyName\": \"Owl CNAM\", \"status\": \"draft\", \"policySid\": \"" + CnamPolicy + "\", \"numbers\": [\"" + Local + "\"], \"entities\": [\"" + Profile + "\", \"" + EndUser + "\"] }",
        "  ]",
        "}",
    };

    public static string Valid => string.Join("\n", Lines);

    /// <summary>The template with line <paramref name="line"/> replaced.</summary>
    public static string WithLine(int line, string content)
    {
        string[] copy = (string[])Lines.Clone();
        copy[line] = content;
        return string.Join("\n", copy);
    }

    /// <summary>The template with line <paramref name="line"/> edited by a string replacement.</summary>
    public static string Replace(int line, string oldValue, string newValue)
    {
        Assert.Contains(oldValue, Lines[line]);
        return WithLine(line, Lines[line].Replace(oldValue, newValue, StringComparison.Ordinal));
    }

    /// <summary>The 0-based column of <paramref name="fragment"/> on <paramref name="line"/> of the edited text.</summary>
    public static int ColumnOf(string text, int line, string fragment)
    {
        int column = text.Split('\n')[line].IndexOf(fragment, StringComparison.Ordinal);
        Assert.True(column >= 0, fragment + " is not on line " + line);
        return column;
    }
}
