using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;

namespace TrustHubGen.Policies
{
    /// <summary>Checks values against the rules of a policy definition.</summary>
    public static class PolicyRules
    {
        // Policies hold a handful of patterns; caching avoids re-parsing them for every value checked.
        private static readonly ConcurrentDictionary<string, Regex?> Patterns = new ConcurrentDictionary<string, Regex?>(StringComparer.Ordinal);

        // Rules are immutable; the index lives as long as the rule object does.
        private static readonly ConditionalWeakTable<AttributeRule, Dictionary<string, string>> DisallowedByNormalForm =
            new ConditionalWeakTable<AttributeRule, Dictionary<string, string>>();

        // A bound on matching time so a pathological user pattern cannot hang a build or a server.
        private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

        /// <summary>
        /// Checks one end-user attribute value: presence, maximum length, pattern, allowed values and disallowed values.
        /// </summary>
        /// <param name="rule">The attribute's rule.</param>
        /// <param name="value">The value, or <see langword="null"/> when the attribute is absent.</param>
        /// <returns><see langword="null"/> when the value is valid; otherwise a message naming the attribute, the value,
        /// what is wrong and what is expected.</returns>
        public static string? CheckAttribute(AttributeRule rule, string? value)
        {
            if (rule is null)
            {
                throw new ArgumentNullException(nameof(rule));
            }

            if (value is null || value.Length == 0)
            {
                return rule.Required ? rule.Name + " is required but " + (value is null ? "missing" : "empty") + Expectation(rule) : null;
            }

            string quoted = rule.Name + " " + MessageText.Quote(value);
            int length = CountCharacters(value);
            if (rule.MaxLength is int max && length > max)
            {
                return quoted + " has " + length.ToString(CultureInfo.InvariantCulture) + " characters; at most "
                    + max.ToString(CultureInfo.InvariantCulture) + " are allowed" + Expectation(rule);
            }

            if (rule.Pattern is not null && !Matches(rule.Pattern, value, out string? patternProblem))
            {
                return patternProblem is null
                    ? quoted + " does not have the required form: " + (rule.PatternDescription ?? "it must match " + rule.Pattern) + "."
                    : quoted + " could not be checked against the pattern " + rule.Pattern + " (" + patternProblem + ").";
            }

            if (!rule.AllowedValues.IsEmpty && !Contains(rule.AllowedValues, value))
            {
                return quoted + " is not an accepted value; use one of \"" + string.Join("\", \"", rule.AllowedValues) + "\" (exact spelling).";
            }

            if (!rule.DisallowedValues.IsEmpty
                && DisallowedByNormalForm.GetValue(rule, IndexDisallowed).TryGetValue(Normalize(value), out string? disallowed))
            {
                return quoted + " is rejected by the policy as a generic value (\"" + disallowed + "\")" + Expectation(rule);
            }

            return null;
        }

        /// <summary>Maps each disallowed value's normal form to the value as written, so a check is one lookup.</summary>
        private static Dictionary<string, string> IndexDisallowed(AttributeRule rule)
        {
            var index = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (string disallowed in rule.DisallowedValues)
            {
                string key = Normalize(disallowed);
                if (!index.ContainsKey(key))
                {
                    index.Add(key, disallowed);
                }
            }

            return index;
        }

        /// <summary>Ends a message with the attribute's description, so the reader learns what a good value looks like.</summary>
        private static string Expectation(AttributeRule rule)
        {
            return rule.Description is null ? "." : ". " + rule.Name + ": " + rule.Description.TrimEnd('.') + ".";
        }

        private static bool Contains(EquatableArray<string> values, string value)
        {
            foreach (string candidate in values)
            {
                if (string.Equals(candidate, value, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool Matches(string pattern, string value, out string? problem)
        {
            problem = null;
            Regex? regex = Patterns.GetOrAdd(pattern, Compile);
            if (regex is null)
            {
                problem = "the pattern is not a valid regular expression";
                return false;
            }

            try
            {
                return regex.IsMatch(value);
            }
            catch (RegexMatchTimeoutException)
            {
                problem = "matching took too long";
                return false;
            }
        }

        private static Regex? Compile(string pattern)
        {
            try
            {
                // Validate the pattern as written: wrapping could turn an unbalanced one such as "a)(b" into a valid one.
                _ = new Regex(pattern, RegexOptions.CultureInvariant);

                // The whole value must match: a policy's "^…$" would otherwise accept a trailing newline, as .NET's $ does.
                return new Regex("^(?:" + pattern + ")\\z", RegexOptions.CultureInvariant, MatchTimeout);
            }
            catch (ArgumentException)
            {
                return null;
            }
        }

        /// <summary>Counts user-perceived characters as code points, so an emoji is one character, not two.</summary>
        private static int CountCharacters(string value)
        {
            int count = 0;
            for (int i = 0; i < value.Length; i++)
            {
                if (!(char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])))
                {
                    count++;
                }
            }

            return count;
        }

        /// <summary>"Chicago, IL", "chicago  il" and "CHICAGO IL." compare equal: case, periods, commas and spacing do not make a name less generic.</summary>
        internal static string Normalize(string value)
        {
            var builder = new StringBuilder(value.Length);
            bool pendingSpace = false;
            foreach (char c in value)
            {
                if (c == '.' || c == ',' || char.IsWhiteSpace(c))
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
}
