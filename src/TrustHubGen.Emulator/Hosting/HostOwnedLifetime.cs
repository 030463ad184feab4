using Microsoft.Extensions.Hosting;

namespace TrustHubGen.Emulator.Hosting;

/// <summary>A host lifetime that listens to no console signal: whoever started the emulator stops it.</summary>
internal sealed class HostOwnedLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
