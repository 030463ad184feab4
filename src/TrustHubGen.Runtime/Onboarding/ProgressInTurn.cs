using System.Collections.Generic;

namespace TrustHubGen.Runtime.Onboarding;

/// <summary>
/// Steps that run together (the products beside the profile step and each other) report one at a time, so a progress
/// display sees the steps one after another as before: a step over numbers, once it reports, has the display until its
/// last number; meanwhile the other steps' reports are held (the latest of each) and come out, in order, when it is done.
/// Not thread-safe: the caller locks.
/// </summary>
internal sealed class ProgressInTurn
{
    private readonly List<OnboardingProgress> _held = new();
    private string? _owner;

    private static string Label(OnboardingProgress p) => p.Policy + "\n" + p.Step;

    /// <summary>The reports to pass on now, in order, given this new one.</summary>
    public IReadOnlyList<OnboardingProgress> Next(OnboardingProgress report)
    {
        var label = Label(report);
        if (_owner is not null && _owner != label)
        {
            var i = _held.FindIndex(h => Label(h) == label);
            if (i >= 0) _held[i] = report;
            else _held.Add(report);
            return [];
        }
        var output = new List<OnboardingProgress> { report };
        _owner = report.NumbersTotal > 0 && report.NumbersDone < report.NumbersTotal ? label : null;
        while (_owner is null && _held.Count > 0)
        {
            var next = _held[0];
            _held.RemoveAt(0);
            // A step over numbers comes out as it would have alone: its start, then where it is now.
            if (next.NumbersTotal > 0 && next.NumbersDone > 0) output.Add(next with { NumbersDone = 0 });
            output.Add(next);
            if (next.NumbersTotal > 0 && next.NumbersDone < next.NumbersTotal) _owner = Label(next);
        }
        return output;
    }
}
