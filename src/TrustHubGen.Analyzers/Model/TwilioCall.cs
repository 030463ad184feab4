using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace TrustHubGen.Analyzers.Model;

/// <summary>
/// One place where values reach a Twilio Trust Hub request: a static call, an options object's constructor and
/// initialiser, or an assignment to an options property. Values are keyed by the library's parameter name
/// (options properties in camelCase), so named, positional and options forms look the same to the rules.
/// </summary>
internal sealed class TwilioCall
{
    public TwilioCall(TwilioResource resource, TwilioAction action, IOperation anchor, ImmutableArray<TwilioValue> values)
    {
        Resource = resource;
        Action = action;
        Anchor = anchor;
        Values = values;
    }

    public TwilioResource Resource { get; }

    public TwilioAction Action { get; }

    /// <summary>The invocation, object creation or assignment; its position orders calls within a method.</summary>
    public IOperation Anchor { get; }

    public ImmutableArray<TwilioValue> Values { get; }

    public IOperation? Find(string parameterName)
    {
        foreach (var value in Values)
        {
            if (value.Name == parameterName) return value.Operation;
        }
        return null;
    }
}

/// <summary>A value passed for one parameter of a <see cref="TwilioCall"/>.</summary>
internal readonly struct TwilioValue
{
    public TwilioValue(string name, IOperation operation)
    {
        Name = name;
        Operation = operation;
    }

    public string Name { get; }

    public IOperation Operation { get; }
}
