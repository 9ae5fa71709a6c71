using System.Xml;
using Rrp2Epp.Epp.Xml;

namespace Rrp2Epp.Epp.Commands;

/// <summary>The <c>op</c> of a <c>&lt;transfer&gt;</c> command (RFC 5730 §2.9.3.4).</summary>
public enum EppTransferOperation
{
    /// <summary>The gaining registrar asks for the transfer.</summary>
    Request,

    /// <summary>Anyone authorised asks for the transfer state (a query).</summary>
    Query,

    /// <summary>The sponsor approves a pending transfer.</summary>
    Approve,

    /// <summary>The sponsor rejects a pending transfer.</summary>
    Reject,

    /// <summary>The requester withdraws a pending transfer.</summary>
    Cancel,
}

/// <summary>
/// <c>domain:transfer</c> (RFC 5731 §3.1.3, §3.2.4). A request should carry the authInfo (RFC 5730
/// requires it; the schema does not); a period is allowed on requests only.
/// </summary>
/// <param name="Name">The domain name.</param>
/// <param name="Operation">The transfer operation.</param>
public sealed record DomainTransferCommand(string Name, EppTransferOperation Operation) : EppCommand
{
    /// <summary>The domain's authInfo.</summary>
    public EppSecret? AuthInfo { get; init; }

    /// <summary>The period added by the transfer (requests only).</summary>
    public EppPeriod? Period { get; init; }

    /// <inheritdoc />
    public override EppCommandKind Kind => Operation switch
    {
        EppTransferOperation.Query => EppCommandKind.DomainTransferQuery,
        EppTransferOperation.Approve => EppCommandKind.DomainTransferApprove,
        EppTransferOperation.Reject => EppCommandKind.DomainTransferReject,
        EppTransferOperation.Cancel => EppCommandKind.DomainTransferCancel,
        _ => EppCommandKind.DomainTransferRequest,
    };

    /// <inheritdoc />
    public override string? ObjectName => Name;

    internal override IEnumerable<EppSecret> Secrets => AuthInfo is null ? [] : [AuthInfo];

    /// <summary>A transfer request with the domain's authInfo.</summary>
    public static DomainTransferCommand Request(string name, EppSecret authInfo, EppPeriod? period = null) =>
        new(name, EppTransferOperation.Request) { AuthInfo = authInfo, Period = period };

    /// <summary>A transfer query.</summary>
    public static DomainTransferCommand Query(string name, EppSecret? authInfo = null) =>
        new(name, EppTransferOperation.Query) { AuthInfo = authInfo };

    /// <summary>The sponsor's approval.</summary>
    public static DomainTransferCommand Approve(string name) => new(name, EppTransferOperation.Approve);

    /// <summary>The sponsor's rejection.</summary>
    public static DomainTransferCommand Reject(string name) => new(name, EppTransferOperation.Reject);

    /// <summary>The requester's cancellation.</summary>
    public static DomainTransferCommand Cancel(string name) => new(name, EppTransferOperation.Cancel);

    /// <summary>The wire token of <see cref="Operation"/>.</summary>
    public string OperationToken => Operation switch
    {
        EppTransferOperation.Query => "query",
        EppTransferOperation.Approve => "approve",
        EppTransferOperation.Reject => "reject",
        EppTransferOperation.Cancel => "cancel",
        _ => "request",
    };

    internal override void Validate(List<string> errors)
    {
        CommandChecks.Label(errors, nameof(Name), Name);
        if (!Enum.IsDefined(Operation))
        {
            errors.Add($"{nameof(Operation)} is not a defined value");
        }

        CommandChecks.Period(errors, nameof(Period), Period);
        if (Period is not null && Operation != EppTransferOperation.Request)
        {
            errors.Add($"{nameof(Period)} is allowed on a transfer request only");
        }
    }

    internal override void WriteBody(XmlWriter writer)
    {
        const string p = "domain";
        const string ns = EppNamespaces.Domain;
        writer.WriteStartElement("transfer", EppNamespaces.Epp);
        writer.WriteAttributeString("op", OperationToken);
        writer.WriteStartElement(p, "transfer", ns);
        writer.Element(p, "name", ns, Name);
        if (Period is { } period)
        {
            writer.Period(p, ns, period);
        }

        if (AuthInfo is not null)
        {
            writer.AuthInfo(p, ns, AuthInfo);
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }
}
