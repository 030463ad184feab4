using System;
using System.Threading;

namespace TrustHubGen.Runtime;

/// <summary>
/// Which stream of work a request belongs to (an onboarding run), so the account's <see cref="ConcurrencyGate"/> can give
/// each its turn. Flows through async calls like any <see cref="AsyncLocal{T}"/>; requests outside any flow share one.
/// </summary>
internal static class ConcurrencyFlow
{
    private static readonly object Unnamed = new();
    private static readonly AsyncLocal<object?> CurrentFlow = new();

    /// <summary>The flow of the calling code.</summary>
    public static object Current => CurrentFlow.Value ?? Unnamed;

    /// <summary>Starts a new flow for the calling code and what it calls; dispose to return to the previous one.</summary>
    public static IDisposable Begin()
    {
        var previous = CurrentFlow.Value;
        CurrentFlow.Value = new object();
        return new Scope(previous);
    }

    private sealed class Scope(object? previous) : IDisposable
    {
        public void Dispose() => CurrentFlow.Value = previous;
    }
}
