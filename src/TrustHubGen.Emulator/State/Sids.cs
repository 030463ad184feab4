using System.Security.Cryptography;
using System.Text;

namespace TrustHubGen.Emulator.State;

/// <summary>Twilio SIDs: two letters and 32 hex digits.</summary>
internal static class Sids
{
    public static string New(string prefix) => prefix + Guid.NewGuid().ToString("N");

    /// <summary>A stable SID derived from a name, so seeds give the same SIDs on every start.</summary>
    public static string Deterministic(string prefix, string name) =>
        prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..32];

    public static bool IsSid(string? value, string? prefix = null)
    {
        if (value is null || value.Length != 34)
        {
            return false;
        }

        if (!char.IsAsciiLetter(value[0]) || !char.IsAsciiLetter(value[1]))
        {
            return false;
        }

        if (prefix is not null && !value.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }

        for (var i = 2; i < 34; i++)
        {
            if (!char.IsAsciiHexDigit(value[i]))
            {
                return false;
            }
        }

        return true;
    }
}
