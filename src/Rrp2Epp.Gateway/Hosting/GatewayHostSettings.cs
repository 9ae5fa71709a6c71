using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.DependencyInjection;
using Serilog;

namespace Rrp2Epp.Gateway.Hosting;

/// <summary>
/// What the caller of <see cref="GatewayHost.Create"/> adds to configuration: the <c>gateway</c> verb passes a file and
/// the command line; <c>demo</c> and the tests also pass values and certificates made in code. Everything else comes
/// from the same configuration path.
/// </summary>
public sealed record GatewayHostSettings
{
    /// <summary>The environment variable prefix: <c>RRP2EPP__Gateway__Registry__Host</c> sets <c>Gateway:Registry:Host</c>.</summary>
    public const string EnvironmentPrefix = "RRP2EPP__";

    /// <summary>An appsettings-style JSON file (required when set).</summary>
    public string? ConfigFile { get; init; }

    /// <summary>Values under the file and above the built-in defaults; environment variables and the command line override them.</summary>
    public IReadOnlyDictionary<string, string?> Defaults { get; init; } = new Dictionary<string, string?>();

    /// <summary>Values that override everything (tests).</summary>
    public IReadOnlyDictionary<string, string?> Overrides { get; init; } = new Dictionary<string, string?>();

    /// <summary>Command-line configuration (<c>--Gateway:Sessions:IdleTimeout=00:05:00</c>).</summary>
    public IReadOnlyList<string> Args { get; init; } = [];

    /// <summary>Read environment variables (off in tests, so the machine's environment cannot change them).</summary>
    public bool UseEnvironmentVariables { get; init; } = true;

    /// <summary>The RRP server certificate for listeners without <c>CertificatePath</c> (demo, tests); null: self-signed at start.</summary>
    public X509Certificate2? RrpServerCertificate { get; init; }

    /// <summary>The EPP client certificate when <c>Registry:ClientCertificatePath</c> is not set (demo, tests).</summary>
    public X509Certificate2? EppClientCertificate { get; init; }

    /// <summary>The gateway's clock; null: the system clock.</summary>
    public TimeProvider? Time { get; init; }

    /// <summary>Extra logging configuration applied after the configuration's own (a test sink, say).</summary>
    public Action<LoggerConfiguration>? ConfigureLogging { get; init; }

    /// <summary>Service replacements applied last (tests swap the translator or the store).</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }
}
