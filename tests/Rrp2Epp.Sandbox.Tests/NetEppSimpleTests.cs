using System.Diagnostics;
using System.Security.Cryptography.X509Certificates;
using Rrp2Epp.TestKit;
using Rrp2Epp.TestKit.Sandbox;

namespace Rrp2Epp.Sandbox.Tests;

/// <summary>
/// The sandbox against a third-party client: Debian's Net::EPP::Simple (libnet-epp-perl, installed
/// by .ci/test). It presents the test's client certificate (PEM files), so the default policy of
/// requiring one stays on.
/// </summary>
public sealed class NetEppSimpleTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rrp2epp-perl-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Greeting_login_create_info_delete_logout_through_Net_EPP_Simple()
    {
        await using var sandbox = SandboxFixture.Start(configure: o => o with { Log = null });
        var certificate = SandboxFixture.ClientCertificate;
        var certPath = Path.Combine(_folder, "client.crt");
        var keyPath = Path.Combine(_folder, "client.key");
        await File.WriteAllTextAsync(certPath, certificate.ExportCertificatePem());
        using (var key = certificate.GetECDsaPrivateKey()!)
        {
            await File.WriteAllTextAsync(keyPath, key.ExportPkcs8PrivateKeyPem());
        }

        var script = Path.Combine(AppContext.BaseDirectory, "netepp-simple.pl");
        var start = new ProcessStartInfo("perl") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _folder };
        foreach (var arg in new[] { script, "127.0.0.1", sandbox.Server.Endpoint.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "registrarA", "i-am-registrarA", certPath, keyPath, "perl-test.com" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["HOME"] = _folder; // no ~/.net-epp-simple-rc from the machine
        using var perl = Process.Start(start)!;
        string output, error;
        try
        {
            var errorTask = perl.StandardError.ReadToEndAsync(TestGuard.Token);
            output = await perl.StandardOutput.ReadToEndAsync(TestGuard.Token);
            await perl.WaitForExitAsync(TestGuard.Token);
            error = await errorTask;
        }
        finally
        {
            if (!perl.HasExited)
            {
                perl.Kill(entireProcessTree: true);
            }
        }

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var context = output + error;
        Assert.True(perl.ExitCode == 0, context);
        Assert.Equal("GREETING Rrp2Epp sandbox registry", lines[0]);
        Assert.Contains("OBJURI urn:ietf:params:xml:ns:domain-1.0", lines);
        Assert.Contains("LOGIN 1000", lines);
        Assert.Contains("CHECK 1", lines);
        Assert.Contains("CONTACT 1000", lines);
        Assert.Contains("CREATE 1000", lines);
        Assert.Contains("INFO 1000 perl-test.com registrarA 2027-03-14T09:00:00.0Z perl-Dom-pw1", lines);
        Assert.Contains("CREATE-AGAIN 2302", lines);
        Assert.Contains("DELETE 1000", lines);
        Assert.Equal("CHECK 1", lines[^2]);
        Assert.Equal("LOGOUT 1500", lines[^1]);
        Assert.False(sandbox.Registry.DomainExists("perl-test.com"), context);
    }
}
