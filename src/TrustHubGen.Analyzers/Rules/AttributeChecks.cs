using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using TrustHubGen.Policies;

namespace TrustHubGen.Analyzers.Rules;

/// <summary>
/// <see cref="PolicyRules.CheckAttribute"/> once per rule and value within a compilation: a project repeats the same
/// display name or attribute value at every call site, and each check builds its message prefix and may run the rule's
/// pattern (a regular expression with a timeout, whose clock read and matching were a visible part of a callback's time).
/// </summary>
internal sealed class AttributeChecks
{
    // Rules are compared by identity: a record's equality hashes every field, and the rules of one compilation are its
    // policies' own objects.
    private readonly ConcurrentDictionary<AttributeRule, ConcurrentDictionary<string, string?>> _byRule = new(RuleIdentity.Instance);

    /// <summary>Null when the value is valid, else the problem, as <see cref="PolicyRules.CheckAttribute"/> says.</summary>
    [MethodImpl(Jit.Optimized)]
    public string? Check(AttributeRule rule, string value)
    {
        var results = _byRule.GetOrAdd(rule, _ => new ConcurrentDictionary<string, string?>(System.StringComparer.Ordinal));
        if (results.TryGetValue(value, out var problem)) return problem;
        problem = PolicyRules.CheckAttribute(rule, value);
        results.TryAdd(value, problem);
        return problem;
    }

    private sealed class RuleIdentity : IEqualityComparer<AttributeRule>
    {
        public static readonly RuleIdentity Instance = new();

        public bool Equals(AttributeRule? x, AttributeRule? y) => ReferenceEquals(x, y);

        public int GetHashCode(AttributeRule rule) => RuntimeHelpers.GetHashCode(rule);
    }
}
