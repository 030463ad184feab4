using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using TrustHubGen.Analyzers.Diagnostics;
using TrustHubGen.Analyzers.Model;
using TrustHubGen.Analyzers.Rules;
using TrustHubGen.Analyzers.Values;
using TrustHubGen.Policies.Snapshots;

namespace TrustHubGen.Analyzers.Flow;

/// <summary>
/// TH1004: a trust-product assignment of a number that is not on the Business Profile. With an account snapshot: the
/// snapshot says the number is not on the profile this method assigns to the product (and the method does not put it
/// there first). Without one: in a method that puts numbers on a Business Profile, a number the method did not put there
/// first. Silent where it cannot know: numbers or profiles from configuration, profile assignments made elsewhere, and
/// any number after the method put a number it cannot know (configuration, a loop variable) on the profile, and any number
/// a lambda or local function of the method may put there.
/// </summary>
internal static class NumbersOnProfileRule
{
    public static void Check(RuleContext context, MethodCalls method)
    {
        if (!method.Has(TwilioResource.TrustProductsChannelEndpointAssignment, TwilioAction.Create)) return;
        // Nothing to compare with: no number put on a profile in this method, and no snapshot.
        if (context.Snapshot is null && !method.Has(TwilioResource.CustomerProfilesChannelEndpointAssignment, TwilioAction.Create)) return;
        var profileAdds = method.Where(TwilioResource.CustomerProfilesChannelEndpointAssignment, TwilioAction.Create)
            .Where(c => c.Find("channelEndpointSid") is not null)
            .Select(c => (Call: c, Key: ValueKeys.Of(context, c.Find("channelEndpointSid")))).ToList();
        if (profileAdds.Count == 0 && context.Snapshot is null) return;
        // A lambda or local function that puts numbers on a profile may put any of them there, at a time unknown here.
        var nestedAdds = method.Nested.Where(c => c.Resource == TwilioResource.CustomerProfilesChannelEndpointAssignment && c.Action == TwilioAction.Create)
            .Select(c => ValueKeys.Of(context, c.Find("channelEndpointSid"))).ToList();

        // The numbers whose fix an earlier finding offers: one profile assignment puts a number there for every product, and
        // Fix All applies every finding's fix at once, so a second one would assign the number to the profile twice.
        HashSet<string>? fixedNumbers = null;
        foreach (var assignment in method.Where(TwilioResource.TrustProductsChannelEndpointAssignment, TwilioAction.Create))
        {
            var number = assignment.Find("channelEndpointSid");
            var key = ValueKeys.Of(context, number);
            if (number is null || key is null) continue;
            var position = MethodCalls.Position(assignment);
            var before = profileAdds.Where(p => MethodCalls.Position(p.Call) < position).ToList();
            if (before.Any(p => p.Key == key)) continue;
            // A number the method cannot know went on the profile before this point: it may be this one.
            if (before.Any(p => p.Key is null || !ValueKeys.IsConstant(p.Key))) continue;
            if (nestedAdds.Any(k => k is null || !ValueKeys.IsConstant(k) || k == key)) continue;
            var node = MethodCalls.NodeOf(context, number);
            var later = profileAdds.FirstOrDefault(p => MethodCalls.Position(p.Call) > position && p.Key == key);
            if (later.Call is not null)
            {
                context.Report(WithFix(context, node, number, template: null, assignment, profileSid: null,
                    $"Phone number {ValueKeys.Display(key)} is assigned to the trust product before it is put on the Business Profile (line {MethodCalls.Line(later.Call)}); assign it to the profile first"));
                continue;
            }
            // A malformed constant is TH1005's to report.
            if (!ValueKeys.IsConstant(key) || SidFacts.CheckShape(key.Substring(2), null) is not null) continue;
            var sid = key.Substring(2);
            if (context.Snapshot is { } snapshot)
            {
                if (AssignedSnapshotProfile(context, method, assignment) is { } profile)
                {
                    if (snapshot.IsOnProfile(profile.Sid, sid)) continue;
                    var message = $"Phone number {ValueKeys.Display(key)}{Describe(snapshot.Number(sid))} is not on Business Profile {profile.Sid} ({profile.FriendlyName}), " +
                                  $"which this method assigns to the trust product, according to the account snapshot captured {snapshot.CapturedAt}; only numbers already on the profile may be assigned";
                    context.Report(WithFix(context, node, number, template: null, assignment, FirstFix(ref fixedNumbers, key) ? profile.Sid : null, message));
                    continue;
                }
                // The snapshot knows the number is on a profile: the method-only guess below would be wrong.
                if (snapshot.IsOnAnyProfile(sid)) continue;
            }
            if (profileAdds.Count == 0) continue;
            var guess = $"Phone number {ValueKeys.Display(key)} is assigned to the trust product, but this method never puts it on the Business Profile; only numbers already on the profile may be assigned";
            // A template written before the product assignment first: what it names is more likely in scope there.
            var template = FirstFix(ref fixedNumbers, key) ? before.Concat(profileAdds).Select(p => Template(p.Call)).FirstOrDefault(t => t is not null) : null;
            context.Report(WithFix(context, node, number, template, assignment, profileSid: null, guess));
        }
    }

    private static bool FirstFix(ref HashSet<string>? fixedNumbers, string number) =>
        (fixedNumbers ??= new HashSet<string>(System.StringComparer.Ordinal)).Add(number);

    /// <summary>The snapshot profile an entity assignment of this method gives the product the number goes to.</summary>
    private static SnapshotProfile? AssignedSnapshotProfile(RuleContext context, MethodCalls method, TwilioCall numberAssignment)
    {
        var product = ValueKeys.Of(context, numberAssignment.Find("pathTrustProductSid"));
        if (product is null) return null;
        foreach (var entity in method.Where(TwilioResource.TrustProductsEntityAssignments, TwilioAction.Create))
        {
            if (ValueKeys.Of(context, entity.Find("pathTrustProductSid")) != product) continue;
            if (context.Resolve(entity.Find("objectSid")) is { } objectSid && context.Snapshot!.Profile(objectSid.Text) is { } profile) return profile;
        }
        return null;
    }

    private static string Describe(SnapshotNumber? number) => number is null ? "" : $" ({number.PhoneNumber})";

    /// <summary>
    /// The fix copies a profile assignment statement of this method (the number swapped in) or, when the snapshot names
    /// the profile, writes a new one in the surface of the trust-product assignment. Additional locations: the template's
    /// number (or none), then the number as written in the trust-product assignment, then the template's call (with its
    /// await) or our SDK's client root.
    /// </summary>
    private static Diagnostic WithFix(RuleContext context, SyntaxNode at, IOperation number, (SyntaxNode Number, SyntaxNode Call)? template, TwilioCall assignment, string? profileSid, string message)
    {
        var numberExpression = ConstantResolver.Unwrap(number).Syntax;
        if (template is { } copy)
        {
            var properties = ImmutableDictionary<string, string?>.Empty.Add(FixProperties.InsertProfileAssignment, "true");
            return Diagnostic.Create(Descriptors.NumberNotOnProfile, at.GetLocation(),
                new[] { copy.Number.GetLocation(), numberExpression.GetLocation(), copy.Call.GetLocation() }, properties, message);
        }
        if (profileSid is not null)
        {
            var properties = ImmutableDictionary<string, string?>.Empty.Add(FixProperties.ProfileSid, profileSid);
            var locations = new List<Location> { numberExpression.GetLocation() };
            if (assignment.Surface == CallSurface.GeneratedSdk)
            {
                if (SdkRoot(context, assignment) is not { } root) return Diagnostic.Create(Descriptors.NumberNotOnProfile, at.GetLocation(), message);
                locations.Add(root.Root.GetLocation());
                properties = properties.Add(FixProperties.SdkNamespace, root.Namespace);
            }
            return Diagnostic.Create(Descriptors.NumberNotOnProfile, at.GetLocation(), locations, properties, message);
        }
        return Diagnostic.Create(Descriptors.NumberNotOnProfile, at.GetLocation(), message);
    }

    /// <summary>
    /// The profile assignment's call to copy as a statement of its own (with its <c>await</c>, so the copy completes
    /// before the product assignment) and the number in it to swap. Only the call: the statement around it may hold more
    /// (<c>Task.WhenAll(profileAdd, productAdd)</c>, <c>var x = …</c>). None when the number is outside the call (an
    /// options object in a local) or the call is awaitable but not awaited where it is written.
    /// </summary>
    private static (SyntaxNode Number, SyntaxNode Call)? Template(TwilioCall profileAdd)
    {
        if (profileAdd.Anchor is not IInvocationOperation invocation) return null;
        IOperation call = invocation;
        while (call.Parent is IInvocationOperation { TargetMethod.Name: "ConfigureAwait" } configure && configure.Instance == call) call = configure;
        if (call.Parent is IAwaitOperation awaited) call = awaited;
        else if (IsAwaitable(call.Type)) return null;
        var value = ConstantResolver.Unwrap(profileAdd.Find("channelEndpointSid")!).Syntax;
        return call.Syntax.Span.Contains(value.Span) ? (value, call.Syntax) : null;
    }

    private static bool IsAwaitable(ITypeSymbol? type)
    {
        if (type is null) return false;
        foreach (var member in type.GetMembers("GetAwaiter"))
        {
            if (member is IMethodSymbol { Parameters.Length: 0, IsStatic: false }) return true;
        }
        return false;
    }

    // trustHub.TrustProducts.ChannelEndpointAssignments(product).CreateAsync(…): the root client, trustHub.
    private static (SyntaxNode Root, string Namespace)? SdkRoot(RuleContext context, TwilioCall assignment)
    {
        if (assignment.Anchor is not IInvocationOperation { Instance: { } instance } invocation) return null;
        if (context.Origin(instance) is not IInvocationOperation { Instance: { } products } accessor) return null;
        if (ConstantResolver.Unwrap(products) is not IPropertyReferenceOperation { Instance: { } root }) return null;
        return (ConstantResolver.Unwrap(root).Syntax, invocation.TargetMethod.ContainingType.ContainingNamespace.ToDisplayString());
    }
}
