using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TrustHubGen.Analyzers.Model;
using TrustHubGen.Analyzers.Policies;
using TrustHubGen.Analyzers.Rules;
using TrustHubGen.Analyzers.Values;
using TrustHubGen.Policies;

namespace TrustHubGen.Analyzers.Flow;

/// <summary>
/// The calls that send a Trust Hub request in one method body, in source order, on both surfaces. A call that sends an
/// options object (<c>TrustProductsResource.Create(options)</c>) or a generated request (<c>CreateAsync(request)</c>)
/// carries the values of that object: those of its creation, written in place or in a local assigned once, and of the
/// properties assigned to that local before the call. Calls in lambdas and local functions are kept apart
/// (<see cref="Nested"/>): when they run relative to the rest is unknown, and the flow rules stay silent where they cannot know.
/// </summary>
internal sealed class MethodCalls
{
    /// <summary>The order rules over one method's calls (TH1002, TH1008, TH1004, TH1010, TH1012), in the order they report.</summary>
    public static void CheckOrder(RuleContext rules, List<TwilioCall> calls, List<TwilioCall> nested)
    {
        var method = new MethodCalls(calls, nested, rules);
        ProfilePolicyRule.Check(rules, method);
        EndUserAcceptanceRule.Check(rules, method);
        NumbersOnProfileRule.Check(rules, method);
        NumberCountryRule.Check(rules, method);
        SubmissionOrderRule.Check(rules, method);
    }

    public MethodCalls(List<TwilioCall> calls, List<TwilioCall> nested, RuleContext context)
    {
        var sends = new List<TwilioCall>(calls.Count);
        foreach (var call in calls)
        {
            if (call.Shape == CallShape.Send) sends.Add(WithObjectValues(call, calls, context));
        }
        // Operations arrive in source order; sort only when they did not.
        if (!IsSorted(sends)) sends.Sort((a, b) => Position(a).CompareTo(Position(b)));
        Calls = sends;
        List<TwilioCall>? nestedSends = null;
        foreach (var call in nested)
        {
            if (call.Shape == CallShape.Send) (nestedSends ??= new List<TwilioCall>()).Add(WithObjectValues(call, nested, context));
        }
        Nested = nestedSends ?? NoCalls;
    }

    private static readonly List<TwilioCall> NoCalls = new();

    public List<TwilioCall> Calls { get; }

    /// <summary>The calls made in the method's lambdas and local functions: when they run (and how often) is unknown.</summary>
    public List<TwilioCall> Nested { get; }

    /// <summary>Whether a lambda or local function of the method makes such a call with this value (by its key) for the parameter.</summary>
    public bool NestedHas(RuleContext context, TwilioResource resource, TwilioAction action, string parameterName, string key)
    {
        foreach (var call in Nested)
        {
            if (call.Resource == resource && call.Action == action && ValueKeys.Of(context, call.Find(parameterName)) == key) return true;
        }
        return false;
    }

    /// <summary>True inside a loop of the method (a lambda's or local function's loop counts only for its own calls).</summary>
    public static bool IsInLoop(IOperation operation)
    {
        for (var parent = operation.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is ILoopOperation) return true;
            if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation) return false;
        }
        return false;
    }

    private static bool IsSorted(List<TwilioCall> calls)
    {
        for (var i = 1; i < calls.Count; i++)
        {
            if (Position(calls[i - 1]) > Position(calls[i])) return false;
        }
        return true;
    }

    /// <summary>True inside a lambda or local function of the method, whose order relative to the rest is unknown.</summary>
    public static bool IsInNestedFunction(IOperation operation)
    {
        for (var parent = operation.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation) return true;
        }
        return false;
    }

    /// <summary>True when the method makes at least one such call: each rule asks first, so most methods cost no value resolution.</summary>
    public bool Has(TwilioResource resource, TwilioAction action)
    {
        foreach (var call in Calls)
        {
            if (call.Resource == resource && call.Action == action) return true;
        }
        return false;
    }

    /// <summary>The calls of one resource and action, in source order; a foreach over them allocates nothing.</summary>
    public CallsOf Where(TwilioResource resource, TwilioAction action) => new(Calls, resource, action);

    /// <summary>The policy of a trust product created in this method, by the key of its SID (e.g. "e:product.Sid").</summary>
    public PolicyDefinition? PolicyOfProduct(RuleContext context, string? productKey)
    {
        if (productKey is null) return null;
        foreach (var create in Where(TwilioResource.TrustProducts, TwilioAction.Create))
        {
            if (ValueKeys.OfCreatedResource(create.Anchor) != productKey) continue;
            return context.Resolve(create.Find("policySid")) is { } sid ? context.Policies.Find(sid.Text) : null;
        }
        return null;
    }

    /// <summary>Trust-product policies created anywhere in this method, in source order.</summary>
    public List<PolicyDefinition> ProductPolicies(RuleContext context)
    {
        var policies = new List<PolicyDefinition>();
        foreach (var call in Calls)
        {
            if (call.Resource != TwilioResource.TrustProducts || call.Action != TwilioAction.Create) continue;
            if (context.Resolve(call.Find("policySid")) is { } sid && context.Policies.Find(sid.Text) is { Kind: BundleKind.TrustProduct } policy)
                policies.Add(policy);
        }
        return policies;
    }

    public static int Position(TwilioCall call) => call.Position;

    public static int Line(TwilioCall call) => call.Anchor.Syntax.GetLocation().GetLineSpan().StartLinePosition.Line + 1;

    public static string Describe(PolicyDefinition policy) => KnownPolicies.Describe(policy);

    /// <summary>Where a diagnostic about a value of a call goes: the literal inside a wrapper when known, else the expression.</summary>
    public static SyntaxNode NodeOf(RuleContext context, IOperation value) =>
        context.Resolve(value)?.Node ?? ConstantResolver.Unwrap(value).Syntax;

    private static TwilioCall WithObjectValues(TwilioCall send, List<TwilioCall> all, RuleContext context)
    {
        var carrier = send.Find("options") ?? send.Find("request");
        if (carrier is null) return send;
        var origin = context.Origin(carrier).Syntax;
        var more = ImmutableArray.CreateBuilder<TwilioValue>();
        foreach (var call in all)
        {
            if (call.Shape == CallShape.Values && call.Anchor.Syntax == origin) more.AddRange(call.Values);
        }
        if (ConstantResolver.Unwrap(carrier) is ILocalReferenceOperation local)
        {
            foreach (var call in all)
            {
                if (call.Shape == CallShape.LaterValue && Position(call) < Position(send)
                    && call.Anchor is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Instance: ILocalReferenceOperation target } }
                    && SymbolEqualityComparer.Default.Equals(target.Local, local.Local))
                    more.AddRange(call.Values);
            }
        }
        return send.With(more.ToImmutable());
    }
}

/// <summary>The calls of a <see cref="MethodCalls"/> with one resource and action, enumerated without a closure or an iterator object.</summary>
internal readonly struct CallsOf : IEnumerable<TwilioCall>
{
    private readonly List<TwilioCall> _calls;
    private readonly TwilioResource _resource;
    private readonly TwilioAction _action;

    public CallsOf(List<TwilioCall> calls, TwilioResource resource, TwilioAction action)
    {
        _calls = calls;
        _resource = resource;
        _action = action;
    }

    public Enumerator GetEnumerator() => new(this);

    IEnumerator<TwilioCall> IEnumerable<TwilioCall>.GetEnumerator() => GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    public struct Enumerator : IEnumerator<TwilioCall>
    {
        private readonly CallsOf _of;
        private int _index;

        public Enumerator(CallsOf of)
        {
            _of = of;
            _index = -1;
        }

        public TwilioCall Current => _of._calls[_index];

        object System.Collections.IEnumerator.Current => Current;

        public bool MoveNext()
        {
            while (++_index < _of._calls.Count)
            {
                if (_of._calls[_index].Resource == _of._resource && _of._calls[_index].Action == _of._action) return true;
            }
            return false;
        }

        public void Reset() => _index = -1;

        public void Dispose()
        {
        }
    }
}
