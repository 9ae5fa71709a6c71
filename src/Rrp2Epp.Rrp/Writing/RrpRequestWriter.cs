using System.Buffers;
using System.Net;
using System.Text;

namespace Rrp2Epp.Rrp;

/// <summary>
/// Writes requests for the client side (CLI client, load and comparison tools): RFC 2832 §7's ABNF order, the RFC
/// examples' spelling (<c>EntityName:Domain</c>, <c>NameServer:</c>), CRLF, and the final <c>.</c>.
/// </summary>
public static class RrpRequestWriter
{
    /// <summary>Writes one request.</summary>
    /// <exception cref="ArgumentException">A value is not printable 7-bit ASCII on one line.</exception>
    /// <exception cref="NotSupportedException">A request type this codec does not define.</exception>
    public static void Write(RrpRequest request, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(output);
        RrpWire.Line(output, default, request.Command.ToWireText(), "command");
        switch (request)
        {
            case AddDomainRequest r:
                Domain(output, r.DomainName);
                Period(output, r.Period);
                foreach (var server in r.NameServers)
                {
                    RrpWire.Line(output, "NameServer:"u8, server, "NameServer");
                }

                break;
            case AddNameServerRequest r:
                NameServer(output, r.NameServer);
                foreach (var address in r.Addresses)
                {
                    Address(output, address);
                }

                break;
            case CheckDomainRequest r:
                Domain(output, r.DomainName);
                break;
            case CheckNameServerRequest r:
                NameServer(output, r.NameServer);
                break;
            case DelDomainRequest r:
                Domain(output, r.DomainName);
                break;
            case DelNameServerRequest r:
                NameServer(output, r.NameServer);
                break;
            case DescribeRequest r when r.Target is not null:
                RrpWire.Line(output, "-Target:"u8, r.Target, "Target");
                break;
            case DescribeRequest or QuitRequest:
                break;
            case ModDomainRequest r:
                WriteModDomain(output, r);
                break;
            case ModNameServerRequest r:
                WriteModNameServer(output, r);
                break;
            case RenewRequest r:
                Domain(output, r.DomainName);
                Period(output, r.Period);
                if (r.CurrentExpirationYear is { } year)
                {
                    RrpWire.Raw(output, "-CurrentExpirationYear:"u8);
                    Year(output, year);
                    RrpWire.Raw(output, RrpWire.CrLf);
                }

                break;
            case SessionRequest r:
                RrpWire.Line(output, "-Id:"u8, r.Id, "Id");
                RrpWire.Line(output, "-Password:"u8, r.Password, "Password");
                if (r.NewPassword is not null)
                {
                    RrpWire.Line(output, "-NewPassword:"u8, r.NewPassword, "NewPassword");
                }

                break;
            case StatusDomainRequest r:
                Domain(output, r.DomainName);
                break;
            case StatusNameServerRequest r:
                NameServer(output, r.NameServer);
                break;
            case TransferRequest r:
                if (r.Approve is { } approve)
                {
                    RrpWire.Raw(output, approve ? "-Approve:Yes\r\n"u8 : "-Approve:No\r\n"u8);
                }

                Domain(output, r.DomainName);
                if (r.AuthInfo is not null)
                {
                    RrpWire.Line(output, "AuthInfo:"u8, r.AuthInfo, "AuthInfo");
                }

                break;
            case RestoreRequest r:
                Domain(output, r.DomainName);
                break;
            default:
                throw new NotSupportedException($"no wire form for {request.GetType().Name}");
        }

        RrpWire.Raw(output, RrpWire.EndLine);
    }

    /// <summary>The request as wire text.</summary>
    public static string WriteToString(RrpRequest request) => Encoding.ASCII.GetString(ToBytes(request));

    /// <summary>The request as wire bytes.</summary>
    public static byte[] ToBytes(RrpRequest request)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        Write(request, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteModDomain(IBufferWriter<byte> output, ModDomainRequest r)
    {
        Domain(output, r.DomainName);
        foreach (var edit in r.NameServers)
        {
            RrpWire.Raw(output, "NameServer:"u8);
            Edit(output, edit, static (o, name) => RrpWire.Text(o, name, "NameServer"));
        }

        foreach (var edit in r.Statuses)
        {
            RrpWire.Raw(output, "Status:"u8);
            Edit(output, edit, static (o, status) => RrpWire.Raw(o, RrpStatuses.Utf8(status)));
        }
    }

    private static void WriteModNameServer(IBufferWriter<byte> output, ModNameServerRequest r)
    {
        NameServer(output, r.NameServer);
        if (r.NewNameServer is not null)
        {
            RrpWire.Line(output, "NewNameServer:"u8, r.NewNameServer, "NewNameServer");
        }

        foreach (var edit in r.Addresses)
        {
            RrpWire.Raw(output, "IPAddress:"u8);
            Edit(output, edit, RrpWire.Address);
        }
    }

    private static void Edit<T>(IBufferWriter<byte> output, RrpEdit<T> edit, Action<IBufferWriter<byte>, T> value)
    {
        if (edit.RemovesOld)
        {
            value(output, edit.Old ?? throw new ArgumentException("a remove or replace edit needs its old value", nameof(edit)));
            RrpWire.Raw(output, "="u8);
        }

        if (edit.AddsNew)
        {
            value(output, edit.New ?? throw new ArgumentException("an add or replace edit needs its new value", nameof(edit)));
        }

        RrpWire.Raw(output, RrpWire.CrLf);
    }

    private static void Domain(IBufferWriter<byte> output, string domainName)
    {
        RrpWire.Raw(output, "EntityName:Domain\r\n"u8);
        RrpWire.Line(output, "DomainName:"u8, domainName, "DomainName");
    }

    private static void NameServer(IBufferWriter<byte> output, string nameServer)
    {
        RrpWire.Raw(output, "EntityName:NameServer\r\n"u8);
        RrpWire.Line(output, "NameServer:"u8, nameServer, "NameServer");
    }

    private static void Address(IBufferWriter<byte> output, IPAddress address)
    {
        RrpWire.Raw(output, "IPAddress:"u8);
        RrpWire.Address(output, address);
        RrpWire.Raw(output, RrpWire.CrLf);
    }

    private static void Period(IBufferWriter<byte> output, int? period)
    {
        if (period is { } years)
        {
            RrpWire.Raw(output, "-Period:"u8);
            RrpWire.Number(output, years);
            RrpWire.Raw(output, RrpWire.CrLf);
        }
    }

    private static void Year(IBufferWriter<byte> output, int year)
    {
        var span = output.GetSpan(11);
        year.TryFormat(span, out var written, year is >= 0 and <= 9999 ? "D4" : default, System.Globalization.CultureInfo.InvariantCulture);
        output.Advance(written);
    }
}
