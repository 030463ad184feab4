using System;
using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace TrustHubGen.Runtime.Onboarding;

/// <summary>Checks end-user attribute values against <see cref="OnboardingAttributeRule"/>s, as Trust Hub's policies do.</summary>
internal static class AttributeChecks
{
    private static readonly ConcurrentDictionary<string, Regex?> Patterns = new(StringComparer.Ordinal);

    /// <summary>Null when valid; otherwise a message naming the attribute, the value and what is wrong.</summary>
    public static string? Check(OnboardingAttributeRule rule, string? value)
    {
        if (string.IsNullOrEmpty(value)) return rule.Required ? $"{rule.Name} is required but {(value is null ? "missing" : "empty")}." : null;
        var quoted = $"{rule.Name} \"{(value.Length > 40 ? value.Substring(0, 37) + "..." : value)}\"";
        var length = CountCodePoints(value);
        if (rule.MaxLength is { } max && length > max) return $"{quoted} has {length} characters; at most {max} are allowed.";
        if (rule.Pattern is { } pattern)
        {
            var regex = Patterns.GetOrAdd(pattern, Compile);
            if (regex is null) return $"{rule.Name}: the policy's pattern {pattern} is not a valid regular expression.";
            bool matched;
            try
            {
                matched = regex.IsMatch(value);
            }
            catch (RegexMatchTimeoutException)
            {
                return $"{quoted} could not be checked against {pattern} (matching took too long).";
            }
            if (!matched) return $"{quoted} does not have the required form: {rule.PatternDescription ?? "it must match " + pattern}.";
        }
        if (rule.AllowedValues.Count > 0 && !Contains(rule.AllowedValues, value, normalize: false))
            return $"{quoted} is not accepted; use one of \"{string.Join("\", \"", rule.AllowedValues)}\".";
        if (rule.DisallowedValues.Count > 0 && Contains(rule.DisallowedValues, value, normalize: true))
            return $"{quoted} is refused as a generic value (a city or state name, which carriers show anyway).";
        return null;
    }

    private static bool Contains(System.Collections.Generic.IReadOnlyList<string> values, string value, bool normalize)
    {
        var wanted = normalize ? Normalize(value) : value;
        foreach (var candidate in values)
        {
            if (string.Equals(normalize ? Normalize(candidate) : candidate, wanted, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    // The whole value must match: "^…$" alone would let a trailing newline through.
    private static Regex? Compile(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.CultureInvariant);
            return new Regex("^(?:" + pattern + ")\\z", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static int CountCodePoints(string value)
    {
        var count = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (!(char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))) count++;
        }
        return count;
    }

    /// <summary>"Chicago, IL" and "chicago  il." compare equal: case, periods, commas and spacing do not make a name less generic.</summary>
    private static string Normalize(string value)
    {
        var builder = new StringBuilder(value.Length);
        var pendingSpace = false;
        foreach (var c in value)
        {
            if (c is '.' or ',' || char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            builder.Append(char.ToUpperInvariant(c));
        }
        return builder.ToString();
    }
}
