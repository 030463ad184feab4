using System.Collections.Generic;

namespace TrustHubGen.Generator.Emit.Pipelines;

/// <summary>
/// Emits one <c>readonly struct</c> per end-user attribute that has a rule (contract C1): <c>Parse</c>/<c>TryParse</c>
/// check the value with the onboarding engine's own rule, found in <c>PolicyCatalog.&lt;Policy&gt;.OnboardingPolicy</c>,
/// so the type, the engine and the emulator judge a value alike.
/// </summary>
internal static class AttributeValueEmitter
{
    private const string Onboarding = "global::TrustHubGen.Runtime.Onboarding.";

    public static string Emit(string ns, string access, IReadOnlyList<AttributeValueModel> values)
    {
        var w = FileHeader.Start(ns, access);
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0) w.Line();
            EmitValue(w, ns, values[i]);
        }
        return w.ToString();
    }

    private static void EmitValue(SourceWriter w, string ns, AttributeValueModel v)
    {
        var t = v.TypeName;
        XmlSummary(w, $"A <c>{X(v.AttributeName)}</c> of a <c>{X(v.EndUserType)}</c> end user for the {X(v.PolicyFriendlyName)} ({X(v.PolicySid)}), checked against the policy's rules: {X(v.RuleSummary)}.");
        w.Line($"[{Onboarding}PolicyAttributeValue({SourceWriter.Literal(v.PolicySid)}, {SourceWriter.Literal(v.EndUserType)}, {SourceWriter.Literal(v.AttributeName)})]");
        w.Line(FileHeader.GeneratedCode);
        w.Open($"{w.TypeAccess} readonly struct {t} : global::System.IEquatable<{t}>");
        w.Line("private static readonly global::TrustHubGen.Policies.AttributeRule Rule =");
        w.Line($"    {Onboarding}AttributeValueRules.Find(global::{ns}.{PolicyCatalogEmitter.EntriesNamespace}.{v.PolicyClass}.OnboardingPolicy, {SourceWriter.Literal(v.EndUserType)}, {SourceWriter.Literal(v.AttributeName)});");
        w.Line();
        w.Line("private readonly string? _value;");
        w.Line();
        w.Line($"private {t}(string value) => _value = value;");
        w.Line();
        w.Line("/// <summary>The checked value, as sent in the end user's attributes.</summary>");
        w.Line($"public string Value => _value ?? throw new global::System.InvalidOperationException(\"This {t} is default (uninitialised); create one with {t}.Parse.\");");
        w.Line();
        w.Line($"/// <summary>Checks <paramref name=\"value\"/> against every rule; throws <see cref=\"global::System.ArgumentException\"/> naming the value and each broken rule.</summary>");
        w.Line($"public static {t} Parse(string value) => new({Onboarding}AttributeValueRules.Validate(Rule, value, nameof({t})));");
        w.Line();
        w.Line("/// <summary>Checks <paramref name=\"value\"/> without throwing; <paramref name=\"error\"/> names each broken rule.</summary>");
        w.Open($"public static bool TryParse([global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? value, out {t} result, out string? error)");
        w.Line($"result = {Onboarding}AttributeValueRules.TryValidate(Rule, value, nameof({t}), out error) ? new {t}(value!) : default;");
        w.Line("return error is null;");
        w.Close();
        w.Line();
        w.Line("/// <inheritdoc />");
        w.Line($"public bool Equals({t} other) => string.Equals(_value, other._value, global::System.StringComparison.Ordinal);");
        w.Line();
        w.Line("/// <inheritdoc />");
        w.Line($"public override bool Equals(object? obj) => obj is {t} other && Equals(other);");
        w.Line();
        w.Line("/// <inheritdoc />");
        w.Line("public override int GetHashCode() => _value is null ? 0 : global::System.StringComparer.Ordinal.GetHashCode(_value);");
        w.Line();
        w.Line("/// <summary>The value, or an empty string for a default instance.</summary>");
        w.Line("public override string ToString() => _value ?? string.Empty;");
        w.Line();
        w.Line("/// <summary>Equality by value.</summary>");
        w.Line($"public static bool operator ==({t} left, {t} right) => left.Equals(right);");
        w.Line();
        w.Line("/// <summary>Inequality by value.</summary>");
        w.Line($"public static bool operator !=({t} left, {t} right) => !left.Equals(right);");
        w.Close();
    }

    // SourceWriter.Summary escapes its text; these summaries carry <c> tags, with the policy's own text escaped by the caller.
    private static void XmlSummary(SourceWriter w, string xml) => w.Line("/// <summary>" + xml + "</summary>");

    private static string X(string text) => SourceWriter.Xml(text).Replace('\r', ' ').Replace('\n', ' ');
}
