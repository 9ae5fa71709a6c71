using Microsoft.Extensions.Hosting;

namespace Rrp2Epp.Gateway.Hosting;

/// <summary>
/// A host lifetime that leaves signals to the caller: the CLI verbs handle Ctrl-C/SIGTERM themselves and stop the host
/// (and, for <c>demo</c>, the sandbox) in order; tests stop it explicitly.
/// </summary>
internal sealed class CallerHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
