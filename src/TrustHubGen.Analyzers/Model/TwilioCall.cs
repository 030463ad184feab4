using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace TrustHubGen.Analyzers.Model;

/// <summary>
/// One place where values reach a Trust Hub request, on either surface: a static call of Twilio's library or a method
/// of a generated client (<see cref="CallShape.Send"/>), an options or request object's creation
/// (<see cref="CallShape.Values"/>), or an assignment to an options property (<see cref="CallShape.LaterValue"/>).
/// Values are keyed by Twilio's parameter name (options properties and request members in camelCase), so named,
/// positional, options and generated forms look the same to the rules.
/// </summary>
internal sealed class TwilioCall
{
    public TwilioCall(TwilioResource resource, TwilioAction action, CallSurface surface, CallShape shape, IOperation anchor, ImmutableArray<TwilioValue> values)
    {
        Resource = resource;
        Action = action;
        Surface = surface;
        Shape = shape;
        Anchor = anchor;
        Values = values;
    }

    public TwilioResource Resource { get; }

    public TwilioAction Action { get; }

    public CallSurface Surface { get; }

    public CallShape Shape { get; }

    /// <summary>The invocation, object creation or assignment; its position orders calls within a method.</summary>
    public IOperation Anchor { get; }

    public ImmutableArray<TwilioValue> Values { get; }

    /// <summary>
    /// Where the call starts in its file (with its leading trivia), which orders calls within a method: the node's
    /// stored position, where its span start walks down to its first token. Two nodes of one tree order alike by either:
    /// disjoint nodes trivially, and a node that starts with its parent's first token shares the parent's trivia too.
    /// </summary>
    public int Position => Anchor.Syntax.FullSpan.Start;

    /// <summary>The value of a parameter; when an options property was set again after its creation, the last one.</summary>
    [MethodImpl(Jit.Optimized)]
    public IOperation? Find(string parameterName)
    {
        IOperation? found = null;
        foreach (var value in Values)
        {
            if (value.Name == parameterName) found = value.Operation;
        }
        return found;
    }

    /// <summary>This call with more values (those of the options or request object it sends).</summary>
    public TwilioCall With(ImmutableArray<TwilioValue> more) =>
        more.IsEmpty ? this : new TwilioCall(Resource, Action, Surface, Shape, Anchor, Values.AddRange(more));
}

/// <summary>A value passed for one parameter of a <see cref="TwilioCall"/>, and how the user wrote its name.</summary>
internal readonly struct TwilioValue
{
    public TwilioValue(string name, IOperation operation, string display)
    {
        Name = name;
        Operation = operation;
        Display = display;
    }

    /// <summary>Twilio's parameter name (<c>policySid</c>), the same on both surfaces.</summary>
    public string Name { get; }

    public IOperation Operation { get; }

    /// <summary>The name as written: <c>policySid</c>, or <c>CreateTrustProductRequest.PolicySid</c> on our SDK.</summary>
    public string Display { get; }
}
