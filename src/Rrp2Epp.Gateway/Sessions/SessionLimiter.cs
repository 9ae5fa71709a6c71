using Microsoft.Extensions.Options;
using Rrp2Epp.Gateway.Options;

namespace Rrp2Epp.Gateway.Sessions;

/// <summary>Counts open RRP sessions per registrar for the 521 cap (per gateway instance).</summary>
public sealed class SessionLimiter(IOptions<GatewayOptions> options)
{
    private readonly int _max = options.Value.Sessions.MaxSessionsPerRegistrar;
    private readonly Dictionary<string, int> _open = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>Takes a slot for <paramref name="registrarId"/>; false when the cap is reached.</summary>
    public bool TryAcquire(string registrarId)
    {
        lock (_lock)
        {
            _open.TryGetValue(registrarId, out var count);
            if (count >= _max)
            {
                return false;
            }

            _open[registrarId] = count + 1;
            return true;
        }
    }

    /// <summary>Gives a slot back.</summary>
    public void Release(string registrarId)
    {
        lock (_lock)
        {
            if (_open.TryGetValue(registrarId, out var count))
            {
                if (count <= 1)
                {
                    _open.Remove(registrarId);
                }
                else
                {
                    _open[registrarId] = count - 1;
                }
            }
        }
    }

    /// <summary>Open sessions of a registrar.</summary>
    public int OpenSessions(string registrarId)
    {
        lock (_lock)
        {
            return _open.GetValueOrDefault(registrarId);
        }
    }
}
