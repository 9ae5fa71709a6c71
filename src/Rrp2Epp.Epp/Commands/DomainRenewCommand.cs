using System.Globalization;
using System.Xml;
using Rrp2Epp.Epp.Xml;

namespace Rrp2Epp.Epp.Commands;

/// <summary>
/// <c>domain:renew</c> (RFC 5731 §3.2.3). <paramref name="CurrentExpiryDate"/> must equal the
/// registry's current expiry date, which stops a repeated renew from applying twice.
/// </summary>
/// <param name="Name">The domain name.</param>
/// <param name="CurrentExpiryDate">curExpDate: the date part (UTC) of the current exDate.</param>
public sealed record DomainRenewCommand(string Name, DateOnly CurrentExpiryDate) : EppCommand
{
    /// <summary>The renewal period; the registry's default when null.</summary>
    public EppPeriod? Period { get; init; }

    /// <inheritdoc />
    public override EppCommandKind Kind => EppCommandKind.DomainRenew;

    /// <inheritdoc />
    public override string? ObjectName => Name;

    internal override void Validate(List<string> errors)
    {
        CommandChecks.Label(errors, nameof(Name), Name);
        CommandChecks.Period(errors, nameof(Period), Period);
    }

    internal override void WriteBody(XmlWriter writer)
    {
        const string p = "domain";
        const string ns = EppNamespaces.Domain;
        writer.OpenObjectCommand("renew", p, ns);
        writer.Element(p, "name", ns, Name);
        writer.Element(p, "curExpDate", ns, CurrentExpiryDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (Period is { } period)
        {
            writer.Period(p, ns, period);
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }
}
