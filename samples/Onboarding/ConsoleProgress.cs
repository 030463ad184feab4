using TrustHubGen.Runtime.Onboarding;

namespace Onboarding;

/// <summary>One line per step, and a running count of numbers on the same line while numbers are assigned.</summary>
internal sealed class ConsoleProgress(TextWriter output) : IProgress<OnboardingProgress>
{
    private readonly object _gate = new();
    private string? _lastStep;
    private bool _midLine;

    public void Report(OnboardingProgress value)
    {
        lock (_gate)
        {
            var step = value.Policy is null ? value.Step : $"{value.Policy}: {value.Step}";
            if (step != _lastStep)
            {
                if (_midLine) output.WriteLine();
                output.Write($"  {step}");
                _lastStep = step;
                _midLine = true;
            }
            if (value.NumbersTotal > 0 && !Console.IsOutputRedirected)
                output.Write($"\r  {step} {value.NumbersDone}/{value.NumbersTotal}{(value.Retries > 0 ? $" ({value.Retries} retries)" : "")}");
        }
    }

    public void Finish()
    {
        lock (_gate)
        {
            if (_midLine) output.WriteLine();
            _midLine = false;
        }
    }
}
