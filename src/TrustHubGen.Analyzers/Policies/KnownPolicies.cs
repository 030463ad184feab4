using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using TrustHubGen.Policies;

namespace TrustHubGen.Analyzers.Policies;

/// <summary>
/// The policies the analyzers know: the built-in definitions plus every <c>AdditionalFiles</c> item with
/// <c>TrustHubGenKind=Policy</c>, so a user's own policy file teaches the analyzers. A file with errors is skipped
/// here; the generator reports its problems with file and line.
/// </summary>
internal sealed class KnownPolicies
{
    public const string KindMetadata = "build_metadata.AdditionalFiles.TrustHubGenKind";

    /// <summary>End-user types Twilio documents, accepted even when no known policy names them.</summary>
    private static readonly string[] DocumentedEndUserTypes =
    {
        "cnam_information", "customer_profile_business_information", "authorized_representative_1",
        "authorized_representative_2", "voice_integrity_information",
    };

    /// <summary>The Starter Customer Profile policy: a real customer-profile policy, but never the primary Business Profile.</summary>
    public const string StarterProfileSid = "RN806dd6cd175f314e1f96a9727ee271f4";

    /// <summary>
    /// Policies trusthub.md documents that have no policy file (their requirements are not published): known, so never
    /// "unknown", but never offered as a fix either.
    /// </summary>
    private static readonly Dictionary<string, (string Name, BundleKind Kind)> DocumentedOnly = new(StringComparer.Ordinal)
    {
        [StarterProfileSid] = ("StarterBusinessProfile", BundleKind.CustomerProfile),
        ["RN670d5d2e282a6130ae063b234b6019c8"] = ("SoleProprietorA2P", BundleKind.TrustProduct),
        ["RNb0d4771c2c98518d916a3d4cd70a8f8b"] = ("A2PMessagingProfile", BundleKind.TrustProduct),
    };

    private static readonly string[] DefaultSettableStatuses = { "pending-review", "draft" };

    private static readonly ConditionalWeakTable<SourceText, PolicyReadResult> ReadCache = new();

    private readonly Dictionary<string, PolicyDefinition> _bySid;

    private KnownPolicies(IEnumerable<PolicyDefinition> policies)
    {
        _bySid = new Dictionary<string, PolicyDefinition>(StringComparer.Ordinal);
        foreach (var policy in policies) _bySid[policy.Sid] = policy;
        All = _bySid.Values.OrderBy(p => p.Sid, StringComparer.Ordinal).ToImmutableArray();
        EndUserTypes = DocumentedEndUserTypes
            .Concat(All.SelectMany(p => p.EndUsers).Select(e => e.Type))
            .Distinct(StringComparer.Ordinal).OrderBy(t => t, StringComparer.Ordinal).ToImmutableArray();
        var settable = All.SelectMany(p => p.Submission.ClientSettableStatuses).Distinct(StringComparer.Ordinal).ToImmutableArray();
        ClientSettableStatuses = settable.IsEmpty ? DefaultSettableStatuses.ToImmutableArray() : settable;
        CnamDisplayNameRule = All.SelectMany(p => p.EndUsers).SelectMany(e => e.Attributes)
            .FirstOrDefault(a => a.Name == "cnam_display_name");
        _endUserTypes = new HashSet<string>(EndUserTypes, StringComparer.Ordinal);
        // Each end-user type's attribute rules, the first stated by SID order, as FindAttribute searches: one lookup per
        // attribute checked instead of a walk over every policy.
        foreach (var policy in All)
        {
            foreach (var endUser in policy.EndUsers)
            {
                if (!_attributes.TryGetValue(endUser.Type, out var rules)) _attributes[endUser.Type] = rules = new Dictionary<string, AttributeRule>(StringComparer.Ordinal);
                foreach (var attribute in endUser.Attributes)
                {
                    if (!rules.ContainsKey(attribute.Name)) rules[attribute.Name] = attribute;
                }
            }
        }
    }

    private readonly HashSet<string> _endUserTypes;

    private readonly Dictionary<string, Dictionary<string, AttributeRule>> _attributes = new(StringComparer.Ordinal);

    /// <summary>True when <paramref name="type"/> is one of <see cref="EndUserTypes"/>.</summary>
    public bool IsEndUserType(string type) => _endUserTypes.Contains(type);

    public ImmutableArray<PolicyDefinition> All { get; }

    public ImmutableArray<string> EndUserTypes { get; }

    public ImmutableArray<string> ClientSettableStatuses { get; }

    public AttributeRule? CnamDisplayNameRule { get; }

    /// <summary>The rule for an attribute of an end-user type in the first known policy (by SID) that states one.</summary>
    public AttributeRule? FindAttribute(string endUserType, string attributeName) =>
        _attributes.TryGetValue(endUserType, out var rules) && rules.TryGetValue(attributeName, out var rule) ? rule : null;

    /// <summary>The rule for an attribute of an end-user type in one policy.</summary>
    public static AttributeRule? FindAttribute(PolicyDefinition policy, string endUserType, string attributeName)
    {
        foreach (var endUser in policy.EndUsers)
        {
            if (endUser.Type != endUserType) continue;
            foreach (var attribute in endUser.Attributes)
            {
                if (attribute.Name == attributeName) return attribute;
            }
        }
        return null;
    }

    public PolicyDefinition? Find(string sid) => _bySid.TryGetValue(sid, out var policy) ? policy : null;

    /// <summary>A documented policy without a definition file: its name and kind.</summary>
    public static (string Name, BundleKind Kind)? FindDocumentedOnly(string sid) =>
        DocumentedOnly.TryGetValue(sid, out var policy) ? policy : null;

    public IEnumerable<PolicyDefinition> OfKind(BundleKind kind) => All.Where(p => p.Kind == kind);

    // The built-in definitions alone (BuiltInPolicies.All as compiled in at build time, no JSON read), indexed once per
    // process: every compilation without a policy file of its own shares them.
    private static readonly Lazy<KnownPolicies> BuiltInOnly = new(() => new KnownPolicies(BuiltInPolicyTable.All));

    public static KnownPolicies Create(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        List<PolicyDefinition>? policies = null;
        foreach (var file in options.AdditionalFiles)
        {
            var fileOptions = options.AnalyzerConfigOptionsProvider.GetOptions(file);
            if (!fileOptions.TryGetValue(KindMetadata, out var kind) || !string.Equals(kind, "Policy", StringComparison.OrdinalIgnoreCase))
                continue;
            var text = file.GetText(cancellationToken);
            if (text is null) continue;
            var result = ReadCache.GetValue(text, t => PolicyReader.Read(file.Path, t.ToString()));
            if (result.Policy is not null && !result.Diagnostics.Any(d => d.Severity == InputSeverity.Error))
                (policies ??= new List<PolicyDefinition>(BuiltInPolicyTable.All)).Add(result.Policy);
        }
        return policies is null ? BuiltInOnly.Value : new KnownPolicies(policies);
    }

    public static string Describe(PolicyDefinition policy) => $"{policy.Name} ({policy.Sid})";
}
