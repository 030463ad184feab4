using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace TrustHubGen.Analyzers.Model;

/// <summary>
/// Recognises Twilio's Trust Hub (and IncomingPhoneNumber) calls by namespace, type and member names. Resources of the
/// same names elsewhere in the library (<c>Twilio.Rest.Numbers.V2.RegulatoryCompliance.EndUserResource</c>, <c>BundleResource</c>)
/// are other APIs and are not read.
/// </summary>
internal static class TwilioCallReader
{
    private static readonly string[] MethodSuffixes = { "WithHeadersAsync", "WithHeaders", "Async" };

    /// <summary>The call an invocation, object creation or assignment makes, or null.</summary>
    [MethodImpl(Jit.Optimized)]
    public static TwilioCall? Read(IOperation operation) => operation.Kind switch
    {
        OperationKind.Invocation => FromInvocation((IInvocationOperation)operation),
        OperationKind.ObjectCreation => FromOptionsCreation((IObjectCreationOperation)operation),
        OperationKind.SimpleAssignment => FromOptionsAssignment((ISimpleAssignmentOperation)operation),
        _ => null,
    };

    [MethodImpl(Jit.Optimized)]
    private static TwilioCall? FromInvocation(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (!method.IsStatic || RecognizeMethod(method) is not { } target) return null;
        var values = WrittenValues(invocation.Arguments, 0, out _);
        return new TwilioCall(target.Resource, target.Action, CallSurface.TwilioLibrary, CallShape.Send, invocation, ImmutableCollectionsMarshal.AsImmutableArray(values));
    }

    // Recognised by the names the symbols already hold, at every call site: two dictionary lookups on strings, then the
    // namespace name by name. No cache keyed by the symbol: looking a symbol up (its identity hash is a call into the
    // runtime) costs about what recognising it again does, and the cache was one more table per compilation.

    /// <summary>What a static method is, when it is one of the Trust Hub resource methods the rules know.</summary>
    [MethodImpl(Jit.Optimized)]
    internal static TwilioTarget? RecognizeMethod(IMethodSymbol method)
    {
        if (!ResourceTypes.TryGetValue(method.ContainingType.Name, out var resource) || !MethodActions.TryGetValue(method.Name, out var action)) return null;
        return IsTwilioNamespace(method.ContainingType) ? TwilioTarget.Of(resource, action) : null;
    }

    /// <summary>What an options type is (<c>CreateTrustProductsOptions</c>: TrustProducts, Create), when the rules know it.</summary>
    [MethodImpl(Jit.Optimized)]
    internal static TwilioTarget? RecognizeOptionsType(INamedTypeSymbol type) =>
        OptionsTypes.TryGetValue(type.Name, out var target) && IsTwilioNamespace(type) ? target : null;

    [MethodImpl(Jit.Optimized)]
    private static TwilioCall? FromOptionsCreation(IObjectCreationOperation creation)
    {
        if (creation.Type is not INamedTypeSymbol type || RecognizeOptionsType(type) is not { } target) return null;
        var values = WrittenValues(creation.Arguments, CountProperties(creation.Initializer), out var next);
        AddProperties(values, next, type, creation.Initializer);
        return new TwilioCall(target.Resource, target.Action, CallSurface.TwilioLibrary, CallShape.Values, creation, ImmutableCollectionsMarshal.AsImmutableArray(values));
    }

    // `options.Status = "…"` after construction; assignments inside an initialiser are read with their creation.
    [MethodImpl(Jit.Optimized)]
    private static TwilioCall? FromOptionsAssignment(ISimpleAssignmentOperation assignment)
    {
        if (assignment.Parent is IObjectOrCollectionInitializerOperation) return null;
        if (assignment.Target is not IPropertyReferenceOperation { Instance: not null } property) return null;
        if (property.Property.ContainingType is not { } type || RecognizeOptionsType(type) is not { } target) return null;
        var (resource, action) = (target.Resource, target.Action);
        var value = new TwilioValue(CamelCase(property.Property.Name), assignment.Value, type.Name + "." + property.Property.Name);
        return new TwilioCall(resource, action, CallSurface.TwilioLibrary, CallShape.LaterValue, assignment, ImmutableArray.Create(value));
    }

    // A call's values are built in an array of their exact size (MoveToImmutable, no copy): this runs for every Trust Hub
    // call, and on a project of Trust Hub calls the copies and the collections they cause were most of the reading.

    /// <summary>The arguments written in source (not the optional parameters left out).</summary>
    [MethodImpl(Jit.Optimized)]
    internal static int CountWritten(ImmutableArray<IArgumentOperation> arguments)
    {
        var count = 0;
        foreach (var argument in arguments)
        {
            if (argument.Parameter is not null && argument.ArgumentKind != ArgumentKind.DefaultValue) count++;
        }
        return count;
    }

    /// <summary>An array of the written arguments' values with <paramref name="more"/> free places after them (from <paramref name="next"/>).</summary>
    [MethodImpl(Jit.Optimized)]
    private static TwilioValue[] WrittenValues(ImmutableArray<IArgumentOperation> arguments, int more, out int next)
    {
        var values = new TwilioValue[CountWritten(arguments) + more];
        next = 0;
        foreach (var argument in arguments)
        {
            if (argument.Parameter is null || argument.ArgumentKind == ArgumentKind.DefaultValue) continue;
            values[next++] = new TwilioValue(argument.Parameter.Name, argument.Value, argument.Parameter.Name);
        }
        return values;
    }

    /// <summary>The properties an object initialiser sets (<c>{ Status = "…" }</c>).</summary>
    internal static int CountProperties(IObjectOrCollectionInitializerOperation? initializer)
    {
        var count = 0;
        if (initializer is null) return count;
        foreach (var entry in initializer.Initializers)
        {
            if (entry is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation }) count++;
        }
        return count;
    }

    /// <summary>Adds the properties an initialiser sets, named in camelCase as Twilio's parameters are.</summary>
    internal static void AddProperties(TwilioValue[] values, int next, INamedTypeSymbol type, IObjectOrCollectionInitializerOperation? initializer)
    {
        if (initializer is null) return;
        foreach (var entry in initializer.Initializers)
        {
            if (entry is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment)
                values[next++] = new TwilioValue(CamelCase(property.Property.Name), assignment.Value, type.Name + "." + property.Property.Name);
        }
    }

    // Twilio.Rest.Trusthub.V1[.TrustProducts|.CustomerProfiles] or Twilio.Rest.Api.V2010.Account, compared name by
    // name: this runs for every invocation in the compilation, so it must not allocate display strings.
    [MethodImpl(Jit.Optimized)]
    private static bool IsTwilioNamespace(INamedTypeSymbol type)
    {
        var ns = type.ContainingNamespace;
        if (ns is null) return false;
        if (ns.Name is "TrustProducts" or "CustomerProfiles") ns = ns.ContainingNamespace;
        if (ns?.Name == "V1" && ns.ContainingNamespace?.Name == "Trusthub") return IsTwilioRest(ns.ContainingNamespace.ContainingNamespace);
        if (ns?.Name == "Account" && ns.ContainingNamespace?.Name == "V2010" && ns.ContainingNamespace.ContainingNamespace?.Name == "Api")
            return IsTwilioRest(ns.ContainingNamespace.ContainingNamespace.ContainingNamespace);
        return false;
    }

    [MethodImpl(Jit.Optimized)]
    private static bool IsTwilioRest(INamespaceSymbol? rest) =>
        rest?.Name == "Rest" && rest.ContainingNamespace?.Name == "Twilio" && rest.ContainingNamespace.ContainingNamespace?.IsGlobalNamespace == true;

    // The lookup tables are filled with plain loops: LINQ over value tuples and enums would be generic code the JIT
    // compiles afresh in every compiler process, before the first call is read.

    /// <summary>"TrustProductsResource" → TrustProducts, for every resource the rules know.</summary>
    private static readonly Dictionary<string, TwilioResource> ResourceTypes = new(StringComparer.Ordinal);

    /// <summary>"Create", "CreateAsync", "CreateWithHeaders", "CreateWithHeadersAsync" → Create, for every action.</summary>
    private static readonly Dictionary<string, TwilioAction> MethodActions = new(StringComparer.Ordinal);

    /// <summary>"CreateTrustProductsOptions" → (TrustProducts, Create), for every resource and action.</summary>
    private static readonly Dictionary<string, TwilioTarget> OptionsTypes = new(StringComparer.Ordinal);

    static TwilioCallReader()
    {
        var resources = (TwilioResource[])Enum.GetValues(typeof(TwilioResource));
        var actions = (TwilioAction[])Enum.GetValues(typeof(TwilioAction));
        // Each enum name is formatted once (Enum.ToString reflects over the type): not once per pair.
        var actionNames = new string[actions.Length];
        for (var i = 0; i < actions.Length; i++)
        {
            actionNames[i] = actions[i].ToString();
            MethodActions[actionNames[i]] = actions[i];
            foreach (var suffix in MethodSuffixes) MethodActions[actionNames[i] + suffix] = actions[i];
        }
        foreach (var resource in resources)
        {
            var resourceName = resource.ToString();
            ResourceTypes[resourceName + "Resource"] = resource;
            for (var i = 0; i < actions.Length; i++) OptionsTypes[actionNames[i] + resourceName + "Options"] = TwilioTarget.Of(resource, actions[i]);
        }
    }

    // Options property names are few (Status, PolicySid, …): made once each, not once per initialiser.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> CamelCaseNames = new(StringComparer.Ordinal);

    public static string CamelCase(string name) =>
        CamelCaseNames.GetOrAdd(name, n => n.Length == 0 ? n : char.ToLowerInvariant(n[0]) + n.Substring(1));
}

/// <summary>What a recognised target method or options type is: its resource and action, one instance per pair.</summary>
internal sealed class TwilioTarget
{
    private static readonly int ActionCount = Enum.GetValues(typeof(TwilioAction)).Length;
    private static readonly TwilioTarget[] All = CreateAll();

    private TwilioTarget(TwilioResource resource, TwilioAction action)
    {
        Resource = resource;
        Action = action;
    }

    public TwilioResource Resource { get; }

    public TwilioAction Action { get; }

    public static TwilioTarget Of(TwilioResource resource, TwilioAction action) => All[(int)resource * ActionCount + (int)action];

    private static TwilioTarget[] CreateAll()
    {
        var resources = (TwilioResource[])Enum.GetValues(typeof(TwilioResource));
        var actions = (TwilioAction[])Enum.GetValues(typeof(TwilioAction));
        var all = new TwilioTarget[resources.Length * actions.Length];
        foreach (var resource in resources)
        {
            foreach (var action in actions) all[(int)resource * actions.Length + (int)action] = new TwilioTarget(resource, action);
        }
        return all;
    }
}
