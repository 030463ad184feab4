using System;
using System.Collections.Generic;
using System.Text;

namespace TrustHubGen.Policies.Naming
{
    /// <summary>
    /// Turns wire names (snake_case, kebab-case, paths) into C# identifiers, invariantly. The generator names its types
    /// with it, and the policy reader uses the same function to refuse two names that would make one identifier, at the
    /// file's token rather than as a compiler error inside generated code.
    /// </summary>
    internal static class IdentifierNames
    {
        // Words whose casing the spec's snake_case loses.
        private static readonly Dictionary<string, string> KnownWords = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["trusthub"] = "TrustHub",
        };

        /// <summary><c>trust_product_enum_status</c> → <c>TrustProductEnumStatus</c>; <c>pending-review</c> → <c>PendingReview</c>.</summary>
        public static string Pascal(string text)
        {
            // API 2010 filters by range with "StartTime<" and "StartTime>": keep them apart as ...Before / ...After.
            text = text.Replace("<", " before ").Replace(">", " after ");
            var builder = new StringBuilder(text.Length);
            foreach (string word in SplitWords(text))
            {
                if (KnownWords.TryGetValue(word, out string? known))
                {
                    builder.Append(known);
                }
                else
                {
                    builder.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
                }
            }

            if (builder.Length == 0)
            {
                return "Value";
            }

            if (char.IsDigit(builder[0]))
            {
                builder.Insert(0, '_');
            }

            return builder.ToString();
        }

        /// <summary>Whether <paramref name="text"/> holds a letter or digit, the parts of a name that survive <see cref="Pascal"/>.</summary>
        public static bool HasNamePart(string text)
        {
            foreach (char c in text)
            {
                if (char.IsLetterOrDigit(c))
                {
                    return true;
                }
            }

            return false;
        }

        private static IEnumerable<string> SplitWords(string text)
        {
            var current = new StringBuilder();
            foreach (char c in text)
            {
                if (char.IsLetterOrDigit(c))
                {
                    current.Append(c);
                }
                else if (current.Length > 0)
                {
                    yield return current.ToString();
                    current.Clear();
                }
            }

            if (current.Length > 0)
            {
                yield return current.ToString();
            }
        }
    }
}
