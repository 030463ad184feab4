using System.Collections.Generic;
using System.Text;

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

    /// <summary>Present when the flagged value is a member (<c>StatusEnum.InReview</c>): the member of the same type to name instead.</summary>
    public const string MemberName = "MemberName";

    public const char Separator = '\n';

    /// <summary>
    /// Joins values into one property, escaping the separator: a replacement may hold line breaks itself (the corrected
    /// JSON of a multi-line raw string), and split on them it became one broken fix per line.
    /// </summary>
    public static string Join(IEnumerable<string> values)
    {
        var builder = new StringBuilder();
        var first = true;
        foreach (var value in values)
        {
            if (!first) builder.Append(Separator);
            first = false;
            builder.Append(value.Replace("\\", "\\\\").Replace("\n", "\\n"));
        }
        return builder.ToString();
    }

    /// <summary>The values <see cref="Join"/> joined, unescaped.</summary>
    public static string[] Split(string joined)
    {
        var parts = joined.Split(Separator);
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].IndexOf('\\') < 0) continue;
            var builder = new StringBuilder(parts[i].Length);
            for (var c = 0; c < parts[i].Length; c++)
            {
                if (parts[i][c] == '\\' && c + 1 < parts[i].Length)
                {
                    builder.Append(parts[i][++c] == 'n' ? '\n' : parts[i][c]);
                }
                else
                {
                    builder.Append(parts[i][c]);
                }
            }
            parts[i] = builder.ToString();
        }
        return parts;
    }
}
