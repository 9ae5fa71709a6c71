using System.Globalization;
using System.Text;

namespace Rrp2Epp.Rrp;

/// <summary>
/// Facts about <see cref="RrpResponseCode"/>: the exact RFC texts, which version defines a code, which codes close
/// the connection, and (in the other part of this class) which codes each command may return.
/// </summary>
public static partial class RrpResponseCodes
{
    private const int FirstCode = 200;
    private const int LastCode = 557;

    // The whole code line ("200 Command completed successfully\r\n"), encoded once, so writers copy bytes only.
    private static readonly byte[]?[] CodeLines = BuildCodeLines();

    /// <summary>All 46 codes in ascending order.</summary>
    public static IReadOnlyList<RrpResponseCode> All { get; } = Enum.GetValues<RrpResponseCode>();

    /// <summary>
    /// The exact text the RFCs give the code (RFC 2832 §5.1, RFC 3632 §2.1). For 520 this is the fixed part only; the
    /// wire adds <c>; &lt;reason&gt;</c> (see <see cref="RrpResponse.Reason"/>).
    /// </summary>
    public static string Text(this RrpResponseCode code) => code switch
    {
        RrpResponseCode.Success => "Command completed successfully",
        RrpResponseCode.DomainAvailable => "Domain name available",
        RrpResponseCode.DomainNotAvailable => "Domain name not available",
        RrpResponseCode.NameServerAvailable => "Name server available",
        RrpResponseCode.NameServerNotAvailable => "Name server not available",
        RrpResponseCode.SuccessClosing => "Command completed successfully. Server closing connection",
        RrpResponseCode.ServerErrorClosing => "Command failed due to server error. Server closing connection",
        RrpResponseCode.ServerErrorTryAgain => "Command failed due to server error. Client should try again",
        RrpResponseCode.InvalidCommandName => "Invalid command name",
        RrpResponseCode.InvalidCommandOption => "Invalid command option",
        RrpResponseCode.InvalidEntityValue => "Invalid entity value",
        RrpResponseCode.InvalidAttributeName => "Invalid attribute name",
        RrpResponseCode.MissingRequiredAttribute => "Missing required attribute",
        RrpResponseCode.InvalidAttributeValueSyntax => "Invalid attribute value syntax",
        RrpResponseCode.InvalidOptionValue => "Invalid option value",
        RrpResponseCode.InvalidCommandFormat => "Invalid command format",
        RrpResponseCode.MissingRequiredEntity => "Missing required entity",
        RrpResponseCode.MissingCommandOption => "Missing command option",
        RrpResponseCode.InvalidEncoding => "Invalid encoding",
        RrpResponseCode.ServerClosingConnection => "Server closing connection. Client should try opening new connection",
        RrpResponseCode.TooManySessions => "Too many sessions open. Server closing connection",
        RrpResponseCode.AuthenticationFailed => "Authentication failed",
        RrpResponseCode.AuthorizationFailed => "Authorization failed",
        RrpResponseCode.DomainNamesLinkedWithNameServer => "Domain names linked with name server",
        RrpResponseCode.DomainHasActiveNameServers => "Domain name has active name servers",
        RrpResponseCode.DomainNotFlaggedForTransfer => "Domain name has not been flagged for transfer",
        RrpResponseCode.RestrictedIpAddress => "Restricted IP address",
        RrpResponseCode.DomainAlreadyFlaggedForTransfer => "Domain already flagged for transfer",
        RrpResponseCode.AttributeValueNotUnique => "Attribute value is not unique",
        RrpResponseCode.InvalidAttributeValue => "Invalid attribute value",
        RrpResponseCode.InvalidOldValue => "Invalid old value for an attribute",
        RrpResponseCode.AttributeCannotBeUpdated => "Final or implicit attribute cannot be updated",
        RrpResponseCode.EntityOnHold => "Entity on hold",
        RrpResponseCode.EntityReferenceNotFound => "Entity reference not found",
        RrpResponseCode.CreditLimitExceeded => "Credit limit exceeded",
        RrpResponseCode.InvalidCommandSequence => "Invalid command sequence",
        RrpResponseCode.DomainNotUpForRenewal => "Domain is not up for renewal",
        RrpResponseCode.CommandFailed => "Command failed",
        RrpResponseCode.ParentDomainNotRegistered => "Parent domain not registered",
        RrpResponseCode.ParentDomainStatusDisallows => "Parent domain status does not allow for operation",
        RrpResponseCode.DomainStatusDisallows => "Domain status does not allow for operation",
        RrpResponseCode.DomainPendingTransfer => "Operation not allowed. Domain pending transfer",
        RrpResponseCode.DomainAlreadyRegistered => "Domain already registered",
        RrpResponseCode.DomainAlreadyRenewed => "Domain already renewed",
        RrpResponseCode.MaximumRegistrationPeriodExceeded => "Maximum registration period exceeded",
        RrpResponseCode.NameServerLocked => "Name server locked",
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "not an RRP response code"),
    };

    /// <summary>Whether the value is one of the 46 codes of either version.</summary>
    public static bool IsDefined(this RrpResponseCode code) =>
        (int)code is >= FirstCode and <= LastCode && CodeLines[(int)code - FirstCode] is not null;

    /// <summary>Whether the given version defines the code: 510 and 557 exist in 2.0.0 only (RFC 3632 §2.1).</summary>
    public static bool IsDefinedIn(this RrpResponseCode code, RrpVersion version) =>
        code.IsDefined()
        && (version == RrpVersion.V2_0_0 || code is not (RrpResponseCode.InvalidEncoding or RrpResponseCode.NameServerLocked));

    /// <summary>Whether the server closes the connection after sending the code: 220, 420, 520 and 521 (RFC 2832 §5.1).</summary>
    public static bool ClosesConnection(this RrpResponseCode code) =>
        code is RrpResponseCode.SuccessClosing or RrpResponseCode.ServerErrorClosing
            or RrpResponseCode.ServerClosingConnection or RrpResponseCode.TooManySessions;

    /// <summary>Whether the code reports success (2xx).</summary>
    public static bool IsSuccess(this RrpResponseCode code) => (int)code is >= 200 and < 300;

    /// <summary>Reads a three-digit code; false for a number that is not one of the 46 codes.</summary>
    public static bool TryParse(ReadOnlySpan<byte> digits, out RrpResponseCode code)
    {
        code = default;
        if (digits.Length != 3 || !char.IsAsciiDigit((char)digits[0]) || !char.IsAsciiDigit((char)digits[1]) || !char.IsAsciiDigit((char)digits[2]))
        {
            return false;
        }

        code = (RrpResponseCode)(((digits[0] - '0') * 100) + ((digits[1] - '0') * 10) + (digits[2] - '0'));
        return code.IsDefined();
    }

    /// <summary>The encoded code line without a 520 reason: digits, space, exact text, CRLF.</summary>
    internal static ReadOnlySpan<byte> CodeLine(RrpResponseCode code) =>
        code.IsDefined()
            ? CodeLines[(int)code - FirstCode]
            : throw new ArgumentOutOfRangeException(nameof(code), code, "not an RRP response code");

    private static byte[]?[] BuildCodeLines()
    {
        var lines = new byte[]?[LastCode - FirstCode + 1];
        foreach (var code in Enum.GetValues<RrpResponseCode>())
        {
            lines[(int)code - FirstCode] = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{(int)code} {code.Text()}\r\n"));
        }

        return lines;
    }
}
