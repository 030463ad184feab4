using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using TrustHubGen.Runtime.Onboarding;

namespace TrustHubGen.Cli.Output;

/// <summary>
/// The one JSON document <c>trusthub onboard --json</c> writes on stdout (snake_case, as Twilio's own JSON):
/// <c>{command, exit_code, target, profile_sid, policies, plan, result, error}</c>; docs/cli.md shows an example.
/// </summary>
internal sealed class OnboardJson
{
    public string? Target { get; set; }
    public string? AccountSid { get; set; }
    public string? ProfileSid { get; set; }
    public IReadOnlyList<OnboardingPolicy> Policies { get; set; } = [];
    public OnboardingPlan? Plan { get; set; }
    public OnboardingResult? Result { get; set; }
    public List<string> Warnings { get; } = [];

    public string Write(int exitCode, string? error)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("command", "onboard");
            json.WriteNumber("exit_code", exitCode);
            json.WriteString("target", Target);
            json.WriteString("account_sid", AccountSid);
            json.WriteString("profile_sid", ProfileSid);
            json.WriteStartArray("policies");
            foreach (var policy in Policies)
            {
                json.WriteStartObject();
                json.WriteString("name", policy.Name);
                json.WriteString("sid", policy.Sid);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            if (Plan is null) json.WriteNull("plan");
            else WritePlan(json, Plan);
            if (Result is null) json.WriteNull("result");
            else WriteResult(json, Result);
            WriteStrings(json, "warnings", Warnings);
            json.WriteString("error", error);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The document for a failure before the command knew anything (a usage error).</summary>
    public static string ForError(string command, int exitCode, string error)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("command", command);
            json.WriteNumber("exit_code", exitCode);
            json.WriteString("error", error);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WritePlan(Utf8JsonWriter json, OnboardingPlan plan)
    {
        json.WriteStartObject("plan");
        json.WriteNumber("call_count", plan.Steps.Count);
        json.WriteStartArray("steps");
        foreach (var step in plan.Steps)
        {
            json.WriteStartObject();
            json.WriteString("kind", step.Kind.ToString());
            json.WriteString("policy", step.Policy);
            json.WriteString("target", step.Target);
            json.WriteString("reason", step.Reason);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("products");
        foreach (var product in plan.Products)
        {
            json.WriteStartObject();
            json.WriteString("policy", product.Policy);
            json.WriteString("friendly_name", product.FriendlyName);
            json.WriteString("product_sid", product.ProductSid);
            json.WriteString("status", product.Status);
            json.WriteNumber("numbers_already_assigned", product.NumbersAlreadyAssigned);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        WriteRefused(json, plan.Refused);
        WriteStrings(json, "warnings", plan.Warnings);
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, OnboardingResult result)
    {
        json.WriteStartObject("result");
        json.WriteBoolean("succeeded", result.Succeeded);
        json.WriteStartArray("products");
        foreach (var product in result.Products)
        {
            json.WriteStartObject();
            json.WriteString("policy", product.Policy);
            json.WriteString("product_sid", product.ProductSid);
            json.WriteString("status", product.Status);
            json.WriteNumber("numbers_assigned", product.NumbersAssigned);
            json.WriteString("not_submitted_because", product.NotSubmittedBecause);
            json.WriteBoolean("review_timed_out", product.ReviewTimedOut);
            json.WriteStartArray("findings");
            foreach (var finding in product.Findings)
            {
                json.WriteStartObject();
                json.WriteString("requirement", finding.Requirement);
                json.WriteString("field", finding.Field);
                if (finding.Code is { } code) json.WriteNumber("code", code);
                else json.WriteNull("code");
                json.WriteString("reason", finding.Reason);
                json.WriteString("text", finding.ToString());
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("rejection");
            foreach (var reason in product.Rejection)
            {
                json.WriteStartObject();
                json.WriteNumber("code", reason.Code);
                json.WriteString("meaning", reason.Meaning);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        WriteRefused(json, result.Refused);
        json.WriteStartArray("failures");
        foreach (var failure in result.Failures)
        {
            json.WriteStartObject();
            json.WriteString("number_sid", failure.NumberSid);
            json.WriteString("phone_number", failure.PhoneNumber);
            json.WriteString("policy", failure.Policy);
            json.WriteString("cause", failure.Cause);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartObject("api_calls");
        foreach (var (operation, count) in result.ApiCalls.OrderBy(p => p.Key, System.StringComparer.Ordinal)) json.WriteNumber(operation, count);
        json.WriteEndObject();
        json.WriteNumber("total_calls", result.TotalCalls);
        json.WriteNumber("write_calls", result.WriteCalls);
        json.WriteNumber("retries", result.Retries);
        WriteStrings(json, "warnings", result.Warnings);
        json.WriteEndObject();
    }

    private static void WriteRefused(Utf8JsonWriter json, IEnumerable<RefusedNumber> refused)
    {
        json.WriteStartArray("refused");
        foreach (var number in refused)
        {
            json.WriteStartObject();
            json.WriteString("number", number.Number);
            json.WriteString("phone_number", number.PhoneNumber);
            json.WriteString("policy", number.Policy);
            json.WriteString("reason", CliWording.ForCommandLine(number.Reason));
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values) json.WriteStringValue(CliWording.ForCommandLine(value));
        json.WriteEndArray();
    }
}
