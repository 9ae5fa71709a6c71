using Microsoft.Extensions.Logging;
using Rrp2Epp.Epp;
using Rrp2Epp.Epp.Client;

namespace Rrp2Epp.Gateway.Epp;

/// <summary>
/// One EPP connection per RRP session (the simple mode of DESIGN §4): SESSION connects and logs in, QUIT logs out.
/// </summary>
public sealed class DedicatedEppSessionProvider(EppConnectionFactory factory, ILogger<DedicatedEppSessionProvider> logger) : IEppSessionProvider
{
    /// <inheritdoc />
    public async Task<EppLoginResult> OpenAsync(EppCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        var connection = factory.Create();
        try
        {
            await connection.ConnectAsync(cancellationToken).ConfigureAwait(false);
            var response = await connection.LoginAsync(Login(credentials), cancellationToken).ConfigureAwait(false);
            if (response.Code != EppResultCode.Success)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
                return new EppLoginRefused(response);
            }

            // Later re-logins (after a lost connection) use the password now in force.
            var current = credentials with { Password = credentials.NewPassword ?? credentials.Password, NewPassword = null };
            return new EppLoginSucceeded(new DedicatedEppSession(factory, connection, current, logger), response);
        }
        catch (EppTransportException e)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            return new EppLoginUnreachable(e.Failure, IsLasting(e.Failure), e.Message);
        }
        catch (InvalidOperationException e)
        {
            // The greeting offers none of the object services the gateway needs: a lasting profile mismatch.
            await connection.DisposeAsync().ConfigureAwait(false);
            return new EppLoginUnreachable(EppTransportFailure.GreetingMalformed, true, e.Message);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Failures a retry will not cure (result-mapping.md §4 G3/G4): 549 rather than 421.</summary>
    internal static bool IsLasting(EppTransportFailure failure) =>
        failure is EppTransportFailure.ServerCertificateRejected or EppTransportFailure.GreetingMalformed;

    internal static EppLoginRequest Login(EppCredentials credentials) =>
        new(credentials.ClientId, credentials.Password) { NewPassword = credentials.NewPassword };
}
