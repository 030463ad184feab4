using System.Collections.Generic;
using System.Text;

namespace TrustHubGen.Runtime;

public static partial class TwilioJson
{
    /// <summary>Appends a list as <c>[a, b]</c> (nothing for null), for generated records' <c>ToString</c>.</summary>
    public static StringBuilder Print<T>(StringBuilder builder, IReadOnlyList<T>? items)
    {
        if (builder is null) throw new System.ArgumentNullException(nameof(builder));
        if (items is null) return builder;
        builder.Append('[');
        for (var i = 0; i < items.Count; i++) builder.Append(i == 0 ? "" : ", ").Append(items[i]);
        return builder.Append(']');
    }

    /// <summary>Appends a map as <c>{ key = value, … }</c> (nothing for null), for generated records' <c>ToString</c>.</summary>
    public static StringBuilder Print(StringBuilder builder, IReadOnlyDictionary<string, string>? map)
    {
        if (builder is null) throw new System.ArgumentNullException(nameof(builder));
        if (map is null) return builder;
        builder.Append("{ ");
        var first = true;
        foreach (var pair in map)
        {
            builder.Append(first ? "" : ", ").Append(pair.Key).Append(" = ").Append(pair.Value);
            first = false;
        }
        return builder.Append(first ? "}" : " }");
    }
}
