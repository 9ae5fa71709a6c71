using System.Text;

namespace Rrp2Epp.Rrp;

/// <summary>Wire text of <see cref="RrpCommand"/>: case-insensitive reading, lower-case writing.</summary>
public static class RrpCommands
{
    /// <summary>Recognises a command word, ignoring case (<c>ADD</c>, <c>Add</c>, <c>add</c>).</summary>
    public static bool TryParse(ReadOnlySpan<byte> word, out RrpCommand command)
    {
        command = word.Length switch
        {
            3 when Ascii.EqualsIgnoreCase(word, "add"u8) => RrpCommand.Add,
            3 when Ascii.EqualsIgnoreCase(word, "del"u8) => RrpCommand.Del,
            3 when Ascii.EqualsIgnoreCase(word, "mod"u8) => RrpCommand.Mod,
            4 when Ascii.EqualsIgnoreCase(word, "quit"u8) => RrpCommand.Quit,
            5 when Ascii.EqualsIgnoreCase(word, "check"u8) => RrpCommand.Check,
            5 when Ascii.EqualsIgnoreCase(word, "renew"u8) => RrpCommand.Renew,
            6 when Ascii.EqualsIgnoreCase(word, "status"u8) => RrpCommand.Status,
            7 when Ascii.EqualsIgnoreCase(word, "session"u8) => RrpCommand.Session,
            7 when Ascii.EqualsIgnoreCase(word, "restore"u8) => RrpCommand.Restore,
            8 when Ascii.EqualsIgnoreCase(word, "describe"u8) => RrpCommand.Describe,
            8 when Ascii.EqualsIgnoreCase(word, "transfer"u8) => RrpCommand.Transfer,
            _ => (RrpCommand)(-1),
        };
        return command >= 0;
    }

    /// <summary>The command word as <see cref="RrpRequestWriter"/> writes it (lower case).</summary>
    public static string ToWireText(this RrpCommand command) => command switch
    {
        RrpCommand.Add => "add",
        RrpCommand.Check => "check",
        RrpCommand.Del => "del",
        RrpCommand.Describe => "describe",
        RrpCommand.Mod => "mod",
        RrpCommand.Quit => "quit",
        RrpCommand.Renew => "renew",
        RrpCommand.Session => "session",
        RrpCommand.Status => "status",
        RrpCommand.Transfer => "transfer",
        RrpCommand.Restore => "restore",
        _ => throw new ArgumentOutOfRangeException(nameof(command), command, "unknown RRP command"),
    };

    /// <summary>Recognises a command word given as text, ignoring case.</summary>
    public static bool TryParse(ReadOnlySpan<char> word, out RrpCommand command)
    {
        Span<byte> bytes = stackalloc byte[8];
        command = default;
        return word.Length <= bytes.Length && Ascii.FromUtf16(word, bytes, out var written) == System.Buffers.OperationStatus.Done
            && TryParse(bytes[..written], out command);
    }
}
