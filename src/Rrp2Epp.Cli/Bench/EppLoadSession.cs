using System.Security.Cryptography.X509Certificates;
using Rrp2Epp.Epp;
using Rrp2Epp.Epp.Client;
using Rrp2Epp.Epp.Commands;
using Rrp2Epp.Epp.Responses;

namespace Rrp2Epp.Cli.Bench;

/// <summary>
/// Path (b): the EPP commands equivalent to the RRP ones, straight to the registry with the project's EPP client (the
/// one the gateway uses): domain:check; domain:create, domain:update (the name server in), domain:renew, domain:delete.
/// </summary>
internal sealed class EppLoadSession : LoadSession
{
    private readonly EppConnection _connection;
    private readonly EppSecret _authInfo;
    private DateOnly _expiry;

    private EppLoadSession(int index, BenchWorkload workload, EppConnection connection, EppSecret authInfo)
        : base(BenchPath.Direct, index, workload)
    {
        _connection = connection;
        _authInfo = authInfo;
    }

    /// <summary>The connection options for a registry target (a pin, or the system's trust).</summary>
    public static EppConnectionOptions Options(BenchTarget registry, X509Certificate2 clientCertificate) => new()
    {
        Host = registry.Host,
        Port = registry.Port,
        ClientCertificate = clientCertificate,
        PinnedServerCertificates = registry.Pin is null ? [] : [registry.Pin],
        ClientTransactionIdPrefix = "BENCH",
    };

    /// <summary>Connects and logs in.</summary>
    /// <exception cref="BenchException">The registry cannot be reached or refused the login.</exception>
    public static async Task<EppLoadSession> OpenAsync(
        EppConnectionOptions options, string registrar, string password, EppSecret authInfo, int index, BenchWorkload workload, CancellationToken cancellationToken)
    {
        try
        {
            var connection = await EppConnection.ConnectAndLoginAsync(options, new EppLoginRequest(registrar, password), cancellationToken: cancellationToken).ConfigureAwait(false);
            return new EppLoadSession(index, workload, connection, authInfo);
        }
        catch (Exception e) when (e is EppTransportException or InvalidOperationException)
        {
            throw new BenchException($"the registry {options.Host}:{options.Port}: {e.Message}");
        }
    }

    public override async Task LeaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (_connection.IsUsable)
            {
                await _connection.LogoutAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is EppTransportException or OperationCanceledException)
        {
            // Leaving is a courtesy; the connection closes anyway.
        }
    }

    public override ValueTask DisposeAsync() => _connection.DisposeAsync();

    protected override async ValueTask<bool> RunAsync(BenchStep step, CancellationToken cancellationToken)
    {
        var name = step.DomainName;
        EppCommand command = step.Operation switch
        {
            BenchOperation.Check => new DomainCheckCommand([name]),
            BenchOperation.Add => new DomainCreateCommand(name, _authInfo) { Period = EppPeriod.Years(1) },
            BenchOperation.Mod => new DomainUpdateCommand(name) { Add = new DomainUpdateSet { NameServers = DomainNameServers.FromHostObjects(Workload.NameServer) } },
            BenchOperation.Renew => new DomainRenewCommand(name, _expiry) { Period = EppPeriod.Years(1) },
            _ => new DomainDeleteCommand(name),
        };
        var response = await _connection.SendAsync(command, cancellationToken).ConfigureAwait(false);
        if (response.GetData<DomainCreateData>() is { ExpiresAt: { } expires })
        {
            _expiry = DateOnly.FromDateTime(expires.UtcDateTime);
        }

        return response.IsSuccess && (step.Operation != BenchOperation.Check || response.GetData<DomainCheckData>() is not null);
    }
}
