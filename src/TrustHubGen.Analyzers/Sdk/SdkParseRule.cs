using System;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TrustHubGen.Analyzers.Diagnostics;
using TrustHubGen.Analyzers.Policies;
using TrustHubGen.Analyzers.Rules;
using TrustHubGen.Analyzers.Values;
using TrustHubGen.Policies;

namespace TrustHubGen.Analyzers.Sdk;

/// <summary>
/// Our generated SDK's string entry points. SIDs: <c>XxxSid.Parse("…")</c> on any type named <c>…Sid</c> implementing
/// <c>TrustHubGen.Runtime.ITwilioSid</c>, and <c>TwilioSid.Parse</c>: malformed SIDs (TH1005), a prefix other than the
/// type's <c>Prefix</c> constant or its <c>Prefixes</c> list (TH1006), unknown policies for a type whose prefix is RN
/// (TH1001), and, on a policy SID type of one kind (<c>TrustProductPolicySid</c>), a policy of the other kind (TH1002). Attribute values:
/// <c>X.Parse</c>/<c>X.TryParse</c> on a struct marked <c>[PolicyAttributeValue]</c> with a constant that breaks the
/// attribute's policy rule (TH1007 for the CNAM display name, TH1013 otherwise).
/// </summary>
internal sealed class SdkParseRule
{
    private readonly Lazy<(INamedTypeSymbol Interface, INamedTypeSymbol Any)?> _sidTypes;
    private readonly AttributeValueTypes _attributeTypes = new();

    public SdkParseRule(Compilation compilation)
    {
        // Asked at the first Parse call, not at the start (TrustHubCallAnalyzer.ReferenceCheck); and cheap first: a
        // metadata-name lookup searches every reference, so only do it when the runtime is referenced.
        _sidTypes = new Lazy<(INamedTypeSymbol Interface, INamedTypeSymbol Any)?>(
            () => TrustHubCallAnalyzer.References(compilation, "TrustHubGen.Runtime")
                  && compilation.GetTypeByMetadataName("TrustHubGen.Runtime.ITwilioSid") is { } sidInterface
                  && compilation.GetTypeByMetadataName("TrustHubGen.Runtime.TwilioSid") is { } anySid
                ? (sidInterface, anySid) : null,
            LazyThreadSafetyMode.PublicationOnly);
    }

    [MethodImpl(Jit.Optimized)]
    public void Check(RuleContext rules, IInvocationOperation invocation)
    {
        // Cheap first: only a static Parse or TryParse with arguments is looked at further.
        var method = invocation.TargetMethod;
        if (!method.IsStatic || invocation.Arguments.Length == 0 || method.Name is not ("Parse" or "TryParse")) return;
        if (_sidTypes.Value is not (var sidInterface, var anySid)) return;
        var type = method.ContainingType;
        if (_attributeTypes.Find(type) is { } target)
        {
            CheckAttributeValue(rules, invocation, type, target);
            return;
        }
        if (method.Name != "Parse" || invocation.Arguments.Length != 1) return;
        var isAny = SymbolEqualityComparer.Default.Equals(type, anySid);
        if (!isAny && !(type.Name.EndsWith("Sid", System.StringComparison.Ordinal) && type.AllInterfaces.Contains(sidInterface, SymbolEqualityComparer.Default)))
            return;
        CheckSid(rules, invocation, type, isAny);
    }

    private static void CheckSid(RuleContext rules, IInvocationOperation invocation, INamedTypeSymbol type, bool isAny)
    {
        var argument = invocation.Arguments[0].Value;
        if (ValueChoices.Branches(argument) is { } branches)
        {
            foreach (var branch in branches) CheckSid(rules, branch, type, isAny);
        }
        else CheckSid(rules, argument, type, isAny);
    }

    private static void CheckSid(RuleContext rules, IOperation argument, INamedTypeSymbol type, bool isAny)
    {
        if (rules.Resolve(argument) is not { } value) return;
        var prefixes = isAny ? null : TrustHubGenTypes.SidPrefixes(type);
        if (prefixes is { Length: 1 } && prefixes[0] == "RN")
            PolicySidRules.Check(rules, value, KindOf(type), $"{type.Name}.Parse");
        else if (prefixes is not null)
            SidRules.Check(rules, value, prefixes, $"{type.Name}.Parse");
        else if (SidFacts.CheckShape(value.Text, null) is { } problem)
            rules.Report(Reporter.At(Descriptors.MalformedSid, value, problem));
    }

    // TrustProductPolicySid declares the kind of the policies it holds: PolicyKind = "trust-product".
    private static BundleKind? KindOf(INamedTypeSymbol type) => TrustHubGenTypes.PolicyKind(type) switch
    {
        "trust-product" => BundleKind.TrustProduct,
        "customer-profile" => BundleKind.CustomerProfile,
        _ => null,
    };

    // The value is the first argument of both Parse(string) and TryParse(string?, out X, out string?). A marker naming a
    // policy, end user or attribute the analyzers do not know checks nothing: the generator reports its own inputs.
    private static void CheckAttributeValue(RuleContext rules, IInvocationOperation invocation, INamedTypeSymbol type, AttributeValueTarget target)
    {
        var argument = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0);
        if (argument is null || argument.Parameter!.Type.SpecialType != SpecialType.System_String) return;
        if (rules.Policies.Find(target.PolicySid) is not { } policy) return;
        if (KnownPolicies.FindAttribute(policy, target.EndUserType, target.AttributeName) is not { } rule) return;
        var display = $"{type.Name}.{invocation.TargetMethod.Name}";
        if (ValueChoices.Branches(argument.Value) is { } branches)
        {
            foreach (var branch in branches) AttributeValueRule.Check(rules, rule, branch, display);
        }
        else AttributeValueRule.Check(rules, rule, argument.Value, display);
    }
}
