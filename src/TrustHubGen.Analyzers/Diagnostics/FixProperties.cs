namespace TrustHubGen.Analyzers.Diagnostics;

/// <summary>Keys of <see cref="Microsoft.CodeAnalysis.Diagnostic.Properties"/> that carry a fix from analyzer to code fix.</summary>
internal static class FixProperties
{
    /// <summary>The string values the flagged literal may be replaced with, best first, separated by <see cref="Separator"/>.</summary>
    public const string Replacements = "Replacements";

    /// <summary>A short label per replacement (same order), for the fix title; optional.</summary>
    public const string Labels = "Labels";

    /// <summary>Present when the fix replaces the flagged expression with an environment-variable read of this name.</summary>
    public const string EnvironmentVariable = "EnvironmentVariable";

    /// <summary>Present on TH1004 when the fix may copy the profile assignment whose number is the first additional location.</summary>
    public const string InsertProfileAssignment = "InsertProfileAssignment";

    /// <summary>Present on TH1004 when the fix may write a new profile assignment to this Business Profile SID (from the account snapshot).</summary>
    public const string ProfileSid = "ProfileSid";

    /// <summary>Present on a TH1004 finding on our SDK: the namespace of its generated types, for the new profile assignment.</summary>
    public const string SdkNamespace = "SdkNamespace";

    public const char Separator = '\n';
}
