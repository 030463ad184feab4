using Microsoft.Extensions.Options;

namespace TrustHubGen.Runtime;

/// <summary>Fails options resolution with every problem <see cref="TwilioClientOptions.GetValidationProblems"/> finds.</summary>
internal sealed class TwilioClientOptionsValidator : IValidateOptions<TwilioClientOptions>
{
    public ValidateOptionsResult Validate(string? name, TwilioClientOptions options)
    {
        var problems = options.GetValidationProblems();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
