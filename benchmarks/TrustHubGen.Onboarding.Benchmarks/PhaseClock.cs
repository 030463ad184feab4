using System.Diagnostics;
using TrustHubGen.Runtime.Onboarding;

namespace TrustHubGen.Onboarding.Benchmarks;

/// <summary>Where an engine run's wall time goes: the time from each progress step's first report to the next step's.</summary>
internal sealed class PhaseClock : IProgress<OnboardingProgress>
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<(string Phase, TimeSpan Start)> _phases = [];

    public void Report(OnboardingProgress value)
    {
        var phase = value.Policy is null ? value.Step : $"{value.Policy}: {value.Step}";
        lock (_phases)
        {
            if (_phases.Count == 0 || _phases[^1].Phase != phase) _phases.Add((phase, _clock.Elapsed));
        }
    }

    /// <summary>Each phase with its duration, in order; the last one ends at <paramref name="end"/>.</summary>
    public IEnumerable<(string Phase, TimeSpan Duration)> Phases(TimeSpan end)
    {
        lock (_phases)
        {
            for (var i = 0; i < _phases.Count; i++)
                yield return (_phases[i].Phase, (i + 1 < _phases.Count ? _phases[i + 1].Start : end) - _phases[i].Start);
        }
    }
}
