using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Rrp2Epp.Gateway.Options;

namespace Rrp2Epp.Gateway.Execution;

/// <summary>
/// Draws domain authInfo values from the operating system's CSPRNG (<see cref="RandomNumberGenerator"/>), uniformly over
/// the configured alphabet: no spaces (xs:token would alter them), 8-64 characters (EPP pwAuthInfo).
/// </summary>
public sealed class AuthInfoGenerator(IOptions<GatewayOptions> options)
{
    private readonly AuthInfoOptions _options = options.Value.AuthInfo;

    /// <summary>A new authInfo.</summary>
    public string Next() => RandomNumberGenerator.GetString(_options.Alphabet, _options.Length);
}
