using System.Globalization;
using System.Text;

namespace TrustHubGen.Policies
{
    /// <summary>Quotes user-supplied text in messages: shortened and with control characters made visible, so a hostile
    /// 20 MB value or a stray newline cannot swamp or break a diagnostic.</summary>
    internal static class MessageText
    {
        private const int MaxQuoted = 80;

        public static string Quote(string value) => "\"" + Shorten(value) + "\"";

        public static string Shorten(string value)
        {
            bool tooLong = value.Length > MaxQuoted;
            string head = tooLong ? value.Substring(0, MaxQuoted - 1) : value;
            var builder = new StringBuilder(head.Length + 8);
            foreach (char c in head)
            {
                if (c < ' ' || c == '\u007f')
                {
                    builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                }
                else
                {
                    builder.Append(c);
                }
            }

            return tooLong ? builder.Append('…').ToString() : builder.ToString();
        }
    }
}
