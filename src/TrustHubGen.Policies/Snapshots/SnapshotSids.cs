namespace TrustHubGen.Policies.Snapshots
{
    /// <summary>The SID shape Twilio uses: two upper-case letters naming the resource, then 32 hex digits.</summary>
    internal static class SnapshotSids
    {
        private const int Length = 34;

        /// <summary>Null when <paramref name="value"/> is a SID (with <paramref name="prefix"/> when given); otherwise what is wrong.</summary>
        public static string? Check(string value, string? prefix)
        {
            if (value.Length != Length)
            {
                return "a SID has 34 characters (two letters and 32 hex digits), this has " + value.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".";
            }

            if (!IsUpper(value[0]) || !IsUpper(value[1]))
            {
                return "a SID starts with two upper-case letters" + (prefix is null ? "." : " (" + prefix + " here).");
            }

            if (prefix is not null && !value.StartsWith(prefix, System.StringComparison.Ordinal))
            {
                return "it starts with " + value.Substring(0, 2) + " where " + prefix + " is expected.";
            }

            for (int i = 2; i < Length; i++)
            {
                if (!IsHex(value[i]))
                {
                    return "character " + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + " is not a hex digit (a SID ends with 32 of 0-9 and a-f).";
                }
            }

            return null;
        }

        private static bool IsUpper(char c) => c >= 'A' && c <= 'Z';

        private static bool IsHex(char c) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
