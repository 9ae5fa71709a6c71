using System.Text;

namespace Rrp2Epp.Gateway.Options;

/// <summary>Which EPP credentials the gateway presents at a registry for an RRP registrar.</summary>
public enum CredentialMode
{
    /// <summary>
    /// The registrar's own RRP <c>-Id</c> and <c>-Password</c> are its EPP clID and pw. Exactly one registry passes
    /// credentials through: RRP logins (and <c>-NewPassword</c> changes) are verified there.
    /// </summary>
    PassThrough,

    /// <summary>Each registrar listed under <see cref="RegistryOptions.Registrars"/> has its own clID and pw at this registry.</summary>
    Mapped,
}

/// <summary>
/// One EPP registry behind the gateway (RFC 5734: TLS with a client certificate, port 700) and its route: the zones it
/// serves, the profile the translations use for it, and whose credentials it gets. Configured once as
/// <c>Gateway:Registry</c> (the single-registry form, with <c>Gateway:Zones</c> and <c>Gateway:Profile</c>) or as a
/// list, <c>Gateway:Registries:N</c>, that routes each name by its longest configured zone suffix.
/// </summary>
public sealed record RegistryOptions
{
    /// <summary>The registry's name for logs, the store and the <c>messages</c> verb (single form: <see cref="GatewayOptions.RegistryName"/>).</summary>
    public string? Name { get; init; }

    /// <summary>The zones (TLD suffixes, lower case, e.g. <c>com</c> or <c>co.uk</c>) routed to this registry; required in the list form.</summary>
    public IReadOnlyList<string> Zones { get; init; } = [];

    /// <summary>
    /// The route of name servers outside every configured zone (RRP's ADD NameServer names only the host). At most one
    /// registry is the default; without one, the first configured registry is.
    /// </summary>
    public bool Default { get; init; }

    /// <summary>The time zone RRP time stamps from this registry are written in; none: <see cref="GatewayOptions.TimeZone"/>.</summary>
    public string? TimeZone { get; init; }

    /// <summary>How the translations treat this registry; none: <see cref="GatewayOptions.Profile"/> (single form) or the defaults.</summary>
    public ProfileOptions? Profile { get; init; }

    /// <summary>Whose EPP credentials this registry gets: the RRP ones (pass-through) or each registrar's mapped ones.</summary>
    public CredentialMode Credentials { get; init; } = CredentialMode.PassThrough;

    /// <summary>
    /// Per RRP registrar id: its mapped EPP credentials (<see cref="CredentialMode.Mapped"/>) and, at a thick registry, the
    /// contact handles its creates carry.
    /// </summary>
    public IReadOnlyDictionary<string, RegistrarAccountOptions> Registrars { get; init; } = new Dictionary<string, RegistrarAccountOptions>();

    /// <summary>EPP sessions per registrar in the pool for this registry; none: <see cref="EppSessionOptions.PoolSize"/>.</summary>
    public int? PoolSize { get; init; }

    /// <summary>The registry's host name or address.</summary>
    public string Host { get; init; } = "localhost";

    /// <summary>The registry's port.</summary>
    public int Port { get; init; } = 700;

    /// <summary>The name the registry certificate must carry; defaults to <see cref="Host"/>.</summary>
    public string? TargetHost { get; init; }

    /// <summary>The gateway's client certificate (PKCS#12 with its key). Required unless the host supplies one in code (demo, tests).</summary>
    public string? ClientCertificatePath { get; init; }

    /// <summary>The PKCS#12 password.</summary>
    public string? ClientCertificatePassword { get; init; }

    /// <summary>PEM bundle of the CAs the registry certificate must chain to (with the name check).</summary>
    public string? TrustedCertificateAuthorities { get; init; }

    /// <summary>SHA-256 thumbprints of accepted registry certificates (pins; how a self-signed sandbox is trusted).</summary>
    public IReadOnlyList<string> PinnedServerCertificates { get; init; } = [];

    /// <summary>Limit on TCP connect plus TLS handshake.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Limit on one EPP exchange; past it the outcome is unknown and the connection is dropped.</summary>
    public TimeSpan CommandTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>First part of every clTRID; set one per gateway instance.</summary>
    public string ClientTransactionIdPrefix { get; init; } = "RRPGW";

    /// <summary>Validate every EPP frame against the schemas before sending (on in tests; costs ~15 µs a frame).</summary>
    public bool ValidateOutgoingFrames { get; init; }

    /// <summary>Attempts to build a lost EPP session before a command gives up (each attempt connects and logs in).</summary>
    public int ReconnectAttempts { get; init; } = 2;

    /// <summary>Wait before the second attempt; doubled for each further one, with jitter, up to <see cref="EppSessionOptions.MaxReconnectBackoff"/>.</summary>
    public TimeSpan ReconnectBackoff { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// The compiler's form with <see cref="ClientCertificatePassword"/> masked, so logging the options cannot leak it
    /// (the registrars' mapped passwords are masked by <see cref="RegistrarAccountOptions"/>).
    /// </summary>
    public override string ToString()
    {
        var text = new StringBuilder("RegistryOptions { ");
        if ((this with { ClientCertificatePassword = OptionSecrets.Mask(ClientCertificatePassword) }).PrintMembers(text))
        {
            text.Append(' ');
        }

        return text.Append('}').ToString();
    }
}
