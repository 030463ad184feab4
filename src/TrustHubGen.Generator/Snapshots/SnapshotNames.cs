using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace TrustHubGen.Generator.Snapshots;

/// <summary>
/// Turns friendly names and E.164 numbers into C# identifiers that are deterministic (they depend only on the
/// snapshot's content) and collision-free: names that clash, or that would clash with a member of the generated
/// classes, get "_" and the last 4 hex digits of the SID (8, then 32, should those clash too).
/// </summary>
internal static class SnapshotNames
{
    // Members of the generated classes, object's members (a nested type named Equals would hide it: CS0108), and
    // the container names (a member named like its enclosing type is CS0542).
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "Sid", "FriendlyName", "Status", "PolicySid", "Numbers", "EntitySids", "PhoneNumber", "Type", "Country", "Profiles",
        "TrustProducts", "CapturedAt", "TrustHubAccount", "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone",
        "ReferenceEquals", "Finalize",
    };

    /// <summary>Names for <paramref name="items"/> (each a SID and a base name), in the same order.</summary>
    public static string[] Unique(IReadOnlyList<(string Sid, string BaseName)> items)
    {
        var names = new string[items.Count];
        var counts = items.GroupBy(i => i.BaseName, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var index in Enumerable.Range(0, items.Count).Where(i => counts[items[i].BaseName] == 1 && !Reserved.Contains(items[i].BaseName)))
        {
            names[index] = items[index].BaseName;
            taken.Add(names[index]);
        }

        // Suffixed names are assigned in SID order, so the result never depends on the file's order.
        foreach (var index in Enumerable.Range(0, items.Count).Where(i => names[i] is null).OrderBy(i => items[i].Sid, StringComparer.Ordinal))
        {
            var (sid, baseName) = items[index];
            foreach (var digits in new[] { 4, 8, 32 })
            {
                var candidate = baseName + "_" + sid.Substring(sid.Length - digits);
                if (taken.Add(candidate))
                {
                    names[index] = candidate;
                    break;
                }
            }

            // Only a SID listed twice could get here, and the reader rejects that; keep the output compilable anyway.
            if (names[index] is null)
            {
                names[index] = baseName + "_" + sid + "_" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
                taken.Add(names[index]);
            }
        }

        return names;
    }

    /// <summary>A PascalCase identifier from the ASCII letters and digits of <paramref name="text"/>, or null when it has no letter.</summary>
    public static string? FromText(string? text)
    {
        if (text is null) return null;
        var builder = new StringBuilder();
        var upper = true;
        foreach (var c in text)
        {
            if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9')
            {
                builder.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            else
            {
                upper = true;
            }
        }

        var name = builder.ToString();
        if (!name.Any(char.IsLetter)) return null;
        return char.IsDigit(name[0]) ? "_" + name : name;
    }

    /// <summary>A number's base name: its friendly name when that has letters (Twilio's default "(212) 555-0100" has none), else its digits.</summary>
    public static string ForNumber(string? friendlyName, string e164) => FromText(friendlyName) ?? "Number" + e164.TrimStart('+');

    /// <summary>A bundle's base name: its friendly name, else the kind and the SID's last 4 hex digits.</summary>
    public static string ForBundle(string friendlyName, string kind, string sid) => FromText(friendlyName) ?? kind + "_" + sid.Substring(sid.Length - 4);
}
