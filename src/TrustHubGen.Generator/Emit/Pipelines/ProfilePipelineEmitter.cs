using System.Collections.Generic;
using System.Linq;

namespace TrustHubGen.Generator.Emit.Pipelines;

/// <summary>
/// Emits the staged pipeline of a customer-profile policy, e.g.
/// <c>SecondaryBusinessProfileOnboarding.For(name).UnderPrimaryProfile(…).WithCustomerProfileBusinessInformation(…)…WithAddress(…).NotifyEmail(…)</c>,
/// over the runtime's <c>BusinessProfileOnboarder</c>. As for products, each stage offers only the next step.
/// </summary>
internal static class ProfilePipelineEmitter
{
    private const string Onboarding = "global::TrustHubGen.Runtime.Onboarding.";
    private const string Draft = Onboarding + "BusinessProfileDraft";
    private const string Email = Onboarding + "BusinessProfileEmailStage";

    public static string Emit(string ns, string access, PipelineModel p)
    {
        var w = FileHeader.Start(ns, access);
        // The stages in order; each stage's methods return the next one.
        var stages = new List<string>();
        if (p.RequiresPrimary) stages.Add("PrimaryProfileStage");
        stages.AddRange(p.EndUsers.Select(e => e.StageName));
        if (p.Address != AddressStage.None) stages.Add("AddressStage");
        stages.Add(Email);
        string Next(string stage) => stages[stages.IndexOf(stage) + 1];

        var steps = (p.RequiresPrimary ? ".UnderPrimaryProfile(…)" : "") + string.Concat(p.EndUsers.Select(e => $".{e.MethodName}(…)"))
            + (p.Address != AddressStage.None ? ".WithAddress(…)" : "");
        PipelineEmitter.XmlSummary(w, $"Typed onboarding of a Business Profile for the {PipelineEmitter.X(p.FriendlyName)} ({PipelineEmitter.X(p.PolicySid)}): "
            + $"<c>{PipelineEmitter.X(p.ClassName)}.For(friendlyName){steps}.NotifyEmail(…)</c>, then <c>PlanAsync</c> or <c>RunAsync</c> "
            + "(for an ISV's customer, with the customer's subaccount operations). Each stage is a type offering only the next step.");
        w.Line(FileHeader.GeneratedCode);
        w.Open($"{w.TypeAccess} static class {p.ClassName}");
        w.Line("/// <summary>The policy as the onboarding engine runs it.</summary>");
        w.Line($"public static {Onboarding}OnboardingPolicy Policy => global::{ns}.{PolicyCatalogEmitter.EntriesNamespace}.{p.PolicyClass}.OnboardingPolicy;");
        w.Line();
        w.Line("/// <summary>Starts with the profile's friendly name; a later run finds the profile again by it, so give each customer its own.</summary>");
        w.Line("/// <param name=\"friendlyName\">The Business Profile's friendly name.</param>");
        w.Line($"public static {stages[0]} For(string friendlyName) => new({Draft}.Start(Policy, friendlyName));");
        foreach (var stage in p.EndUsers)
        {
            w.Line();
            PipelineEmitter.EmitHelper(w, stage, Draft);
        }
        if (p.RequiresPrimary)
        {
            w.Line();
            w.Line("/// <summary>The ISV's twilio-approved Primary Business Profile this profile hangs under.</summary>");
            w.Open("public sealed class PrimaryProfileStage");
            Field(w, "PrimaryProfileStage");
            w.Line("/// <summary>Sets the Primary Business Profile (in the ISV's own account).</summary>");
            w.Line("/// <param name=\"primaryProfile\">The twilio-approved Primary Business Profile SID.</param>");
            w.Line($"public {Next("PrimaryProfileStage")} UnderPrimaryProfile(global::{ns}.CustomerProfileSid primaryProfile) => new(_draft.WithPrimaryProfile(primaryProfile.Value));");
            w.Close();
        }
        foreach (var stage in p.EndUsers)
        {
            w.Line();
            PipelineEmitter.EmitEndUserStage(w, p, stage, Next(stage.StageName), Draft);
        }
        if (p.Address != AddressStage.None)
        {
            w.Line();
            w.Line("/// <summary>The business address, sent as an Address and its supporting document.</summary>");
            w.Open("public sealed class AddressStage");
            Field(w, "AddressStage");
            w.Line("/// <summary>Sets the business address; each field is checked now.</summary>");
            w.Line("/// <param name=\"address\">The address.</param>");
            w.Line($"public {Email} WithAddress({Onboarding}Profiles.BusinessProfileAddress address) => new(_draft.WithAddress(address));");
            if (p.Address == AddressStage.Optional)
            {
                w.Line();
                w.Line("/// <summary>Leaves out the optional address.</summary>");
                w.Line($"public {Email} WithoutAddress() => new(_draft);");
            }
            w.Close();
        }
        w.Close();
        return w.ToString();
    }

    private static void Field(SourceWriter w, string stage)
    {
        w.Line($"private readonly {Draft} _draft;");
        w.Line();
        w.Line($"internal {stage}({Draft} draft) => _draft = draft;");
        w.Line();
    }
}
