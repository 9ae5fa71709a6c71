using System.Security.Authentication;
using Rrp2Epp.Epp.Client;

namespace Rrp2Epp.Epp.Tests.Client;

public sealed class EppConnectionOptionsTests
{
    [Fact]
    public void Valid_options_have_no_errors()
    {
        var options = new EppConnectionOptions { Host = "epp.registry.test", ClientCertificate = ClientCertificates.Client };

        Assert.Empty(options.Validate());
        Assert.Equal(700, options.Port);
        Assert.Equal(SslProtocols.Tls12 | SslProtocols.Tls13, options.Protocols);
        Assert.Equal("epp.registry.test", options.EffectiveTargetHost);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
#pragma warning disable SYSLIB0039 // the point is to refuse TLS 1.1
        var options = new EppConnectionOptions
        {
            Host = " ",
            Port = 0,
            TargetHost = "",
            PinnedServerCertificates = ["ABCD"],
            Protocols = SslProtocols.Tls11 | SslProtocols.Tls12,
            ConnectTimeout = TimeSpan.Zero,
            CommandTimeout = TimeSpan.FromHours(2),
            MaxFrameBytes = 10,
            ClientTransactionIdPrefix = "has space",
        };
#pragma warning restore SYSLIB0039

        var errors = options.Validate();
        var thrown = Assert.Throws<ArgumentException>(() => new EppConnection(options));

        foreach (var field in new[] { "Host", "Port", "TargetHost", "ClientCertificate", "PinnedServerCertificates[0]", "Protocols", "ConnectTimeout", "CommandTimeout", "MaxFrameBytes", "ClientTransactionIdPrefix" })
        {
            Assert.Contains(errors, e => e.StartsWith(field, StringComparison.Ordinal));
            Assert.Contains(field, thrown.Message, StringComparison.Ordinal);
        }

        Assert.Equal(10, errors.Count);
    }

    [Fact]
    public void A_client_certificate_without_private_key_is_refused()
    {
        using var publicOnly = System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadCertificate(ClientCertificates.Client.RawData);
        var options = new EppConnectionOptions { Host = "epp.registry.test", ClientCertificate = publicOnly };

        Assert.Contains(options.Validate(), e => e.Contains("private key", StringComparison.Ordinal));
    }

    [Fact]
    public void SslProtocols_None_is_refused_so_the_versions_are_always_explicit()
    {
        var options = new EppConnectionOptions { Host = "h", ClientCertificate = ClientCertificates.Client, Protocols = SslProtocols.None };

        Assert.Single(options.Validate());
    }

    [Theory]
    [InlineData("AB:CD", null)]
    [InlineData("zz00000000000000000000000000000000000000000000000000000000000000", null)]
    [InlineData("ab cd ef 01 23 45 67 89 ab cd ef 01 23 45 67 89 ab cd ef 01 23 45 67 89 ab cd ef 01 23 45 67 89", "ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789")]
    public void Thumbprints_are_normalised(string pin, string? expected)
    {
        Assert.Equal(expected, EppConnectionOptions.NormalizeThumbprint(pin));
    }
}
