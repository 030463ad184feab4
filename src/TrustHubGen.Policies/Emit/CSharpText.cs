using System.Globalization;
using System.Text;

namespace TrustHubGen.Policies.Emit
{
    /// <summary>
    /// Text written into C# source: the one string-literal escaper the generator (<c>SourceWriter.Literal</c>) and the
    /// build-time policy-table tool (through <see cref="PolicyDefinitionSource"/>) share.
    /// </summary>
    internal static class CSharpText
    {
        /// <summary>
        /// A C# string literal. Besides quotes and backslashes it escapes what a regular literal cannot hold: control
        /// characters, the line terminators NEL, LS and PS (CS1010), and unpaired surrogates (lost when the file is saved as UTF-8).
        /// </summary>
        public static string Literal(string text)
        {
            var builder = new StringBuilder(text.Length + 2).Append('"');
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                switch (c)
                {
                    case '"': builder.Append("\\\""); break;
                    case '\\': builder.Append("\\\\"); break;
                    case '\n': builder.Append("\\n"); break;
                    case '\r': builder.Append("\\r"); break;
                    case '\t': builder.Append("\\t"); break;
                    default:
                        if (IsSurrogatePair(text, i)) builder.Append(c).Append(text[++i]);
                        else if (char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029')
                            builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        else builder.Append(c);
                        break;
                }
            }
            return builder.Append('"').ToString();
        }

        /// <summary>Whether <paramref name="text"/> holds a high surrogate at <paramref name="i"/> followed by a low one.</summary>
        public static bool IsSurrogatePair(string text, int i) =>
            char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
    }
}
