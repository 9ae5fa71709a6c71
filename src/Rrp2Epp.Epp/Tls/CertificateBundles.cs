using System.Security.Cryptography.X509Certificates;

namespace Rrp2Epp.Epp.Tls;

/// <summary>Loads trust material from files.</summary>
public static class CertificateBundles
{
    /// <summary>Every certificate of a PEM bundle (a CA file as used by OpenSSL's <c>-CAfile</c>).</summary>
    /// <exception cref="System.Security.Cryptography.CryptographicException">The file holds no readable certificate.</exception>
    public static IReadOnlyList<X509Certificate2> LoadPem(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var collection = new X509Certificate2Collection();
        collection.ImportFromPemFile(path);
        if (collection.Count == 0)
        {
            throw new System.Security.Cryptography.CryptographicException($"no certificate in {path}");
        }

        return collection.ToList();
    }
}
