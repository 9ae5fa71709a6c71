using System.Globalization;
using System.Security.Cryptography;

namespace Rrp2Epp.Epp.Client;

/// <summary>
/// Makes clTRIDs that are unique across gateway instances and restarts:
/// <c>{prefix}-{random per process}-{counter}</c>, e.g. <c>GW1-k3v9q2xa-1f</c>. The configured prefix
/// tells instances apart, the random part tells process lifetimes apart, and a process-wide counter
/// tells commands apart (so two generators with one prefix never collide). At most 58 characters.
/// </summary>
public sealed class EppClientTransactionIds
{
    /// <summary>The longest prefix accepted.</summary>
    public const int MaxPrefixLength = 32;

    private const string Alphabet = "abcdefghijkmnpqrstuvwxyz23456789";

    private static readonly string ProcessPart = RandomNumberGenerator.GetString(Alphabet, 8);
    private static long s_counter;

    /// <summary>Creates a generator.</summary>
    /// <exception cref="ArgumentException">The prefix is empty, longer than 32 characters or has characters other than letters, digits, '.', '_' and '-'.</exception>
    public EppClientTransactionIds(string prefix)
    {
        if (!IsValidPrefix(prefix))
        {
            throw new ArgumentException("a clTRID prefix is 1 to 32 letters, digits, '.', '_' or '-'", nameof(prefix));
        }

        Prefix = prefix;
    }

    /// <summary>The instance prefix.</summary>
    public string Prefix { get; }

    /// <summary>The random part shared by every id of this process.</summary>
    public static string ProcessId => ProcessPart;

    /// <summary>A new clTRID.</summary>
    public string Next() =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}-{ProcessPart}-{Interlocked.Increment(ref s_counter):x}");

    /// <summary>True for a usable prefix.</summary>
    public static bool IsValidPrefix(string? prefix) =>
        prefix is { Length: > 0 and <= MaxPrefixLength } && prefix.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-');
}
