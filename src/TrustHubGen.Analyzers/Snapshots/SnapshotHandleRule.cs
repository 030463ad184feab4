using System;
using System.Threading;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using TrustHubGen.Analyzers.Diagnostics;
using TrustHubGen.Analyzers.Rules;

namespace TrustHubGen.Analyzers.Snapshots;

/// <summary>
/// TH1014: code names a <c>TrustHubAccount</c> handle of a kind the generator left out because the account snapshot
/// has more items of that kind than <c>TrustHubGenSnapshotHandleLimit</c>. The compiler already fails with CS0117
/// ("does not contain a definition"); this says why and what to write instead. It reads only the generated class's
/// constants (<c>NumberCount</c>, <c>HandleLimit</c>, …) and looks only at code that does not compile, so clean code
/// costs one type lookup per compilation.
/// </summary>
internal sealed class SnapshotHandleRule
{
    private const string DefaultNamespace = "TrustHubGen.Sdk";
    private readonly Lazy<LeftOutKinds?> _kinds;

    public SnapshotHandleRule(Compilation compilation, AnalyzerOptions options)
    {
        // TrustHubAccount is generated code on the runtime's types: without the runtime there is none to look up, and
        // a compilation's first type lookup by name is the costly one (it indexes every reference).
        // Asked at the first invalid operation (code that does not compile), not at the start
        // (TrustHubCallAnalyzer.ReferenceCheck).
        var ns = options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property.TrustHubGenNamespace", out var value)
            && !string.IsNullOrWhiteSpace(value) ? value.Trim() : DefaultNamespace;
        _kinds = new Lazy<LeftOutKinds?>(
            () => TrustHubCallAnalyzer.References(compilation, "TrustHubGen.Runtime") ? LeftOutKinds.Find(compilation.GetTypeByMetadataName(ns + ".TrustHubAccount")) : null,
            LazyThreadSafetyMode.PublicationOnly);
    }

    /// <summary>An invalid operation (code that does not compile) naming a left-out handle.</summary>
    public void Check(RuleContext rules, IOperation invalid)
    {
        if (_kinds.Value is not { } kinds) return;
        if (invalid.Syntax is not MemberAccessExpressionSyntax access || invalid.SemanticModel is not { } model) return;
        if (model.GetSymbolInfo(access.Expression, rules.CancellationToken).Symbol is not INamedTypeSymbol container) return;
        var name = access.Name.Identifier.ValueText;
        var leftOut = kinds.Explain(container, name);
        if (leftOut is null) return;
        var (what, count, sidType) = leftOut.Value;
        rules.Report(Diagnostic.Create(Descriptors.SnapshotHandleNotGenerated, access.Name.GetLocation(), string.Format(CultureInfo.InvariantCulture,
            "{0} has no handle '{1}': the account snapshot has {2:N0} {3}, more than TrustHubGenSnapshotHandleLimit ({4:N0}), so none of them has a member. "
            + "Write the SID instead ({5}.Parse(\"…\"), or the string), which TH1004 and TH1010 check against the snapshot, or raise TrustHubGenSnapshotHandleLimit to generate the handles",
            Display(container), name, count, what, kinds.Limit, sidType)));
    }

    /// <summary>The container as code names it below the namespace: TrustHubAccount.Numbers, TrustHubAccount.Profiles.Acme.</summary>
    private static string Display(INamedTypeSymbol type) => type.ContainingType is { } outer ? Display(outer) + "." + type.Name : type.Name;

    /// <summary>Which kinds of the generated <c>TrustHubAccount</c> have no members, from its constants.</summary>
    private sealed class LeftOutKinds
    {
        private readonly INamedTypeSymbol _account;
        private readonly int _profiles;
        private readonly int _numbers;
        private readonly int _products;

        private LeftOutKinds(INamedTypeSymbol account, int profiles, int numbers, int products, int limit)
        {
            _account = account;
            _profiles = profiles;
            _numbers = numbers;
            _products = products;
            Limit = limit;
        }

        public int Limit { get; }

        /// <summary>Null when there is no generated account class or every kind has its handles.</summary>
        public static LeftOutKinds? Find(INamedTypeSymbol? account)
        {
            if (account is null || !account.GetAttributes().Any(a => a.AttributeClass?.Name == "GeneratedCodeAttribute"
                && a.ConstructorArguments.Length > 0 && a.ConstructorArguments[0].Value as string == "TrustHubGen"))
                return null;
            int? Constant(string name) => account.GetMembers(name).OfType<IFieldSymbol>().FirstOrDefault() is { HasConstantValue: true, ConstantValue: int v } ? v : null;
            if (Constant("HandleLimit") is not { } limit || Constant("ProfileCount") is not { } profiles || Constant("NumberCount") is not { } numbers
                || Constant("TrustProductCount") is not { } products)
                return null;
            return profiles > limit || numbers > limit || products > limit ? new LeftOutKinds(account, profiles, numbers, products, limit) : null;
        }

        /// <summary>What <paramref name="container"/>.<paramref name="name"/> would have named, when its kind was left out.</summary>
        public (string What, int Count, string SidType)? Explain(INamedTypeSymbol container, string name)
        {
            if (IsKind(container, "Numbers") && _numbers > Limit) return ("numbers", _numbers, "PhoneNumberSid");
            if (IsKind(container, "Profiles") && _profiles > Limit) return ("Business Profiles", _profiles, "CustomerProfileSid");
            if (IsKind(container, "TrustProducts") && _products > Limit) return ("trust products", _products, "TrustProductSid");
            // A profile's or trust product's own Numbers are left out with the account's numbers.
            var bundleKind = container.ContainingType;
            if (name == "Numbers" && _numbers > Limit && bundleKind is not null && (IsKind(bundleKind, "Profiles") || IsKind(bundleKind, "TrustProducts")))
                return ("numbers", _numbers, "PhoneNumberSid");
            return null;
        }

        private bool IsKind(INamedTypeSymbol type, string name) =>
            type.Name == name && SymbolEqualityComparer.Default.Equals(type.ContainingType, _account);
    }
}
