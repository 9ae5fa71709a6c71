using System.Text;

namespace Rrp2Epp.Rrp;

/// <summary>Wire text of <see cref="RrpStatus"/>: case-insensitive parsing, canonical upper-case output.</summary>
public static class RrpStatuses
{
    private static readonly string[] Words =
    [
        "ACTIVE", "REGISTRY-LOCK", "REGISTRY-HOLD", "REGISTRAR-HOLD", "REGISTRAR-LOCK", "REGISTRY-DELETE-NOTIFY",
        "PENDINGTRANSFER", "REDEMPTIONPERIOD", "PENDINGRESTORE", "PENDINGDELETE",
    ];

    private static readonly byte[][] Utf8Words = [.. Words.Select(Encoding.ASCII.GetBytes)];

    /// <summary>The canonical upper-case word, e.g. <c>REGISTRAR-LOCK</c>.</summary>
    public static string ToWireText(this RrpStatus status) =>
        (uint)status < (uint)Words.Length
            ? Words[(int)status]
            : throw new ArgumentOutOfRangeException(nameof(status), status, "not an RRP status");

    /// <summary>Whether a registrar may set or clear the status with MOD (RFC 2832 §6.1): REGISTRAR-LOCK and REGISTRAR-HOLD.</summary>
    public static bool IsRegistrarSettable(this RrpStatus status) => status is RrpStatus.RegistrarLock or RrpStatus.RegistrarHold;

    /// <summary>Whether the word is one of RFC 2832's six (the other four are VeriSign's later additions).</summary>
    public static bool IsRfcStatus(this RrpStatus status) => status <= RrpStatus.RegistryDeleteNotify;

    /// <summary>Reads a status word, ignoring case (<c>Registrar-Lock</c>, <c>registrar-lock</c> ...).</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out RrpStatus status)
    {
        for (var i = 0; i < Words.Length; i++)
        {
            if (text.Equals(Words[i], StringComparison.OrdinalIgnoreCase))
            {
                status = (RrpStatus)i;
                return true;
            }
        }

        status = default;
        return false;
    }

    /// <summary>Reads a status word from ASCII bytes, ignoring case.</summary>
    public static bool TryParse(ReadOnlySpan<byte> text, out RrpStatus status)
    {
        for (var i = 0; i < Utf8Words.Length; i++)
        {
            if (Ascii.EqualsIgnoreCase(text, Utf8Words[i]))
            {
                status = (RrpStatus)i;
                return true;
            }
        }

        status = default;
        return false;
    }

    internal static ReadOnlySpan<byte> Utf8(RrpStatus status) => Utf8Words[(int)status];
}
