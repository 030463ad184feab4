using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TrustHubGen.Analyzers.Diagnostics;
using TrustHubGen.Analyzers.Model;
using TrustHubGen.Analyzers.Policies;
using TrustHubGen.Analyzers.Sdk;
using TrustHubGen.Analyzers.Values;
using TrustHubGen.Policies;

namespace TrustHubGen.Analyzers.Rules;

/// <summary>Runs the per-value rules over every value of one <see cref="TwilioCall"/>, on either surface.</summary>
internal static class CallRules
{
    [MethodImpl(Jit.Optimized)]
    public static void Check(RuleContext context, TwilioCall call)
    {
        foreach (var value in call.Values)
        {
            // An options or request object is checked where it is created; a value that does not convert is the compiler's error.
            if (value.Name is "options" or "request" || value.Operation is IConversionOperation { Conversion.Exists: false } or IInvalidOperation) continue;
            if (call.Surface == CallSurface.GeneratedSdk && CheckTyped(context, call, value)) continue;
            if (ValueChoices.Branches(value.Operation) is { } branches)
            {
                foreach (var branch in branches) CheckValue(context, call, value, branch);
            }
            else CheckValue(context, call, value, value.Operation);
        }
    }

    /// <summary>One value of the call, or one branch of a value chosen where it is passed (<see cref="ValueChoices"/>).</summary>
    private static void CheckValue(RuleContext context, TwilioCall call, TwilioValue value, IOperation operation)
    {
        switch (value.Name)
        {
            case "attributes" when call.Resource == TwilioResource.EndUser:
                EndUserAttributesRule.Check(context, operation, EndUserType(context, call), value.Display);
                break;
            case "status":
                CheckStatus(context, call, value.Operation, operation);
                break;
            case "channelEndpointType" when call.Action == TwilioAction.Create:
                if (context.Resolve(operation) is { } type) ChannelEndpointTypeRule.Check(context, type);
                break;
            case "policySid":
                if (context.Resolve(operation) is { } policy)
                    PolicySidRules.Check(context, policy, ExpectedKind(call.Resource), CallName(call.Resource, call.Action));
                break;
            case "type" when call.Resource == TwilioResource.EndUser:
                if (context.Resolve(operation) is { } endUserType) EndUserTypeRule.Check(context, endUserType);
                break;
            default:
                if (SidFacts.ExpectedPrefixes(call.Resource, value.Name) is { } prefixes && context.Resolve(operation) is { } sid)
                    SidRules.Check(context, sid, prefixes, value.Display);
                break;
        }
    }

    /// <summary>
    /// A typed value of our SDK: a SID struct says its prefix in its type, so a trust product's SID passed where a phone
    /// number goes is wrong whatever its value (TH1006); a parsed SID's own shape and policy are checked where it is
    /// parsed, and only the request's expectations (prefixes, policy kind) are checked here. True when handled.
    /// </summary>
    private static bool CheckTyped(RuleContext context, TwilioCall call, TwilioValue value)
    {
        var operation = value.Operation;
        var source = ConstantResolver.Unwrap(operation);
        if (source.Type is null || source.Type.SpecialType == SpecialType.System_String) return false;
        var expected = SidFacts.ExpectedPrefixes(call.Resource, value.Name);
        if (TrustHubGenTypes.SidPrefixes(source.Type) is { } prefixes)
        {
            // A typed SID converted to the field's type (a TrustProductSid as a TwilioSid ChannelEndpointSid): the type says the prefix.
            if (expected is not null && prefixes.Length == 1 && !Contains(expected, prefixes[0]))
                context.Report(Reporter.Create(Descriptors.WrongSidResource, source.Syntax,
                    SidRules.WrongPrefix($"{source.Syntax} is a {source.Type.Name} ({SidFacts.Describe(prefixes[0])}, {prefixes[0]}…)", prefixes[0], expected, value.Display)));
            // A plain PolicySid where a kind is expected; a kind's own type is checked where it is parsed.
            else if (value.Name == "policySid" && TrustHubGenTypes.PolicyKind(source.Type) is null && ExpectedKind(call.Resource) is { } kind && context.Resolve(operation) is { } policy)
                PolicySidRules.CheckKind(context, policy, kind, value.Display);
            return true;
        }
        if (source.Type.Name == "TwilioSid")
        {
            if (expected is not null && context.Resolve(operation) is { } sid) SidRules.CheckPrefix(context, sid, expected, value.Display);
            return true;
        }
        return false;
    }

    // "TrustProducts.Create", made once per resource and action (a message part, formatted for every checked call
    // before); an array indexed by the enums, not a dictionary over them, whose generic code each compiler process would JIT.
    private static readonly int ActionCount = Enum.GetValues(typeof(TwilioAction)).Length;
    private static readonly string?[] CallNames = new string?[Enum.GetValues(typeof(TwilioResource)).Length * ActionCount];

    private static string CallName(TwilioResource resource, TwilioAction action)
    {
        var index = (int)resource * ActionCount + (int)action;
        return CallNames[index] ??= resource + "." + action;
    }

    private static bool Contains(IReadOnlyList<string> list, string item)
    {
        foreach (var entry in list)
        {
            if (entry == item) return true;
        }
        return false;
    }

    // The status type is the whole value's (a branch of a choice is often a plain string converted as a whole).
    private static void CheckStatus(RuleContext context, TwilioCall call, IOperation whole, IOperation operation)
    {
        var type = StatusRule.TypeOf(context, whole);
        var isBundle = call.Resource is TwilioResource.TrustProducts or TwilioResource.CustomerProfiles;
        if (!isBundle || call.Action is not (TwilioAction.Update or TwilioAction.Read)) return;
        if (StatusRule.Read(context, operation) is { } value) StatusRule.Check(context, value, type, isFilter: call.Action == TwilioAction.Read);
    }

    /// <summary>The end-user type of the call that carries the attributes, or of the options object a later assignment changes.</summary>
    private static string? EndUserType(RuleContext context, TwilioCall call)
    {
        var type = call.Find("type");
        if (type is null && call.Shape == CallShape.LaterValue && call.Anchor is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Instance: { } instance } }
            && context.Origin(instance) is IObjectCreationOperation creation)
        {
            foreach (var argument in creation.Arguments)
            {
                if (argument.Parameter?.Name == "type") type = argument.Value;
            }
        }
        return context.Resolve(type)?.Text is { } text && EndUserTypeRule.IsKnown(context, text) ? text : null;
    }

    public static BundleKind? ExpectedKind(TwilioResource resource) => resource switch
    {
        TwilioResource.TrustProducts or TwilioResource.TrustProductsEvaluations => BundleKind.TrustProduct,
        TwilioResource.CustomerProfiles or TwilioResource.CustomerProfilesEvaluations => BundleKind.CustomerProfile,
        _ => null,
    };
}
