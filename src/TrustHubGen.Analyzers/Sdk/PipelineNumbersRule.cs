using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TrustHubGen.Analyzers.Diagnostics;
using TrustHubGen.Analyzers.Policies;
using TrustHubGen.Analyzers.Rules;
using TrustHubGen.Analyzers.Values;
using TrustHubGen.Policies;

namespace TrustHubGen.Analyzers.Sdk;

/// <summary>
/// TH1010 on the typed pipelines: a number given to <c>&lt;Policy&gt;Onboarding.For(…).WithPhoneNumbers(…)</c> as an E.164
/// literal, or to <c>WithNumbers(…)</c> as a <c>PN…</c> the account snapshot lists, that a policy of the pipeline does not
/// take (CNAM: US only, no toll-free). The pipeline's policies are its own (the generated class's <c>PolicySidValue</c>)
/// and those added later in the same expression with <c>And&lt;Policy&gt;(…)</c>. Numbers not known at compile time, and
/// PN SIDs the snapshot does not list, are not reported.
/// </summary>
internal static class PipelineNumbersRule
{
    private const string SidValue = "PolicySidValue";

    public static void Check(RuleContext context, IInvocationOperation invocation)
    {
        var phoneNumbers = invocation.TargetMethod.Name == "WithPhoneNumbers";
        if (!phoneNumbers && context.Snapshot is null) return;
        var policies = Policies(context, invocation);
        if (policies.Count == 0) return;
        foreach (var number in Numbers(context, invocation))
        {
            if (context.Resolve(number) is not { } value) continue;
            var e164 = value.Text;
            var described = e164;
            if (!phoneNumbers)
            {
                if (context.Snapshot!.Number(value.Text) is not { } listed) continue;
                e164 = listed.PhoneNumber;
                described = $"{value.Text} ({listed.PhoneNumber}, {listed.Type} per the account snapshot captured {context.Snapshot.CapturedAt})";
            }
            if (!PhoneNumberFacts.IsE164(e164)) continue;
            foreach (var policy in policies)
            {
                if (policy.ChannelEndpoints is null || PhoneNumberFacts.CheckChannelEndpoint(policy.ChannelEndpoints, e164) is not { } problem) continue;
                context.Report(Reporter.At(Descriptors.NumberCannotCarryProduct, value,
                    $"Phone number {described} cannot carry {KnownPolicies.Describe(policy)}, which this pipeline onboards: {problem}"));
                break;
            }
        }
    }

    /// <summary>True for <c>WithNumbers</c>/<c>WithPhoneNumbers</c> of a generated pipeline's numbers stage.</summary>
    public static bool IsNumbersStep(IMethodSymbol method, TrustHubGenTypes types) =>
        method.Name is "WithNumbers" or "WithPhoneNumbers" && method.ContainingType is { Name: "NumbersStage", ContainingType: { } pipeline }
        && PolicySid(pipeline) is not null && types.IsGenerated(pipeline);

    // The numbers as written: params arguments, or an array, collection expression or list initialiser passed whole.
    private static IEnumerable<IOperation> Numbers(RuleContext context, IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } items })
            {
                foreach (var item in items.ElementValues) yield return item;
            }
            else
            {
                foreach (var item in InitializerEntries.OfList(context.Origin(argument.Value))) yield return item;
            }
        }
    }

    // CnamOnboarding.For(profile).WithNumbers(…).WithCnamInformation(…).AndShakenStir(): CNAM, then SHAKEN/STIR.
    private static List<PolicyDefinition> Policies(RuleContext context, IInvocationOperation invocation)
    {
        var policies = new List<PolicyDefinition>();
        Add(context, policies, invocation.TargetMethod.ContainingType.ContainingType);
        IOperation current = invocation;
        for (var parent = current.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is IArgumentOperation or IConversionOperation) continue;
            if (parent is not IInvocationOperation next) break;
            // The stage flows on as the receiver: the instance of the next step, or the first argument of an And<Policy> extension.
            var receiver = next.Instance ?? (next.Arguments.Length > 0 ? next.Arguments[0].Value : null);
            if (receiver is null || !Contains(receiver, current)) break;
            if (next.TargetMethod.IsStatic && next.TargetMethod.Name.StartsWith("And", System.StringComparison.Ordinal))
                Add(context, policies, next.TargetMethod.ContainingType);
            current = next;
        }
        return policies;
    }

    private static bool Contains(IOperation receiver, IOperation current)
    {
        for (var operation = receiver; operation is not null; operation = (operation as IConversionOperation)?.Operand)
        {
            if (operation == current) return true;
            if (operation is not IConversionOperation) break;
        }
        return false;
    }

    private static void Add(RuleContext context, List<PolicyDefinition> policies, INamedTypeSymbol? pipeline)
    {
        if (pipeline is not null && PolicySid(pipeline) is { } sid && context.Policies.Find(sid) is { } policy && !policies.Contains(policy)) policies.Add(policy);
    }

    private static string? PolicySid(INamedTypeSymbol pipeline)
    {
        foreach (var member in pipeline.GetMembers(SidValue))
        {
            if (member is IFieldSymbol { IsConst: true, ConstantValue: string sid }) return sid;
        }
        return null;
    }
}
