using System.Diagnostics;
using TrustHubGen.Runtime.Onboarding;

namespace TrustHubGen.Onboarding.Benchmarks;

/// <summary>
/// Where an engine run's wall time goes, from its progress reports: each step from its first report to its last (steps may
/// overlap: the engine runs the products together), and for a step over numbers, when 99 % of them were done (what comes
/// after is the step's tail: stragglers the step waits for).
/// </summary>
internal sealed class PhaseClock : IProgress<OnboardingProgress>
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<Phase> _phases = [];

    public void Report(OnboardingProgress value)
    {
        var name = value.Policy is null ? value.Step : $"{value.Policy}: {value.Step}";
        var now = _clock.Elapsed;
        lock (_phases)
        {
            var phase = _phases.FindLast(p => p.Name == name);
            if (phase is null)
            {
                phase = new Phase(name, now, value.NumbersTotal);
                _phases.Add(phase);
            }
            phase.Last = now;
            if (phase.Done99 is null && value.NumbersTotal > 0 && value.NumbersDone * 100L >= value.NumbersTotal * 99L) phase.Done99 = now;
        }
    }

    /// <summary>Each step in order of its first report, with its duration: to its last report for a step over numbers, else to the next step's first report.</summary>
    public IEnumerable<(string Phase, TimeSpan Duration)> Phases(TimeSpan end) => Details(end).Select(p => (p.Name, p.Duration));

    /// <summary>Each step: name, start, duration, numbers (0 for single calls) and its tail after 99 % were done.</summary>
    public IReadOnlyList<PhaseDetail> Details(TimeSpan end)
    {
        lock (_phases)
        {
            return _phases.Select((p, i) =>
            {
                var stop = p.Total > 0 ? p.Last : i + 1 < _phases.Count ? _phases[i + 1].Start : end;
                return new PhaseDetail(p.Name, p.Start, stop - p.Start, p.Total, p.Done99 is { } d ? p.Last - d : null);
            }).ToList();
        }
    }

    private sealed class Phase(string name, TimeSpan start, int total)
    {
        public string Name { get; } = name;
        public TimeSpan Start { get; } = start;
        public int Total { get; } = total;
        public TimeSpan Last { get; set; }
        public TimeSpan? Done99 { get; set; }
    }
}

/// <summary>One step of a run: when it started, its duration, the numbers it handled (0 for single calls) and its tail after 99 % were done.</summary>
internal sealed record PhaseDetail(string Name, TimeSpan Start, TimeSpan Duration, int Numbers, TimeSpan? Tail);
