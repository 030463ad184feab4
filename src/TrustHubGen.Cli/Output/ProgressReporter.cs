using System;
using System.Collections.Generic;
using System.IO;
using Spectre.Console;
using TrustHubGen.Runtime.Onboarding;

namespace TrustHubGen.Cli.Output;

/// <summary>Plain progress for redirected output: one line per step, and one when a number step finishes.</summary>
internal sealed class PlainProgress(TextWriter output) : IProgress<OnboardingProgress>
{
    private readonly object _gate = new();
    private string? _current;

    public void Report(OnboardingProgress value)
    {
        var label = value.Policy is null ? value.Step : $"{value.Policy}: {value.Step}";
        lock (_gate)
        {
            if (label != _current)
            {
                _current = label;
                output.WriteLine(value.NumbersTotal > 0 ? $"{label} (0/{value.NumbersTotal})" : label);
            }
            else if (value.NumbersTotal > 0 && value.NumbersDone == value.NumbersTotal)
            {
                output.WriteLine($"{label} ({value.NumbersDone}/{value.NumbersTotal}, {value.Retries} retries)");
            }
        }
    }
}

/// <summary>Spectre progress bars on a terminal: a bar per step, numbers done out of the total.</summary>
internal sealed class LiveProgress(ProgressContext context) : IProgress<OnboardingProgress>
{
    private readonly object _gate = new();
    private readonly Dictionary<string, ProgressTask> _tasks = new(StringComparer.Ordinal);
    private ProgressTask? _current;

    public void Report(OnboardingProgress value)
    {
        var label = Markup.Escape(value.Policy is null ? value.Step : $"{value.Policy}: {value.Step}");
        lock (_gate)
        {
            if (!_tasks.TryGetValue(label, out var task))
            {
                FinishCurrent();
                task = context.AddTask(label, maxValue: Math.Max(1, value.NumbersTotal));
                if (value.NumbersTotal == 0) task.IsIndeterminate = true;
                _tasks[label] = task;
                _current = task;
            }
            if (value.NumbersTotal > 0)
            {
                task.IsIndeterminate = false;
                task.MaxValue = value.NumbersTotal;
                task.Value = value.NumbersDone;
                if (value.Retries > 0) task.Description = $"{label} [grey]({value.Retries} retries)[/]";
            }
        }
    }

    public void FinishCurrent()
    {
        lock (_gate)
        {
            if (_current is null) return;
            _current.IsIndeterminate = false;
            _current.Value = _current.MaxValue;
            _current.StopTask();
        }
    }
}
