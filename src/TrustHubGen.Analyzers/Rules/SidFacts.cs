using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using TrustHubGen.Analyzers.Model;

namespace TrustHubGen.Analyzers.Rules;

/// <summary>What a SID looks like, which resource each prefix names, and which prefixes each parameter takes.</summary>
internal static class SidFacts
{
    public const int Length = 34;

    private static readonly Dictionary<string, string> ResourceByPrefix = new(StringComparer.Ordinal)
    {
        ["AC"] = "Account",
        ["BU"] = "Business Profile or trust product",
        ["BV"] = "entity assignment",
        ["RA"] = "channel endpoint assignment",
        ["IT"] = "end user",
        ["RD"] = "supporting document",
        ["RN"] = "policy",
        ["EL"] = "evaluation",
        ["OY"] = "end-user or supporting-document type",
        ["PN"] = "phone number",
        ["AD"] = "address",
        ["SK"] = "API key",
    };

    private static readonly string[] Bundle = { "BU" };
    private static readonly string[] EntityObjects = { "BU", "IT", "RD" };
    private static readonly string[] Policy = { "RN" };
    private static readonly string[] PhoneNumber = { "PN" };
    private static readonly string[] Account = { "AC" };
    private static readonly string[] EndUser = { "IT" };
    private static readonly string[] ChannelEndpointAssignment = { "RA" };
    private static readonly string[] EntityAssignment = { "BV" };
    private static readonly string[] Evaluation = { "EL" };
    private static readonly string[] SupportingDocument = { "RD" };
    private static readonly string[] ObjectType = { "OY" };

    public static string Describe(string prefix) =>
        ResourceByPrefix.TryGetValue(prefix, out var name) ? name : "unknown resource";

    /// <summary>"a phone number SID", "an end user SID".</summary>
    public static string WithArticle(string description) =>
        (description.Length > 0 && "aeiouAEIOU".IndexOf(description[0]) >= 0 ? "an " : "a ") + description;

    /// <summary>The prefixes a parameter of a call accepts, or null when it takes no SID (or any).</summary>
    [MethodImpl(Jit.Optimized)]
    public static IReadOnlyList<string>? ExpectedPrefixes(TwilioResource resource, string parameterName) => parameterName switch
    {
        "pathTrustProductSid" or "pathCustomerProfileSid" => Bundle,
        "policySid" => Policy,
        "objectSid" => EntityObjects,
        "channelEndpointSid" => PhoneNumber,
        "pathAccountSid" => Account,
        "pathSid" => resource switch
        {
            TwilioResource.TrustProducts or TwilioResource.CustomerProfiles => Bundle,
            TwilioResource.EndUser => EndUser,
            TwilioResource.TrustProductsChannelEndpointAssignment or TwilioResource.CustomerProfilesChannelEndpointAssignment => ChannelEndpointAssignment,
            TwilioResource.TrustProductsEntityAssignments or TwilioResource.CustomerProfilesEntityAssignments => EntityAssignment,
            TwilioResource.TrustProductsEvaluations or TwilioResource.CustomerProfilesEvaluations => Evaluation,
            TwilioResource.SupportingDocument => SupportingDocument,
            TwilioResource.EndUserType or TwilioResource.SupportingDocumentType => ObjectType,
            TwilioResource.Policies => Policy,
            TwilioResource.IncomingPhoneNumber => PhoneNumber,
            _ => null,
        },
        _ => null,
    };

    /// <summary>Null when <paramref name="value"/> has the SID shape, else what is wrong with it (naming the SID expected by its prefix).</summary>
    [MethodImpl(Jit.Optimized)]
    public static string? CheckShape(string value, string? expectedPrefix)
    {
        if (IsWellFormed(value) && !IsRepeated(value)) return null;
        var what = expectedPrefix is null ? "SID" : $"{Describe(expectedPrefix)} SID";
        // EndUserTypeResource.Fetch("cnam_information"): a type's machine name, where its OY… SID goes.
        if (expectedPrefix == "OY" && value.Length > 0 && value.All(c => c is >= 'a' and <= 'z' or '_' or >= '0' and <= '9'))
            return $"\"{value}\" is a type's machine name, not its SID (OY…); find the SID by listing the types (EndUserTypeResource.Read / SupportingDocumentTypeResource.Read) and matching MachineName";
        if (IsPlaceholder(value))
            return $"\"{value}\" is a placeholder from sample code, not a real {what}; use the SID from your account";
        if (value.Length > 1 && value[0] == '+' && value.Substring(1).All(char.IsDigit))
            return $"\"{value}\" is a phone number, not {WithArticle(what)}; pass the number's SID (PN…), e.g. from IncomingPhoneNumberResource.Read(phoneNumber: \"{value}\")";
        if (value.Length != Length)
            return $"\"{Shorten(value)}\" is not a valid {what}: a SID has {Length} characters (two letters and 32 hex digits), this has {value.Length}";
        if (!IsLetter(value[0]) || !IsLetter(value[1]))
            return $"\"{value}\" is not a valid {what}: a SID starts with two letters";
        for (var i = 2; i < value.Length; i++)
        {
            if (!IsHex(value[i]))
                return $"\"{value}\" is not a valid {what}: a SID ends with 32 hex digits, but it has '{value[i]}' at position {i}";
        }
        return null;
    }

    /// <summary>Sample-code placeholders: <c>YOUR_…</c>, <c>&lt;…&gt;</c>, <c>BUXXXX…</c>, and 32 repeats of one digit (the docs' <c>BUaaaa…</c>).</summary>
    [MethodImpl(Jit.Optimized)]
    public static bool IsPlaceholder(string value)
    {
        // A well-formed SID (letters, then hex digits) holds none of YOUR_, <, { or XXXX: only the repeats are left to test.
        if (!IsWellFormed(value))
        {
            if (value.IndexOf("YOUR_", StringComparison.OrdinalIgnoreCase) >= 0 || value.IndexOf('<') >= 0 || value.IndexOf('{') >= 0) return true;
            if (value.IndexOf("XXXX", StringComparison.OrdinalIgnoreCase) >= 0) return true;
        }
        return IsRepeated(value);
    }

    // 32 repeats of one character after the prefix (the docs' BUaaaa…).
    private static bool IsRepeated(string value)
    {
        if (value.Length != Length) return false;
        for (var i = 3; i < value.Length; i++)
        {
            if (char.ToLowerInvariant(value[i]) != char.ToLowerInvariant(value[2])) return false;
        }
        return true;
    }

    [MethodImpl(Jit.Optimized)]
    private static bool IsWellFormed(string value)
    {
        if (value.Length != Length || !IsLetter(value[0]) || !IsLetter(value[1])) return false;
        for (var i = 2; i < value.Length; i++)
        {
            if (!IsHex(value[i])) return false;
        }
        return true;
    }

    public static string Prefix(string sid) => sid.Substring(0, 2);

    /// <summary>True when the SID starts with one of the two-letter prefixes (no substring made: this runs for every SID checked).</summary>
    [MethodImpl(Jit.Optimized)]
    public static bool HasPrefix(string sid, IReadOnlyList<string> prefixes)
    {
        if (sid.Length < 2) return false;
        foreach (var prefix in prefixes)
        {
            if (prefix.Length == 2 && sid[0] == prefix[0] && sid[1] == prefix[1]) return true;
        }
        return false;
    }

    private static string Shorten(string value) => value.Length <= 48 ? value : value.Substring(0, 45) + "...";

    // ASCII letters and hex digits without a chain of comparisons (c | 0x20 folds A-Z onto a-z and nothing else onto
    // them); inlined, as they run for every character of every SID checked.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsHex(char c) => (uint)(c - '0') <= 9 || (uint)((c | 0x20) - 'a') <= 'f' - 'a';
}
