using System;
using System.Collections.Generic;
using System.Linq;
using System.Collections.Immutable;
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

    public static TwilioCall? Read(IOperation operation) => operation switch
    {
        IInvocationOperation invocation => FromInvocation(invocation),
        IObjectCreationOperation creation => FromOptionsCreation(creation),
        ISimpleAssignmentOperation assignment => FromOptionsAssignment(assignment),
        _ => null,
    };

    private static TwilioCall? FromInvocation(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (!method.IsStatic) return null;
        // Dictionary lookups on the names the symbols already hold: no string is built for any call.
        if (!ResourceTypes.TryGetValue(method.ContainingType.Name, out var resource) || !MethodActions.TryGetValue(method.Name, out var action)) return null;
        if (!IsTwilioNamespace(method.ContainingType)) return null;

        var values = ImmutableArray.CreateBuilder<TwilioValue>(CountWritten(invocation.Arguments));
        AddWritten(values, invocation.Arguments);
        return new TwilioCall(resource, action, CallSurface.TwilioLibrary, CallShape.Send, invocation, values.MoveToImmutable());
    }

    private static TwilioCall? FromOptionsCreation(IObjectCreationOperation creation)
    {
        if (creation.Type is not INamedTypeSymbol type || !TryParseOptionsType(type, out var resource, out var action)) return null;
        var values = ImmutableArray.CreateBuilder<TwilioValue>(CountWritten(creation.Arguments) + CountProperties(creation.Initializer));
        AddWritten(values, creation.Arguments);
        AddProperties(values, type, creation.Initializer);
        return new TwilioCall(resource, action, CallSurface.TwilioLibrary, CallShape.Values, creation, values.MoveToImmutable());
    }

    // `options.Status = "…"` after construction; assignments inside an initialiser are read with their creation.
    private static TwilioCall? FromOptionsAssignment(ISimpleAssignmentOperation assignment)
    {
        if (assignment.Parent is IObjectOrCollectionInitializerOperation) return null;
        if (assignment.Target is not IPropertyReferenceOperation { Instance: not null } property) return null;
        if (property.Property.ContainingType is not { } type || !TryParseOptionsType(type, out var resource, out var action)) return null;
        var value = new TwilioValue(CamelCase(property.Property.Name), assignment.Value, type.Name + "." + property.Property.Name);
        return new TwilioCall(resource, action, CallSurface.TwilioLibrary, CallShape.LaterValue, assignment, ImmutableArray.Create(value));
    }

    // A call's values are built in an array of their exact size (MoveToImmutable, no copy): this runs for every Trust Hub
    // call, and on a project of Trust Hub calls the copies and the collections they cause were most of the reading.

    /// <summary>The arguments written in source (not the optional parameters left out).</summary>
    internal static int CountWritten(ImmutableArray<IArgumentOperation> arguments)
    {
        var count = 0;
        foreach (var argument in arguments)
        {
            if (argument.Parameter is not null && argument.ArgumentKind != ArgumentKind.DefaultValue) count++;
        }
        return count;
    }

    private static void AddWritten(ImmutableArray<TwilioValue>.Builder values, ImmutableArray<IArgumentOperation> arguments)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter is null || argument.ArgumentKind == ArgumentKind.DefaultValue) continue;
            values.Add(new TwilioValue(argument.Parameter.Name, argument.Value, argument.Parameter.Name));
        }
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
    internal static void AddProperties(ImmutableArray<TwilioValue>.Builder values, INamedTypeSymbol type, IObjectOrCollectionInitializerOperation? initializer)
    {
        if (initializer is null) return;
        foreach (var entry in initializer.Initializers)
        {
            if (entry is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment)
                values.Add(new TwilioValue(CamelCase(property.Property.Name), assignment.Value, type.Name + "." + property.Property.Name));
        }
    }

    private static bool TryParseOptionsType(INamedTypeSymbol type, out TwilioResource resource, out TwilioAction action)
    {
        resource = default;
        action = default;
        if (!OptionsTypes.TryGetValue(type.Name, out var parsed) || !IsTwilioNamespace(type)) return false;
        (resource, action) = parsed;
        return true;
    }

    // Twilio.Rest.Trusthub.V1[.TrustProducts|.CustomerProfiles] or Twilio.Rest.Api.V2010.Account, compared name by
    // name: this runs for every invocation in the compilation, so it must not allocate display strings.
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

    private static bool IsTwilioRest(INamespaceSymbol? rest) =>
        rest?.Name == "Rest" && rest.ContainingNamespace?.Name == "Twilio" && rest.ContainingNamespace.ContainingNamespace?.IsGlobalNamespace == true;

    // The lookup tables are filled with plain loops: LINQ over value tuples and enums would be generic code the JIT
    // compiles afresh in every compiler process, before the first call is read.

    /// <summary>"TrustProductsResource" → TrustProducts, for every resource the rules know.</summary>
    private static readonly Dictionary<string, TwilioResource> ResourceTypes = new(StringComparer.Ordinal);

    /// <summary>"Create", "CreateAsync", "CreateWithHeaders", "CreateWithHeadersAsync" → Create, for every action.</summary>
    private static readonly Dictionary<string, TwilioAction> MethodActions = new(StringComparer.Ordinal);

    /// <summary>"CreateTrustProductsOptions" → (TrustProducts, Create), for every resource and action.</summary>
    private static readonly Dictionary<string, (TwilioResource, TwilioAction)> OptionsTypes = new(StringComparer.Ordinal);

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
            for (var i = 0; i < actions.Length; i++) OptionsTypes[actionNames[i] + resourceName + "Options"] = (resource, actions[i]);
        }
    }

    // Options property names are few (Status, PolicySid, …): made once each, not once per initialiser.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> CamelCaseNames = new(StringComparer.Ordinal);

    public static string CamelCase(string name) =>
        CamelCaseNames.GetOrAdd(name, n => n.Length == 0 ? n : char.ToLowerInvariant(n[0]) + n.Substring(1));
}
