using System.Collections.Generic;
using System.Linq;

namespace TrustHubGen.Generator.Emit.Pipelines;

/// <summary>
/// Emits one staged pipeline per trust-product policy that takes numbers, e.g.
/// <c>CnamOnboarding.For(profile).WithNumbers(…).WithCnamInformation(…).NotifyEmail(…)</c>. Each stage is its own type
/// with only the next step's methods, so skipping a step the policy requires does not compile; only the last stage
/// (<c>OnboardingPipeline</c>, in the runtime) can plan or run.
/// </summary>
internal static class PipelineEmitter
{
    private const string Onboarding = "global::TrustHubGen.Runtime.Onboarding.";
    private const string Draft = Onboarding + "OnboardingDraft";
    private const string Products = Onboarding + "OnboardingProductsStage";

    public static string Emit(string ns, string access, PipelineModel p)
    {
        var w = FileHeader.Start(ns, access);
        var first = p.EndUsers.Count == 0 ? Products : p.EndUsers[0].StageName;
        XmlSummary(w, $"Typed onboarding for the {X(p.FriendlyName)} ({X(p.PolicySid)}): <c>{X(p.ClassName)}.For(profile).WithNumbers(…)"
            + string.Concat(p.EndUsers.Select(e => $".{e.MethodName}(…)")) + ".NotifyEmail(…)</c>, then <c>PlanAsync</c> or <c>RunAsync</c>. "
            + "Each stage is a type offering only the next step, so a step the policy requires cannot be skipped.");
        w.Line(FileHeader.GeneratedCode);
        w.Open($"{w.TypeAccess} static class {p.ClassName}");
        w.Line("/// <summary>The SID of the policy this pipeline onboards numbers for (the analyzers check numbers against it).</summary>");
        w.Line($"public const string PolicySidValue = {SourceWriter.Literal(p.PolicySid)};");
        w.Line();
        w.Line("/// <summary>The policy as the onboarding engine runs it.</summary>");
        w.Line($"public static {Onboarding}OnboardingPolicy Policy => global::{ns}.{PolicyCatalogEmitter.EntriesNamespace}.{p.PolicyClass}.OnboardingPolicy;");
        w.Line();
        w.Line("/// <summary>Starts with the twilio-approved Business Profile the product will point at.</summary>");
        w.Line("/// <param name=\"businessProfile\">The Business Profile (customer profile) SID.</param>");
        w.Line($"public static NumbersStage For(global::{ns}.CustomerProfileSid businessProfile) =>");
        w.Line($"    new({Draft}.ForProfile(businessProfile.Value).WithPolicy(Policy));");
        w.Line();
        EmitAnd(w, p);
        foreach (var stage in p.EndUsers)
        {
            w.Line();
            EmitHelper(w, stage);
        }
        w.Line();
        EmitNumbersStage(w, ns, p, first);
        for (var i = 0; i < p.EndUsers.Count; i++)
        {
            w.Line();
            EmitEndUserStage(w, p, p.EndUsers[i], i + 1 < p.EndUsers.Count ? p.EndUsers[i + 1].StageName : Products);
        }
        w.Close();
        return w.ToString();
    }

    // Adds this policy to another pipeline's run: every end user's attributes are parameters, required ones required.
    private static void EmitAnd(SourceWriter w, PipelineModel p)
    {
        XmlSummary(w, $"Adds the {X(p.FriendlyName)} for the same profile and numbers to this onboarding: one run, one request, shared profile assignments.");
        w.Line("/// <param name=\"previous\">An onboarding with everything its own policies require.</param>");
        var parameters = new List<string> { $"this {Products} previous" };
        var optional = new List<string>();
        foreach (var stage in p.EndUsers)
        {
            foreach (var a in stage.Parameters)
            {
                w.Doc("param", Describe(stage, a), $"name=\"{a.AndName}\"");
                var required = a.Required && !stage.Optional;
                (required ? parameters : optional).Add(Parameter(a.ValueType, a.AndName, required));
            }
        }
        w.Line($"public static {Products} And{p.PolicyClass}({string.Join(", ", parameters.Concat(optional))})");
        w.Line("{");
        w.Line($"    var draft = previous.Draft.WithPolicy(Policy);");
        foreach (var stage in p.EndUsers)
        {
            var args = string.Join(", ", stage.Parameters.Select(a => Unwrap(a.ValueType, a.AndName, a.Required && !stage.Optional)));
            var call = $"draft = {stage.HelperName}(draft, {args});";
            if (stage.Optional) w.Line($"    if ({string.Join(" || ", stage.Parameters.Select(a => a.AndName + " is not null"))}) {call}");
            else w.Line("    " + call);
        }
        w.Line($"    return new {Products}(draft);");
        w.Line("}");
    }

    internal static void EmitHelper(SourceWriter w, EndUserStageModel stage, string draft = Draft)
    {
        var parameters = string.Join(", ", stage.Parameters.Select(a => "string? " + a.Name));
        w.Line($"private static {draft} {stage.HelperName}({draft} draft, {parameters}) =>");
        w.Line($"    draft.WithEndUser(Policy, {SourceWriter.Literal(stage.Type)}, new global::System.Collections.Generic.Dictionary<string, string?>");
        w.Line("    {");
        foreach (var a in stage.Parameters) w.Line($"        [{SourceWriter.Literal(a.AttributeName)}] = {a.Name},");
        w.Line("    });");
    }

    private static void EmitNumbersStage(SourceWriter w, string ns, PipelineModel p, string next)
    {
        var numbers = Onboarding + "OnboardingNumbers";
        w.Line("/// <summary>The second step: which numbers to onboard.</summary>");
        w.Open("public sealed class NumbersStage");
        w.Line($"private readonly {Draft} _draft;");
        w.Line();
        w.Line($"internal NumbersStage({Draft} draft) => _draft = draft;");
        w.Line();
        w.Line("/// <summary>Numbers by their IncomingPhoneNumber SIDs.</summary>");
        w.Line($"public {next} WithNumbers(params global::{ns}.PhoneNumberSid[] numbers) => WithNumbers((global::System.Collections.Generic.IEnumerable<global::{ns}.PhoneNumberSid>)numbers);");
        w.Line();
        w.Line("/// <summary>Numbers by their IncomingPhoneNumber SIDs.</summary>");
        w.Open($"public {next} WithNumbers(global::System.Collections.Generic.IEnumerable<global::{ns}.PhoneNumberSid> numbers)");
        w.Line("global::System.ArgumentNullException.ThrowIfNull(numbers);");
        w.Line($"return new(_draft.WithNumbers({numbers}.FromSids(global::System.Linq.Enumerable.Select(numbers, n => n.Value))));");
        w.Close();
        w.Line();
        w.Line("/// <summary>Numbers in E.164 form, resolved through the account's IncomingPhoneNumbers.</summary>");
        w.Line($"public {next} WithPhoneNumbers(params {Onboarding}E164Number[] numbers) => WithPhoneNumbers((global::System.Collections.Generic.IEnumerable<{Onboarding}E164Number>)numbers);");
        w.Line();
        w.Line("/// <summary>Numbers in E.164 form, resolved through the account's IncomingPhoneNumbers.</summary>");
        w.Open($"public {next} WithPhoneNumbers(global::System.Collections.Generic.IEnumerable<{Onboarding}E164Number> numbers)");
        w.Line("global::System.ArgumentNullException.ThrowIfNull(numbers);");
        w.Line($"return new(_draft.WithNumbers({numbers}.FromPhoneNumbers(global::System.Linq.Enumerable.Select(numbers, n => n.Value))));");
        w.Close();
        w.Line();
        w.Line("/// <summary>Every number already on the Business Profile.</summary>");
        w.Line($"public {next} WithEveryNumberOnProfile() => new(_draft.WithNumbers({numbers}.EveryNumberOnProfile));");
        w.Close();
    }

    internal static void EmitEndUserStage(SourceWriter w, PipelineModel p, EndUserStageModel stage, string next, string draft = Draft)
    {
        XmlSummary(w, $"The <c>{X(stage.Type)}</c> end user the {X(p.FriendlyName)} " + (stage.Optional ? "may take." : "requires."));
        w.Open($"public sealed class {stage.StageName}");
        w.Line($"private readonly {draft} _draft;");
        w.Line();
        w.Line($"internal {stage.StageName}({draft} draft) => _draft = draft;");
        w.Line();
        XmlSummary(w, $"Gives the <c>{X(stage.Type)}</c> end user's attributes; each is checked against the policy now.");
        foreach (var a in stage.Parameters) w.Doc("param", Describe(stage, a), $"name=\"{a.Name}\"");
        var ordered = stage.Parameters.Select(a => Parameter(a.ValueType, a.Name, a.Required));
        w.Line($"public {next} {stage.MethodName}({string.Join(", ", ordered)}) =>");
        w.Line($"    new({stage.HelperName}(_draft, {string.Join(", ", stage.Parameters.Select(a => Unwrap(a.ValueType, a.Name, a.Required)))}));");
        if (stage.Optional)
        {
            w.Line();
            w.Line($"/// <summary>Leaves out the optional <c>{stage.Type}</c> end user.</summary>");
            w.Line($"public {next} Without{stage.MethodName.Substring(4)}() => new(_draft);");
        }
        w.Close();
    }

    private static string Describe(EndUserStageModel stage, ParameterModel a) =>
        $"{stage.Type}.{a.AttributeName}" + (a.Required ? "" : " (optional)") + (a.Description is { Length: > 0 } d ? ": " + d : ".");

    private static string Parameter(string? valueType, string name, bool required) =>
        (valueType ?? "string") + (required ? "" : "?") + " " + name + (required ? "" : " = null");

    private static string Unwrap(string? valueType, string name, bool required) =>
        valueType is null ? name : required ? name + ".Value" : name + "?.Value";

    // SourceWriter.Summary escapes its text; these summaries carry <c> tags, with the policy's own text escaped by the caller.
    internal static void XmlSummary(SourceWriter w, string xml) => w.Line("/// <summary>" + xml + "</summary>");

    internal static string X(string text) => SourceWriter.Xml(text).Replace('\r', ' ').Replace('\n', ' ');
}
