namespace Rrp2Epp.Epp;

/// <summary>
/// One status of a domain, host or contact (<c>&lt;status s="…"&gt;text&lt;/status&gt;</c>), or an RGP
/// status (<c>&lt;rgp:rgpStatus&gt;</c>). The value is kept as the wire token so that a value this
/// library does not know is still carried (see <see cref="DomainStatuses"/>, <see cref="HostStatuses"/>,
/// <see cref="RgpStatuses"/> for the known ones).
/// </summary>
/// <param name="Value">The <c>s</c> attribute, e.g. <c>clientHold</c>.</param>
/// <param name="Text">The optional human-readable text.</param>
/// <param name="Language">The <c>lang</c> attribute of the text, when given.</param>
public sealed record EppStatus(string Value, string? Text = null, string? Language = null)
{
    /// <summary>A status with no text.</summary>
    public static implicit operator EppStatus(string value) => new(value);
}
