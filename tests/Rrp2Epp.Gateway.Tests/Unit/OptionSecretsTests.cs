using Microsoft.Extensions.Configuration;
using Rrp2Epp.Gateway.Options;

namespace Rrp2Epp.Gateway.Tests.Unit;

/// <summary>
/// Option records print what they hold for logs and error texts, but never a secret: the certificate passwords, the
/// registrars' mapped passwords and the store's connection-string password are masked wherever they are printed.
/// </summary>
public sealed class OptionSecretsTests
{
    private static readonly Dictionary<string, string?> Values = new()
    {
        ["Gateway:Listeners:0:Name"] = "v2",
        ["Gateway:Listeners:0:Port"] = "6480",
        ["Gateway:Listeners:0:CertificatePath"] = "/etc/rrp2epp/rrp.pfx",
        ["Gateway:Listeners:0:CertificatePassword"] = "listener-pfx-secret",
        ["Gateway:Registry:Host"] = "epp.example.com",
        ["Gateway:Registry:ClientCertificatePath"] = "/etc/rrp2epp/epp.pfx",
        ["Gateway:Registry:ClientCertificatePassword"] = "registry-pfx-secret",
        ["Gateway:Registry:Credentials"] = "Mapped",
        ["Gateway:Registry:Registrars:registrarA:ClientId"] = "mappedA",
        ["Gateway:Registry:Registrars:registrarA:Password"] = "mapped-pw-secret",
        ["Gateway:Store:Provider"] = "PostgreSql",
        ["Gateway:Store:ConnectionString"] = "Host=db;Database=rrp2epp;Username=gw;Password=store-pw-secret",
    };

    private static readonly string[] Secrets = ["listener-pfx-secret", "registry-pfx-secret", "mapped-pw-secret", "store-pw-secret"];

    [Fact]
    public void No_option_record_prints_a_secret_and_each_still_prints_its_other_settings()
    {
        var options = new ConfigurationBuilder().AddInMemoryCollection(Values).Build().GetSection(GatewayOptions.SectionName).Get<GatewayOptions>()!;
        var listener = options.Listeners.Single();
        var registry = options.EffectiveRegistries.Single();
        Assert.Equal(("listener-pfx-secret", "registry-pfx-secret"), (listener.CertificatePassword, registry.ClientCertificatePassword));

        var printed = new Dictionary<string, string>
        {
            ["listener"] = listener.ToString(),
            ["registry"] = registry.ToString(),
            ["configured registry"] = options.Registry.ToString(),
            ["account"] = registry.Registrars["registrarA"].ToString(),
            ["store"] = options.Store.ToString(),
            ["gateway"] = options.ToString(),
        };
        foreach (var (what, text) in printed)
        {
            foreach (var secret in Secrets)
            {
                Assert.False(text.Contains(secret, StringComparison.Ordinal), $"the {what} options print {secret}: {text}");
            }
        }

        Assert.Contains("CertificatePath = /etc/rrp2epp/rrp.pfx, CertificatePassword = ***", printed["listener"], StringComparison.Ordinal);
        Assert.Contains("Port = 6480", printed["listener"], StringComparison.Ordinal);
        Assert.Contains("Host = epp.example.com", printed["registry"], StringComparison.Ordinal);
        Assert.Contains("ClientCertificatePassword = ***", printed["registry"], StringComparison.Ordinal);
        Assert.Contains("Password = ***", printed["account"], StringComparison.Ordinal);
        Assert.Contains("Registry = RegistryOptions { ", printed["gateway"], StringComparison.Ordinal);
    }

    [Fact]
    public void An_unset_secret_prints_as_unset()
    {
        Assert.Contains("CertificatePassword = ,", new RrpListenerOptions().ToString(), StringComparison.Ordinal);
        Assert.Contains("ClientCertificatePassword = ,", new RegistryOptions().ToString(), StringComparison.Ordinal);
    }
}
