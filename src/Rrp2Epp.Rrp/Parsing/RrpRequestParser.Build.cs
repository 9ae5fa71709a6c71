using System.Net;

namespace Rrp2Epp.Rrp;

/// <summary>
/// Value checks and model building. Every value is checked before any code is chosen: token shape (505) across all
/// lines first, then acceptability (541, then 510, then 506), then the request-wide limits (13 values → 541,
/// repeated values → 540/542). So the answer does not depend on line order.
/// </summary>
public static partial class RrpRequestParser
{
    /// <summary>RFC 2832 §4.3.1: at most 13 name servers per domain and 13 addresses per name server.</summary>
    public const int MaxValuesPerAttribute = 13;

    private static RrpParseResult Build(RrpCommand command, RrpEntity? entity, ReadOnlySpan<byte> request, ReadOnlySpan<RrpLine> lines, ReadOnlySpan<byte> counts, RrpParserOptions options)
    {
        var errors = default(ValueErrors);
        var v2 = options.Version == RrpVersion.V2_0_0;
        RrpRequest? built = (command, entity) switch
        {
            (RrpCommand.Add, RrpEntity.Domain) => BuildAddDomain(request, lines, counts, v2, ref errors),
            (RrpCommand.Add, _) => BuildAddNameServer(request, lines, counts, options.Version, ref errors),
            (RrpCommand.Mod, RrpEntity.Domain) => BuildModDomain(request, lines, counts, ref errors),
            (RrpCommand.Mod, _) => BuildModNameServer(request, lines, counts, options.Version, ref errors),
            (RrpCommand.Renew, _) => BuildRenew(request, lines, ref errors),
            (RrpCommand.Session, _) => BuildSession(request, lines, ref errors),
            (RrpCommand.Describe, _) => BuildDescribe(request, lines, ref errors),
            (RrpCommand.Transfer, _) => BuildTransfer(request, lines, ref errors),
            (RrpCommand.Quit, _) => QuitRequest.Instance,
            _ => BuildSingleName(command, entity, request, lines, ref errors),
        };

        return errors.Code is { } code
            ? RrpParseResult.Failure(command, code, errors.Detail!)
            : RrpParseResult.Success(built!);
    }

    private static AddDomainRequest? BuildAddDomain(ReadOnlySpan<byte> request, ReadOnlySpan<RrpLine> lines, ReadOnlySpan<byte> counts, bool v2, ref ValueErrors errors)
    {
        string? domain = null;
        int? period = null;
        var servers = NewArray<string>(counts[(int)RrpLineName.NameServer]);
        var n = 0;
        foreach (var line in lines)
        {
            var value = line.Value(request);
            switch (line.Name)
            {
                case RrpLineName.DomainName:
                    domain = ReadName(value, secondLevel: true, aceCheck: v2, "DomainName", ref errors);
                    break;
                case RrpLineName.NameServer:
                    servers[n++] = ReadName(value, secondLevel: false, aceCheck: false, "NameServer", ref errors) ?? string.Empty;
                    break;
                case RrpLineName.Period:
                    period = ReadPeriod(value, ref errors);
                    break;
            }
        }

        if (errors.Code is null && servers.Length > MaxValuesPerAttribute)
        {
            errors.Limit(RrpResponseCode.InvalidAttributeValue, "more than 13 NameServer lines");
        }
        else if (errors.Code is null && HasDuplicate<string>(servers))
        {
            errors.Limit(RrpResponseCode.AttributeValueNotUnique, "a name server is listed twice");
        }

        return errors.Code is null ? new AddDomainRequest(domain!, period, RrpList<string>.Wrap(servers)) : null;
    }

    private static AddNameServerRequest? BuildAddNameServer(ReadOnlySpan<byte> request, ReadOnlySpan<RrpLine> lines, ReadOnlySpan<byte> counts, RrpVersion version, ref ValueErrors errors)
    {
        string? host = null;
        var addresses = NewArray<IPAddress>(counts[(int)RrpLineName.IPAddress]);
        var n = 0;
        foreach (var line in lines)
        {
            var value = line.Value(request);
            if (line.Name == RrpLineName.NameServer)
            {
                host = ReadName(value, secondLevel: false, aceCheck: version == RrpVersion.V2_0_0, "NameServer", ref errors);
            }
            else if (line.Name == RrpLineName.IPAddress)
            {
                addresses[n++] = ReadAddress(value, version, ref errors) ?? IPAddress.None;
            }
        }

        if (errors.Code is null && addresses.Length > MaxValuesPerAttribute)
        {
            errors.Limit(RrpResponseCode.InvalidAttributeValue, "more than 13 IPAddress lines");
        }
        else if (errors.Code is null && HasDuplicate<IPAddress>(addresses))
        {
            errors.Limit(RrpResponseCode.AttributeValueNotUnique, "an address is listed twice");
        }

        return errors.Code is null ? new AddNameServerRequest(host!, RrpList<IPAddress>.Wrap(addresses)) : null;
    }

    private static ModDomainRequest? BuildModDomain(ReadOnlySpan<byte> request, ReadOnlySpan<RrpLine> lines, ReadOnlySpan<byte> counts, ref ValueErrors errors)
    {
        string? domain = null;
        var servers = NewArray<RrpEdit<string>>(counts[(int)RrpLineName.NameServer]);
        var statuses = NewArray<RrpEdit<RrpStatus>>(counts[(int)RrpLineName.Status]);
        int s = 0, t = 0;
        foreach (var line in lines)
        {
            var value = line.Value(request);
            switch (line.Name)
            {
                case RrpLineName.DomainName:
                    domain = ReadName(value, secondLevel: true, aceCheck: false, "DomainName", ref errors);
                    break;
                case RrpLineName.NameServer:
                    servers[s++] = ReadEdit(value, "NameServer", ref errors, HostPart);
                    break;
                case RrpLineName.Status:
                    statuses[t++] = ReadEdit(value, "Status", ref errors, StatusPart);
                    break;
            }
        }

        CheckEdits<string>(servers, "NameServer", ref errors);
        CheckEdits<RrpStatus>(statuses, "Status", ref errors);
        return errors.Code is null
            ? new ModDomainRequest(domain!, RrpList<RrpEdit<string>>.Wrap(servers), RrpList<RrpEdit<RrpStatus>>.Wrap(statuses))
            : null;
    }

    private static ModNameServerRequest? BuildModNameServer(ReadOnlySpan<byte> request, ReadOnlySpan<RrpLine> lines, ReadOnlySpan<byte> counts, RrpVersion version, ref ValueErrors errors)
    {
        string? host = null;
        string? newHost = null;
        var addresses = NewArray<RrpEdit<IPAddress>>(counts[(int)RrpLineName.IPAddress]);
        var n = 0;
        foreach (var line in lines)
        {
            var value = line.Value(request);
            switch (line.Name)
            {
                case RrpLineName.NameServer:
                    host = ReadName(value, secondLevel: false, aceCheck: false, "NameServer", ref errors);
                    break;
                case RrpLineName.NewNameServer:
                    // RFC 3632 §2.1: the ACE is checked on registration and on a rename's new name.
                    newHost = ReadName(value, secondLevel: false, aceCheck: version == RrpVersion.V2_0_0, "NewNameServer", ref errors);
                    break;
                case RrpLineName.IPAddress:
                    addresses[n++] = ReadEdit(value, "IPAddress", ref errors, version == RrpVersion.V2_0_0 ? AddressPartV2 : AddressPartV1);
                    break;
            }
        }

        CheckEdits<IPAddress>(addresses, "IPAddress", ref errors);
        return errors.Code is null ? new ModNameServerRequest(host!, newHost, RrpList<RrpEdit<IPAddress>>.Wrap(addresses)) : null;
    }

    private static RenewRequest? BuildRenew(ReadOnlySpan<byte> request, ReadOnlySpan<RrpLine> lines, ref ValueErrors errors)
    {
        string? domain = null;
        int? period = null;
        int? year = null;
        foreach (var line in lines)
        {
            var value = line.Value(request);
            switch (line.Name)
            {
                case RrpLineName.DomainName:
                    domain = ReadName(value, secondLevel: true, aceCheck: false, "DomainName", ref errors);
                    break;
                case RrpLineName.Period:
                    period = ReadPeriod(value, ref errors);
                    break;
                case RrpLineName.CurrentExpirationYear:
                    if (RrpValueSyntax.ParseYear(value, out var parsed) == ValueCheck.Ok)
                    {
                        year = parsed;
                    }
                    else
                    {
                        errors.Syntax("-CurrentExpirationYear is not four digits");
                    }

                    break;
            }
        }

        return errors.Code is null ? new RenewRequest(domain!, period, year) : null;
    }

    private static SessionRequest? BuildSession(ReadOnlySpan<byte> request, ReadOnlySpan<RrpLine> lines, ref ValueErrors errors)
    {
        string? id = null, password = null, newPassword = null;
        foreach (var line in lines)
        {
            var value = line.Value(request);
            switch (line.Name)
            {
                case RrpLineName.Id when RrpValueSyntax.IsRegistrarId(value):
                    id = RrpValueSyntax.ToAsciiString(value);
                    break;
                case RrpLineName.Id:
                    errors.Invalid(RrpResponseCode.InvalidOptionValue, "-Id is not 1-128 letters, digits, '_' or '-' starting with a letter or digit");
                    break;
                case RrpLineName.Password or RrpLineName.NewPassword when RrpValueSyntax.IsPassword(value):
                    (line.Name == RrpLineName.Password ? ref password : ref newPassword) = RrpValueSyntax.ToAsciiString(value);
                    break;
                case RrpLineName.Password or RrpLineName.NewPassword:
                    errors.Invalid(RrpResponseCode.InvalidOptionValue, line.Name == RrpLineName.Password
                        ? "-Password is not 4-16 printable characters"
                        : "-NewPassword is not 4-16 printable characters");
                    break;
            }
        }

        return errors.Code is null ? new SessionRequest(id!, password!, newPassword) : null;
    }

    private static DescribeRequest? BuildDescribe(ReadOnlySpan<byte> request, ReadOnlySpan<RrpLine> lines, ref ValueErrors errors)
    {
        string? target = null;
        foreach (var line in lines)
        {
            if (line.Name != RrpLineName.Target)
            {
                continue;
            }

            if (System.Text.Ascii.EqualsIgnoreCase(line.Value(request), "Protocol"u8))
            {
                target = DescribeRequest.ProtocolTarget;
            }
            else
            {
                errors.Invalid(RrpResponseCode.InvalidOptionValue, "-Target is not Protocol");
            }
        }

        return errors.Code is null ? (target is null ? DescribeWithoutTarget : DescribeProtocol) : null;
    }

    private static TransferRequest? BuildTransfer(ReadOnlySpan<byte> request, ReadOnlySpan<RrpLine> lines, ref ValueErrors errors)
    {
        string? domain = null, authInfo = null;
        bool? approve = null;
        foreach (var line in lines)
        {
            var value = line.Value(request);
            switch (line.Name)
            {
                case RrpLineName.DomainName:
                    domain = ReadName(value, secondLevel: true, aceCheck: false, "DomainName", ref errors);
                    break;
                case RrpLineName.Approve:
                    approve = System.Text.Ascii.EqualsIgnoreCase(value, "Yes"u8) ? true
                        : System.Text.Ascii.EqualsIgnoreCase(value, "No"u8) ? false
                        : null;
                    if (approve is null)
                    {
                        errors.Invalid(RrpResponseCode.InvalidOptionValue, "-Approve is neither Yes nor No");
                    }

                    break;
                case RrpLineName.AuthInfo when RrpValueSyntax.IsAuthInfo(value):
                    authInfo = RrpValueSyntax.ToAsciiString(value);
                    break;
                case RrpLineName.AuthInfo:
                    errors.Syntax("AuthInfo is not 6-64 printable characters without spaces");
                    break;
            }
        }

        return errors.Code is null ? new TransferRequest(domain!, approve, authInfo) : null;
    }

    private static RrpRequest? BuildSingleName(RrpCommand command, RrpEntity? entity, ReadOnlySpan<byte> request, ReadOnlySpan<RrpLine> lines, ref ValueErrors errors)
    {
        string? name = null;
        var wanted = entity == RrpEntity.Domain ? RrpLineName.DomainName : RrpLineName.NameServer;
        foreach (var line in lines)
        {
            if (line.Name == wanted)
            {
                name = ReadName(line.Value(request), secondLevel: entity == RrpEntity.Domain, aceCheck: false, wanted == RrpLineName.DomainName ? "DomainName" : "NameServer", ref errors);
            }
        }

        if (errors.Code is not null)
        {
            return null;
        }

        return (command, entity) switch
        {
            (RrpCommand.Check, RrpEntity.Domain) => new CheckDomainRequest(name!),
            (RrpCommand.Check, _) => new CheckNameServerRequest(name!),
            (RrpCommand.Del, RrpEntity.Domain) => new DelDomainRequest(name!),
            (RrpCommand.Del, _) => new DelNameServerRequest(name!),
            (RrpCommand.Status, RrpEntity.Domain) => new StatusDomainRequest(name!),
            (RrpCommand.Status, _) => new StatusNameServerRequest(name!),
            (RrpCommand.Restore, _) => new RestoreRequest(name!),
            _ => throw new InvalidOperationException($"no builder for {command} {entity}"),
        };
    }
}
