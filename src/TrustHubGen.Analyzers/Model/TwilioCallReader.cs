using System;
using System.Collections.Generic;
using System.Linq;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace TrustHubGen.Analyzers.Model;

/// <summary>Recognises Twilio's Trust Hub (and IncomingPhoneNumber) calls by namespace, type and member names.</summary>
internal static class TwilioCallReader
{
    private static readonly string[] ActionNames = { "Create", "Read", "Fetch", "Update", "Delete" };
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
        var typeName = method.ContainingType.Name;
        if (!typeName.EndsWith("Resource", StringComparison.Ordinal) || !IsTwilioNamespace(method.ContainingType)) return null;
        if (!TryParseResource(typeName.Substring(0, typeName.Length - "Resource".Length), out var resource)) return null;
        if (!TryParseAction(StripSuffix(method.Name), out var action)) return null;

        var values = ImmutableArray.CreateBuilder<TwilioValue>(invocation.Arguments.Length);
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is null || argument.ArgumentKind == ArgumentKind.DefaultValue) continue;
            values.Add(new TwilioValue(argument.Parameter.Name, argument.Value));
        }
        return new TwilioCall(resource, action, invocation, values.ToImmutable());
    }

    private static TwilioCall? FromOptionsCreation(IObjectCreationOperation creation)
    {
        if (creation.Type is not INamedTypeSymbol type || !TryParseOptionsType(type, out var resource, out var action)) return null;
        var values = ImmutableArray.CreateBuilder<TwilioValue>();
        foreach (var argument in creation.Arguments)
        {
            if (argument.Parameter is null || argument.ArgumentKind == ArgumentKind.DefaultValue) continue;
            values.Add(new TwilioValue(argument.Parameter.Name, argument.Value));
        }
        if (creation.Initializer is not null)
        {
            foreach (var initializer in creation.Initializer.Initializers)
            {
                if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment)
                    values.Add(new TwilioValue(CamelCase(property.Property.Name), assignment.Value));
            }
        }
        return new TwilioCall(resource, action, creation, values.ToImmutable());
    }

    // `options.Status = "…"` after construction; assignments inside an initialiser are read with their creation.
    private static TwilioCall? FromOptionsAssignment(ISimpleAssignmentOperation assignment)
    {
        if (assignment.Parent is IObjectOrCollectionInitializerOperation) return null;
        if (assignment.Target is not IPropertyReferenceOperation { Instance: not null } property) return null;
        if (property.Property.ContainingType is not { } type || !TryParseOptionsType(type, out var resource, out var action)) return null;
        var value = new TwilioValue(CamelCase(property.Property.Name), assignment.Value);
        return new TwilioCall(resource, action, assignment, ImmutableArray.Create(value));
    }

    private static bool TryParseOptionsType(INamedTypeSymbol type, out TwilioResource resource, out TwilioAction action)
    {
        resource = default;
        action = default;
        var name = type.Name;
        if (!name.EndsWith("Options", StringComparison.Ordinal) || !IsTwilioNamespace(type)) return false;
        foreach (var actionName in ActionNames)
        {
            if (!name.StartsWith(actionName, StringComparison.Ordinal)) continue;
            var resourceName = name.Substring(actionName.Length, name.Length - actionName.Length - "Options".Length);
            return TryParseResource(resourceName, out resource) && TryParseAction(actionName, out action);
        }
        return false;
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

    private static string StripSuffix(string methodName)
    {
        foreach (var suffix in MethodSuffixes)
        {
            if (methodName.EndsWith(suffix, StringComparison.Ordinal)) return methodName.Substring(0, methodName.Length - suffix.Length);
        }
        return methodName;
    }

    private static readonly Dictionary<string, TwilioResource> Resources =
        ((TwilioResource[])Enum.GetValues(typeof(TwilioResource))).ToDictionary(r => r.ToString(), StringComparer.Ordinal);

    private static readonly Dictionary<string, TwilioAction> Actions =
        ((TwilioAction[])Enum.GetValues(typeof(TwilioAction))).ToDictionary(a => a.ToString(), StringComparer.Ordinal);

    private static bool TryParseResource(string name, out TwilioResource resource) => Resources.TryGetValue(name, out resource);

    private static bool TryParseAction(string name, out TwilioAction action) => Actions.TryGetValue(name, out action);

    private static string CamelCase(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name.Substring(1);
}
