namespace Rrp2Epp.Rrp;

/// <summary>
/// An RRP response: a code (written with its exact RFC text), attribute lines, and for 520 only the reason that
/// follows <c>; </c> on the code line.
/// </summary>
public sealed record RrpResponse
{
    private static readonly RrpResponse?[] CodeOnly = BuildCodeOnly();

    /// <summary>A response with attributes.</summary>
    /// <param name="code">One of the 46 codes.</param>
    /// <param name="attributes">The attribute lines in wire order.</param>
    /// <param name="reason">The 520 reason (required for 520, forbidden otherwise).</param>
    public RrpResponse(RrpResponseCode code, IReadOnlyList<RrpAttribute> attributes, string? reason = null)
    {
        if (!code.IsDefined())
        {
            throw new ArgumentOutOfRangeException(nameof(code), code, "not an RRP response code");
        }

        if ((code == RrpResponseCode.ServerClosingConnection) != !string.IsNullOrEmpty(reason))
        {
            throw new ArgumentException("a reason goes with 520 and only with 520 (RFC 2832 §5.1)", nameof(reason));
        }

        if (reason is not null && !RrpText.IsPrintable(reason))
        {
            throw new ArgumentException("a 520 reason must be printable 7-bit ASCII on one line", nameof(reason));
        }

        Code = code;
        Attributes = RrpList<RrpAttribute>.From(attributes);
        Reason = reason;
    }

    /// <summary>A response without attributes.</summary>
    /// <param name="code">One of the 46 codes other than 520.</param>
    public RrpResponse(RrpResponseCode code)
        : this(code, RrpList<RrpAttribute>.Empty)
    {
    }

    /// <summary>The response code.</summary>
    public RrpResponseCode Code { get; }

    /// <summary>The attribute lines in wire order (value equality).</summary>
    public IReadOnlyList<RrpAttribute> Attributes { get; }

    /// <summary>520's reason, the text after <c>; </c>; null for every other code.</summary>
    public string? Reason { get; }

    /// <summary>The exact code text, with <c>; reason</c> for 520.</summary>
    public string Text => Reason is null ? Code.Text() : $"{Code.Text()}; {Reason}";

    /// <summary>The shared attribute-less response for a code other than 520 (no allocation per use).</summary>
    public static RrpResponse Of(RrpResponseCode code) =>
        code.IsDefined() && code != RrpResponseCode.ServerClosingConnection
            ? CodeOnly[(int)code - 200]!
            : throw new ArgumentOutOfRangeException(nameof(code), code, "not an RRP code, or 520 (which needs a reason)");

    /// <summary>A 520 with its reason (the caller then closes the connection).</summary>
    public static RrpResponse Closing(string reason) => new(RrpResponseCode.ServerClosingConnection, RrpList<RrpAttribute>.Empty, reason);

    /// <summary>The values of every attribute named <paramref name="name"/>, compared without regard to case, in order.</summary>
    public IEnumerable<string> ValuesOf(string name) =>
        Attributes.Where(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase)).Select(a => a.Value);

    /// <summary>The first value of the attribute named <paramref name="name"/> (case-insensitive), or null.</summary>
    public string? ValueOf(string name) => ValuesOf(name).FirstOrDefault();

    private static RrpResponse?[] BuildCodeOnly()
    {
        var table = new RrpResponse?[358];
        foreach (var code in RrpResponseCodes.All)
        {
            if (code != RrpResponseCode.ServerClosingConnection)
            {
                table[(int)code - 200] = new RrpResponse(code);
            }
        }

        return table;
    }
}
