using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TrustHubGen.Analyzers.Diagnostics;
using TrustHubGen.Analyzers.Values;

namespace TrustHubGen.Analyzers.Rules;

/// <summary>
/// TH1011: an auth token or API key secret written in source and passed to a client
/// (<c>TwilioClient.Init</c>, <c>new TwilioRestClient</c>, <c>TwilioCredentials.FromAuthToken/FromApiKey</c>), including a
/// literal fallback (<c>Environment.GetEnvironmentVariable("…") ?? "secret"</c>): the secret is in source either way, and it
/// is used whenever the variable is missing.
/// </summary>
internal static class CredentialsRule
{
    internal const string AuthTokenVariable = "TWILIO_AUTH_TOKEN";
    internal const string ApiSecretVariable = "TWILIO_API_SECRET";

    [MethodImpl(Jit.Optimized)]
    public static void Check(RuleContext rules, IInvocationOperation invocation) => Check(rules, invocation.TargetMethod, invocation.Arguments);

    [MethodImpl(Jit.Optimized)]
    public static void Check(RuleContext rules, IObjectCreationOperation creation)
    {
        if (creation.Constructor is { } constructor) Check(rules, constructor, creation.Arguments);
    }

    [MethodImpl(Jit.Optimized)]
    private static void Check(RuleContext rules, IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments)
    {
        var secretParameter = SecretParameter(method);
        if (secretParameter is null) return;
        foreach (var argument in arguments)
        {
            if (argument.Parameter?.Name != secretParameter || argument.ArgumentKind == ArgumentKind.DefaultValue) continue;
            // `Environment.GetEnvironmentVariable("…") ?? "secret"`: the fallback is the secret in source.
            var secret = ConstantResolver.Unwrap(argument.Value) is ICoalesceOperation coalesce ? coalesce.WhenNull : argument.Value;
            var value = rules.Resolve(secret);
            if (value is null || value.Value.Text.Length == 0) continue;
            var variable = secretParameter == "apiKeySecret" || IsApiKeyUser(rules, arguments) ? ApiSecretVariable : AuthTokenVariable;
            var properties = ImmutableDictionary<string, string?>.Empty.Add(FixProperties.EnvironmentVariable, variable);
            var what = $"The {(variable == ApiSecretVariable ? "API key secret" : "auth token")} passed to {method.ContainingType.Name}.{(method.MethodKind == MethodKind.Constructor ? "ctor" : method.Name)}";
            what += ReferenceEquals(secret, argument.Value) ? " is a literal secret in source" : " falls back to a literal secret in source when the variable is not set";
            rules.Report(Diagnostic.Create(Descriptors.CredentialInSource, ConstantResolver.Unwrap(argument.Value).Syntax.GetLocation(), properties, what));
        }
    }

    // Basic auth with an API key uses the key SID (SK…) as the user name and its secret as the password.
    private static bool IsApiKeyUser(RuleContext rules, ImmutableArray<IArgumentOperation> arguments)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter?.Name == "username")
                return rules.Resolve(argument.Value)?.Text.StartsWith("SK", System.StringComparison.Ordinal) == true;
        }
        return false;
    }

    [MethodImpl(Jit.Optimized)]
    private static string? SecretParameter(IMethodSymbol method)
    {
        // Cheap name checks first: this runs for every invocation and object creation in the compilation.
        if (method.Name is not ("Init" or "SetPassword" or "FromAuthToken" or "FromApiKey")
            && !(method.MethodKind == MethodKind.Constructor && method.ContainingType?.Name == "TwilioRestClient"))
            return null;
        var type = method.ContainingType?.ToDisplayString();
        return type switch
        {
            "Twilio.TwilioClient" when method.Name is "Init" or "SetPassword" => "password",
            "Twilio.Clients.TwilioRestClient" when method.MethodKind == MethodKind.Constructor => "password",
            "TrustHubGen.Runtime.TwilioCredentials" when method.Name == "FromAuthToken" => "authToken",
            "TrustHubGen.Runtime.TwilioCredentials" when method.Name == "FromApiKey" => "apiKeySecret",
            _ => null,
        };
    }
}
