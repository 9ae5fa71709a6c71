using System.Security.Cryptography;
using System.Text;
using Rrp2Epp.Epp;

namespace Rrp2Epp.Gateway.Epp.Pool;

/// <summary>
/// The password the login registry last accepted for one registrar: it serves later SESSIONs without a registry login
/// (compared in constant time over SHA-256 digests, so neither the length nor the first differing character shows in
/// the time taken) and is what the registrar's pooled sessions log in with. Kept in memory only; never logged.
/// </summary>
internal sealed class VerifiedLogin
{
    private readonly byte[] _digest;

    public VerifiedLogin(EppSecret password, DateTimeOffset verifiedAt)
    {
        Password = password;
        VerifiedAt = verifiedAt;
        _digest = Digest(password);
    }

    /// <summary>The password in force.</summary>
    public EppSecret Password { get; }

    /// <summary>When the registry accepted it.</summary>
    public DateTimeOffset VerifiedAt { get; }

    /// <summary>True when <paramref name="presented"/> is the verified password.</summary>
    public bool Matches(EppSecret presented) => CryptographicOperations.FixedTimeEquals(Digest(presented), _digest);

    private static byte[] Digest(EppSecret secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret.Reveal()));
}
