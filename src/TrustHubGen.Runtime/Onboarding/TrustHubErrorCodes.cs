using System.Collections.Generic;

namespace TrustHubGen.Runtime.Onboarding;

/// <summary>Meanings of the Trust Hub error codes the engine reports (rejections and evaluation findings).</summary>
public static class TrustHubErrorCodes
{
    /// <summary>Twilio's code for an edit of a bundle pending review, in review or approved.</summary>
    internal const int BundleNotEditable = 60711;

    private static readonly Dictionary<int, string> Meanings = new()
    {
        [18601] = "business name and website could not be linked",
        [18602] = "business registration ID could not be verified",
        [18603] = "business address could not be verified",
        [18609] = "a required registration identifier (EIN or DUNS) is missing",
        [20429] = "too many concurrent requests (never processed; retried)",
        [22205] = "ObjectSid is malformed, unknown or from another account",
        [22214] = "a required end user is missing from the bundle",
        [22215] = "an end user lacks a required attribute",
        [22216] = "a required supporting document is missing",
        [22217] = "a supporting document lacks a required field",
        [22219] = "a required address is missing",
        [BundleNotEditable] = "the bundle is pending review, in review or approved and cannot be edited",
    };

    /// <summary>What <paramref name="code"/> means, or null for a code not documented here.</summary>
    public static string? Describe(int code)
    {
        if (Meanings.TryGetValue(code, out var meaning)) return meaning;
        // Twilio documents 18601-18609 as a range of profile-review rejections; only some have public texts.
        if (code is >= 18601 and <= 18609) return "the Business Profile failed review (see Twilio's error reference for this code)";
        if (code is >= 990000 and <= 999999) return "a TrustHubGen emulator code (see docs/emulator.md, \"Error codes\")";
        return null;
    }
}
