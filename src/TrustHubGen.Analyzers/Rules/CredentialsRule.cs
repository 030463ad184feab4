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
/// literal fallback (<c>Environment.GetEnvironmentVariable("…") ?? "secret"</c>) or a branch of any other choice: the secret
/// is in source either way, and it is used whenever that branch is taken.
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
            if (!HoldsSecret(rules, argument.Value, out var how)) continue;
            var variable = secretParameter == "apiKeySecret" || IsApiKeyUser(rules, arguments) ? ApiSecretVariable : AuthTokenVariable;
            var properties = ImmutableDictionary<string, string?>.Empty.Add(FixProperties.EnvironmentVariable, variable);
            var what = $"The {(variable == ApiSecretVariable ? "API key secret" : "auth token")} passed to {method.ContainingType.Name}.{(method.MethodKind == MethodKind.Constructor ? "ctor" : method.Name)}";
            what += how;
            rules.Report(Diagnostic.Create(Descriptors.CredentialInSource, ConstantResolver.Unwrap(argument.Value).Syntax.GetLocation(), properties, what));
        }
    }

    /// <summary>
    /// True when the value is a non-empty secret known at compile time, or a choice with such a branch: the secret is in
    /// source either way. <c>Environment.GetEnvironmentVariable("…") ?? "secret"</c> uses it whenever the variable is
    /// missing; <c>?? ""</c> and <c>?? throw …</c> hold none.
    /// </summary>
    private static bool HoldsSecret(RuleContext rules, IOperation value, out string how)
    {
        how = " is a literal secret in source";
        if (ValueChoices.Branches(value) is not { } branches) return IsSecret(rules, value);
        foreach (var branch in branches)
        {
            if (!IsSecret(rules, branch)) continue;
            how = ConstantResolver.Unwrap(value) is ICoalesceOperation
                ? " falls back to a literal secret in source when the variable is not set"
                : " is a literal secret in source on one of its branches";
            return true;
        }
        return false;
    }

    private static bool IsSecret(RuleContext rules, IOperation value) => rules.Resolve(value) is { Text.Length: > 0 };

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
