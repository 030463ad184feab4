namespace TrustHubGen.Policies.Tests;

/// <summary>A small valid policy, one construct per line, so a test can break one line and know where the problem is.</summary>
internal static class PolicyText
{
    public static readonly string[] Lines =
    {
        "{",
        "  \"sid\": \"RNf3db3cd1fe25fcfd3c3ded065c8fea53\",",
        "  \"name\": \"Sample\",",
        "  \"friendlyName\": \"Sample trust product\",",
        "  \"kind\": \"trust-product\",",
        "  \"confidence\": \"high\",",
        "  \"source\": \"tests\",",
        "  \"businessProfile\": { \"required\": true, \"acceptedPolicySids\": [], \"requiredStatus\": \"twilio-approved\" },",
        "  \"endUsers\": [",
        "    { \"type\": \"cnam_information\", \"min\": 1, \"max\": 1, \"attributes\": [",
        "      { \"name\": \"cnam_display_name\", \"required\": true, \"maxLength\": 15, \"pattern\": \"^[A-Za-z]\", \"patternDescription\": \"begins with a letter\" }",
        "    ] }",
        "  ],",
        "  \"supportingDocuments\": [ { \"type\": \"doc\", \"min\": 0, \"max\": 2 } ],",
        "  \"channelEndpoints\": { \"type\": \"phone-number\", \"mustBeOnBusinessProfile\": true, \"allowedCountries\": [\"US\"], \"tollFreeAllowed\": false, \"allowedAfterSubmission\": false },",
        "  \"submission\": { \"clientSettableStatuses\": [\"pending-review\"], \"evaluateBeforeSubmit\": true }",
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
}
