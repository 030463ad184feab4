using System;
using System.Collections.Generic;
using TrustHubGen.Policies.Naming;

namespace TrustHubGen.Generator.Naming;

/// <summary>Turns wire names (snake_case, PascalCase, paths) into C# identifiers, invariantly.</summary>
internal static class Names
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock", "long",
        "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected", "public",
        "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string", "struct", "switch",
        "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void",
        "volatile", "while",
    };

    /// <summary><c>trust_product_enum_status</c> → <c>TrustProductEnumStatus</c>; <c>pending-review</c> → <c>PendingReview</c>.</summary>
    /// <remarks>The rules library owns the function, so the policy reader refuses names that would collide.</remarks>
    public static string Pascal(string text) => IdentifierNames.Pascal(text);

    /// <summary><c>TrustProductSid</c> → <c>trustProductSid</c>, escaped when a keyword.</summary>
    public static string Camel(string text)
    {
        var pascal = Pascal(text);
        var camel = pascal.Length == 0 ? pascal : char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);
        return Keywords.Contains(camel) ? "@" + camel : camel;
    }

    /// <summary>A naive English singular, enough for Twilio's resource names (Policies → Policy).</summary>
    public static string Singular(string pascal)
    {
        if (pascal.EndsWith("ies", StringComparison.Ordinal)) return pascal.Substring(0, pascal.Length - 3) + "y";
        if (pascal.EndsWith("sses", StringComparison.Ordinal)) return pascal.Substring(0, pascal.Length - 2);
        if (pascal.EndsWith("s", StringComparison.Ordinal) && !pascal.EndsWith("ss", StringComparison.Ordinal) && !pascal.EndsWith("us", StringComparison.Ordinal))
            return pascal.Substring(0, pascal.Length - 1);
        return pascal;
    }

    /// <summary>A naive English plural (Inquiry → Inquiries, Address → Addresses).</summary>
    public static string Plural(string pascal)
    {
        if (pascal.Length > 1 && pascal.EndsWith("y", StringComparison.Ordinal) && "aeiou".IndexOf(pascal[pascal.Length - 2]) < 0)
            return pascal.Substring(0, pascal.Length - 1) + "ies";
        if (pascal.EndsWith("s", StringComparison.Ordinal) || pascal.EndsWith("x", StringComparison.Ordinal)
            || pascal.EndsWith("ch", StringComparison.Ordinal) || pascal.EndsWith("sh", StringComparison.Ordinal))
            return pascal + "es";
        return pascal + "s";
    }

    /// <summary>Adds a number to <paramref name="name"/> until it is not in <paramref name="used"/>, and records it.</summary>
    public static string Unique(HashSet<string> used, string name)
    {
        var unique = name;
        for (var i = 2; !used.Add(unique); i++) unique = name + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return unique;
    }

    /// <summary>True for a valid dotted C# namespace.</summary>
    public static bool IsValidNamespace(string text)
    {
        if (text.Length == 0) return false;
        foreach (var part in text.Split('.'))
        {
            if (part.Length == 0 || Keywords.Contains(part) || !(char.IsLetter(part[0]) || part[0] == '_')) return false;
            foreach (var c in part)
            {
                if (!(char.IsLetterOrDigit(c) || c == '_')) return false;
            }
        }
        return true;
    }
}
