namespace TrustHubGen.Generator.Emit;

/// <summary>
/// The members every generated string-backed value struct shares (SIDs, enums, settable statuses): ordinal equality,
/// hash, <c>ToString</c> and the two operators. One copy, so the value types cannot drift apart.
/// </summary>
internal static class ValueEqualityEmitter
{
    /// <param name="w">The writer, inside the struct's body.</param>
    /// <param name="n">The struct's name.</param>
    /// <param name="field">The string member compared: <c>_value</c> (null for a default instance) or <c>Value</c>.</param>
    /// <param name="toStringSummary">The summary of <c>ToString</c>.</param>
    /// <param name="equalBy">What equality compares, for the operators' summaries ("value", "wire value").</param>
    public static void Emit(SourceWriter w, string n, string field, string toStringSummary, string equalBy)
    {
        var nullable = field == "_value";
        w.Line("/// <inheritdoc />");
        w.Line($"public bool Equals({n} other) => string.Equals({field}, other.{field}, global::System.StringComparison.Ordinal);");
        w.Line();
        w.Line("/// <inheritdoc />");
        w.Line($"public override bool Equals(object? obj) => obj is {n} other && Equals(other);");
        w.Line();
        w.Line("/// <inheritdoc />");
        w.Line(nullable
            ? $"public override int GetHashCode() => {field} is null ? 0 : global::System.StringComparer.Ordinal.GetHashCode({field});"
            : $"public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode({field});");
        w.Line();
        w.Line($"/// <summary>{toStringSummary}</summary>");
        w.Line(nullable ? $"public override string ToString() => {field} ?? string.Empty;" : $"public override string ToString() => {field};");
        w.Line();
        w.Line($"/// <summary>Equality by {equalBy}.</summary>");
        w.Line($"public static bool operator ==({n} left, {n} right) => left.Equals(right);");
        w.Line();
        w.Line($"/// <summary>Inequality by {equalBy}.</summary>");
        w.Line($"public static bool operator !=({n} left, {n} right) => !left.Equals(right);");
    }
}
