using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;

namespace TrustHubGen.Analyzers.Diagnostics;

/// <summary>Keys of <see cref="Microsoft.CodeAnalysis.Diagnostic.Properties"/> that carry a fix from analyzer to code fix.</summary>
internal static class FixProperties
{
    /// <summary>The string values the flagged literal may be replaced with, best first (stored by <see cref="Add"/>).</summary>
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

    /// <summary>
    /// Stores values one per key (<c>Replacements0</c>, <c>Replacements1</c>, …): a replacement may hold any text, line
    /// breaks included (the corrected JSON of a multi-line raw string), so none is joined to another.
    /// </summary>
    public static void Add(ImmutableDictionary<string, string?>.Builder properties, string key, IReadOnlyList<string> values)
    {
        for (var i = 0; i < values.Count; i++) properties[key + i.ToString(CultureInfo.InvariantCulture)] = values[i];
    }

    /// <summary>The values <see cref="Add"/> stored under <paramref name="key"/>, in order; empty when none.</summary>
    public static List<string> Read(ImmutableDictionary<string, string?> properties, string key)
    {
        var values = new List<string>();
        while (properties.TryGetValue(key + values.Count.ToString(CultureInfo.InvariantCulture), out var value) && value is not null) values.Add(value);
        return values;
    }
}
