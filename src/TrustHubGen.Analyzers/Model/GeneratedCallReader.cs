using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TrustHubGen.Analyzers.Sdk;
using TrustHubGen.Analyzers.Values;

namespace TrustHubGen.Analyzers.Model;

/// <summary>
/// Reads calls into our generated SDK as <see cref="TwilioCall"/>s, so every rule that applies to Twilio's library
/// applies to the same call on the SDK: a client method (<c>trustHub.TrustProducts.EntityAssignments(product).CreateAsync(request)</c>)
/// is a <see cref="CallShape.Send"/> with its path SIDs (<c>pathTrustProductSid</c>, <c>pathSid</c>), and a request object
/// (<c>new CreateTrustProductRequest { … }</c>) carries the values, keyed by Twilio's parameter names. Types are ours only
/// when they carry the generator's <c>[GeneratedCode("TrustHubGen", …)]</c> marker, whatever namespace the user chose.
/// </summary>
internal static class GeneratedCallReader
{
    /// <summary>
    /// The generated names of each resource (from the official spec: the record a client returns and its requests are
    /// named after) and the resource of Twilio's library that the rules know it by. A test checks every entry against
    /// the SDK the generator emits.
    /// </summary>
    internal static readonly (string Client, string Record, TwilioResource Resource)[] Resources =
    {
        ("TrustProductsClient", "TrustProduct", TwilioResource.TrustProducts),
        ("CustomerProfilesClient", "CustomerProfile", TwilioResource.CustomerProfiles),
        ("EndUsersClient", "EndUser", TwilioResource.EndUser),
        ("SupportingDocumentsClient", "SupportingDocument", TwilioResource.SupportingDocument),
        ("TrustProductChannelEndpointAssignmentsClient", "TrustProductChannelEndpointAssignment", TwilioResource.TrustProductsChannelEndpointAssignment),
        ("CustomerProfileChannelEndpointAssignmentsClient", "CustomerProfileChannelEndpointAssignment", TwilioResource.CustomerProfilesChannelEndpointAssignment),
        ("TrustProductEntityAssignmentsClient", "TrustProductEntityAssignment", TwilioResource.TrustProductsEntityAssignments),
        ("CustomerProfileEntityAssignmentsClient", "CustomerProfileEntityAssignment", TwilioResource.CustomerProfilesEntityAssignments),
        ("TrustProductEvaluationsClient", "TrustProductEvaluation", TwilioResource.TrustProductsEvaluations),
        ("CustomerProfileEvaluationsClient", "CustomerProfileEvaluation", TwilioResource.CustomerProfilesEvaluations),
        ("EndUserTypesClient", "EndUserType", TwilioResource.EndUserType),
        ("SupportingDocumentTypesClient", "SupportingDocumentType", TwilioResource.SupportingDocumentType),
        ("PoliciesClient", "Policies", TwilioResource.Policies),
        ("IncomingPhoneNumbersClient", "IncomingPhoneNumber", TwilioResource.IncomingPhoneNumber),
    };

    private static readonly Dictionary<string, TwilioResource> ByClient = ToDictionary(r => r.Client);
    private static readonly Dictionary<string, TwilioResource> ByRecord = ToDictionary(r => r.Record);

    private static readonly Dictionary<string, TwilioAction> ClientMethods = new(StringComparer.Ordinal)
    {
        ["CreateAsync"] = TwilioAction.Create,
        ["UpdateAsync"] = TwilioAction.Update,
        ["FetchAsync"] = TwilioAction.Fetch,
        ["DeleteAsync"] = TwilioAction.Delete,
        ["ListAsync"] = TwilioAction.Read,
    };

    private static readonly (string Verb, TwilioAction Action)[] RequestVerbs =
    {
        ("Create", TwilioAction.Create), ("Update", TwilioAction.Update), ("List", TwilioAction.Read),
    };

    /// <summary>
    /// True when the names allow a call of our SDK (a client method or a request type), checked before the compilation
    /// is asked anything: <see cref="Read"/> then makes sure (the generator's marker).
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    public static bool MayBeCall(IOperation operation) => operation switch
    {
        IInvocationOperation { TargetMethod: { IsStatic: false } method } => ClientMethods.ContainsKey(method.Name) && ByClient.ContainsKey(method.ContainingType.Name),
        IObjectCreationOperation { Type: INamedTypeSymbol type } => type.Name.EndsWith("Request", StringComparison.Ordinal),
        _ => false,
    };

    public static TwilioCall? Read(IOperation operation, ConstantResolver values, CancellationToken cancellationToken) => operation switch
    {
        IInvocationOperation invocation => FromClientMethod(invocation, values, cancellationToken),
        IObjectCreationOperation creation => FromRequest(creation, values.Types),
        _ => null,
    };

    private static TwilioCall? FromClientMethod(IInvocationOperation invocation, ConstantResolver resolver, CancellationToken cancellationToken)
    {
        var types = resolver.Types;
        var method = invocation.TargetMethod;
        if (method.IsStatic || !ClientMethods.TryGetValue(method.Name, out var action)) return null;
        var client = method.ContainingType;
        if (!ByClient.TryGetValue(client.Name, out var resource) || !types.IsGenerated(client)) return null;

        var values = ImmutableArray.CreateBuilder<TwilioValue>();
        // The parent SID comes from the accessor that made this client, EntityAssignments(TrustProductSid trustProductSid),
        // written in the call's receiver or in a local assigned once.
        if (invocation.Instance is { } instance && resolver.Origin(instance, cancellationToken) is IInvocationOperation { TargetMethod.IsStatic: false } accessor
            && types.IsGenerated(accessor.TargetMethod.ContainingType))
        {
            foreach (var argument in accessor.Arguments)
            {
                if (argument.Parameter is { } parameter && argument.ArgumentKind != ArgumentKind.DefaultValue)
                    values.Add(new TwilioValue(PathName(parameter.Name), argument.Value, $"{accessor.TargetMethod.Name}({parameter.Name})"));
            }
        }
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is not { } parameter || argument.ArgumentKind == ArgumentKind.DefaultValue) continue;
            if (parameter.Type.Name == "CancellationToken") continue;
            var name = parameter.Name == "sid" ? "pathSid" : parameter.Name;
            values.Add(new TwilioValue(name, argument.Value, $"{client.Name}.{method.Name}({parameter.Name})"));
        }
        return new TwilioCall(resource, action, CallSurface.GeneratedSdk, CallShape.Send, invocation, values.ToImmutable());
    }

    private static TwilioCall? FromRequest(IObjectCreationOperation creation, TrustHubGenTypes types)
    {
        if (creation.Type is not INamedTypeSymbol type || !type.Name.EndsWith("Request", StringComparison.Ordinal)) return null;
        if (!TryParseRequest(type.Name, out var resource, out var action) || !types.IsGenerated(type)) return null;
        var values = new TwilioValue[TwilioCallReader.CountProperties(creation.Initializer)];
        TwilioCallReader.AddProperties(values, 0, type, creation.Initializer);
        return new TwilioCall(resource, action, CallSurface.GeneratedSdk, CallShape.Values, creation, ImmutableCollectionsMarshal.AsImmutableArray(values));
    }

    // "CreateTrustProductEntityAssignmentRequest" → (TrustProductsEntityAssignments, Create).
    private static bool TryParseRequest(string name, out TwilioResource resource, out TwilioAction action)
    {
        foreach (var (verb, verbAction) in RequestVerbs)
        {
            if (!name.StartsWith(verb, StringComparison.Ordinal)) continue;
            var record = name.Substring(verb.Length, name.Length - verb.Length - "Request".Length);
            action = verbAction;
            return ByRecord.TryGetValue(record, out resource);
        }
        resource = default;
        action = default;
        return false;
    }

    // trustProductSid → pathTrustProductSid, as Twilio's library names the parent of a nested resource.
    private static string PathName(string parameter) =>
        parameter.Length == 0 ? parameter : "path" + char.ToUpperInvariant(parameter[0]) + parameter.Substring(1);

    private static Dictionary<string, TwilioResource> ToDictionary(Func<(string Client, string Record, TwilioResource Resource), string> key)
    {
        var map = new Dictionary<string, TwilioResource>(StringComparer.Ordinal);
        foreach (var entry in Resources) map[key(entry)] = entry.Resource;
        return map;
    }
}
