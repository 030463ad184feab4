using System.Collections.Generic;

namespace TrustHubGen.Cli.Onboarding;

/// <summary>The onboard command's options as given (checked by <see cref="OnboardRun"/>).</summary>
internal sealed record OnboardSettings
{
    public IReadOnlyList<string> Policies { get; init; } = [];
    /// <summary>
    /// Policy arguments that came right after an option's value (<c>--display-name Owl Industries</c>), with that value
    /// quoted as it was probably meant (<c>--display-name "Owl Industries"</c>).
    /// </summary>
    public IReadOnlyDictionary<string, string> PolicyAfterValue { get; init; } = new Dictionary<string, string>();
    public string? Profile { get; init; }
    public IReadOnlyList<string> Numbers { get; init; } = [];
    public bool AllNumbers { get; init; }
    public string? DisplayName { get; init; }
    public IReadOnlyList<string> Attributes { get; init; } = [];
    public string? Email { get; init; }
    public string? StatusCallback { get; init; }
    public bool PlanOnly { get; init; }
    public bool Yes { get; init; }
    public bool Wait { get; init; }
    public int WaitTimeoutSeconds { get; init; } = 1800;
    /// <summary>True when --wait-timeout was given, not defaulted.</summary>
    public bool WaitTimeoutGiven { get; init; }
    public int Concurrency { get; init; } = 8;
    public bool NoPutOnProfile { get; init; }
    public string? FriendlyNamePrefix { get; init; }
    public bool Emulator { get; init; }
    public string? TrustHubUrl { get; init; }
    public string? ApiUrl { get; init; }
    public bool Json { get; init; }
}
