namespace Rrp2Epp.Epp.Responses;

/// <summary>Reads the domain mapping's response data (RFC 5731 §3): chkData, infData, creData, renData, trnData, panData.</summary>
internal static class DomainDataReader
{
    private const string Ns = EppNamespaces.Domain;

    /// <summary>On a resData child in the domain namespace; consumes it.</summary>
    public static EppResponseData Read(XmlCursor c)
    {
        switch (c.Reader.LocalName)
        {
            case "chkData":
                return new DomainCheckData(CommonDataReader.ReadCheck(c, Ns, "name", "domain:chkData"));
            case "infData":
                return ReadInfo(c);
            case "creData":
                return ReadCreate(c);
            case "renData":
                return ReadRenew(c);
            case "trnData":
                return ReadTransfer(c);
            case "panData":
                return CommonDataReader.ReadPendingAction(c, Ns, "name", "domain:panData");
            default:
                var unknown = new UnknownResponseData(c.Reader.NamespaceURI, c.Reader.LocalName);
                c.Anomaly($"resData: unknown domain element {unknown.LocalName}");
                c.Skip();
                return unknown;
        }
    }

    private static DomainInfoData ReadInfo(XmlCursor c)
    {
        const string where = "domain:infData";
        string name = string.Empty;
        string? roid = null, registrant = null, clId = null, crId = null, upId = null;
        DateTimeOffset? crDate = null, upDate = null, exDate = null, trDate = null;
        List<EppStatus>? statuses = null;
        List<DomainContact>? contacts = null;
        List<string>? hosts = null;
        DomainNameServers? nameServers = null;
        EppSecret? authInfo = null;
        if (c.Enter())
        {
            while (c.NextChild())
            {
                if (!c.Is(Ns))
                {
                    c.SkipUnexpected(where);
                    continue;
                }

                switch (c.Reader.LocalName)
                {
                    case "name": name = c.ReadText(); break;
                    case "roid": roid = c.ReadText(); break;
                    case "status":
                        if (c.ReadStatus(where + "/status") is { } status)
                        {
                            (statuses ??= []).Add(status);
                        }

                        break;
                    case "registrant": registrant = c.ReadText(); break;
                    case "contact":
                        if (ReadContact(c) is { } contact)
                        {
                            (contacts ??= []).Add(contact);
                        }

                        break;
                    case "ns": nameServers = ReadNameServers(c, where + "/ns"); break;
                    case "host": (hosts ??= []).Add(c.ReadText()); break;
                    case "clID": clId = c.ReadText(); break;
                    case "crID": crId = c.ReadText(); break;
                    case "crDate": crDate = c.ReadDateTime(where + "/crDate"); break;
                    case "upID": upId = c.ReadText(); break;
                    case "upDate": upDate = c.ReadDateTime(where + "/upDate"); break;
                    case "exDate": exDate = c.ReadDateTime(where + "/exDate"); break;
                    case "trDate": trDate = c.ReadDateTime(where + "/trDate"); break;
                    case "authInfo": authInfo = CommonDataReader.ReadAuthInfo(c, Ns); break;
                    default: c.SkipUnexpected(where); break;
                }
            }

            c.Leave();
        }

        CommonDataReader.Require(c, where, ("name", name), ("roid", roid), ("clID", clId));
        return new DomainInfoData
        {
            Name = name,
            Roid = roid,
            Statuses = (IReadOnlyList<EppStatus>?)statuses ?? [],
            Registrant = registrant,
            Contacts = (IReadOnlyList<DomainContact>?)contacts ?? [],
            NameServers = nameServers,
            SubordinateHosts = (IReadOnlyList<string>?)hosts ?? [],
            ClientId = clId,
            CreatorId = crId,
            CreatedAt = crDate,
            UpdaterId = upId,
            UpdatedAt = upDate,
            ExpiresAt = exDate,
            TransferredAt = trDate,
            AuthInfo = authInfo,
        };
    }

    private static DomainContact? ReadContact(XmlCursor c)
    {
        var type = c.Reader.GetAttribute("type");
        var id = c.ReadText();
        DomainContactType? parsed = type switch
        {
            "admin" => DomainContactType.Admin,
            "billing" => DomainContactType.Billing,
            "tech" => DomainContactType.Tech,
            _ => null,
        };
        if (parsed is null || id.Length == 0)
        {
            c.Anomaly("domain:infData/contact has no id or an unknown type; it is left out");
            return null;
        }

        return new DomainContact(id, parsed.Value);
    }

    private static DomainNameServers? ReadNameServers(XmlCursor c, string where)
    {
        List<string>? objects = null;
        List<DomainHostAttribute>? attributes = null;
        if (c.Enter())
        {
            while (c.NextChild())
            {
                if (c.Is(Ns) && c.Reader.LocalName == "hostObj")
                {
                    (objects ??= []).Add(c.ReadText());
                }
                else if (c.Is(Ns) && c.Reader.LocalName == "hostAttr")
                {
                    (attributes ??= []).Add(ReadHostAttribute(c, where + "/hostAttr"));
                }
                else
                {
                    c.SkipUnexpected(where);
                }
            }

            c.Leave();
        }

        if (objects is not null && attributes is not null)
        {
            c.Anomaly($"{where} mixes hostObj and hostAttr; the hostAttr entries are left out");
        }

        return objects is not null ? DomainNameServers.FromHostObjects(objects)
            : attributes is not null ? DomainNameServers.FromHostAttributes(attributes)
            : null;
    }

    private static DomainHostAttribute ReadHostAttribute(XmlCursor c, string where)
    {
        var name = string.Empty;
        List<HostAddress>? addresses = null;
        if (c.Enter())
        {
            while (c.NextChild())
            {
                if (c.Is(Ns) && c.Reader.LocalName == "hostName")
                {
                    name = c.ReadText();
                }
                else if (c.Is(Ns) && c.Reader.LocalName == "hostAddr")
                {
                    (addresses ??= []).Add(CommonDataReader.ReadAddress(c, where + "/hostAddr"));
                }
                else
                {
                    c.SkipUnexpected(where);
                }
            }

            c.Leave();
        }

        CommonDataReader.Require(c, where, ("hostName", name));
        return new DomainHostAttribute(name, (IReadOnlyList<HostAddress>?)addresses ?? []);
    }

    private static DomainCreateData ReadCreate(XmlCursor c)
    {
        const string where = "domain:creData";
        var name = string.Empty;
        DateTimeOffset? crDate = null, exDate = null;
        if (c.Enter())
        {
            while (c.NextChild())
            {
                switch (c.Is(Ns) ? c.Reader.LocalName : null)
                {
                    case "name": name = c.ReadText(); break;
                    case "crDate": crDate = c.ReadDateTime(where + "/crDate"); break;
                    case "exDate": exDate = c.ReadDateTime(where + "/exDate"); break;
                    default: c.SkipUnexpected(where); break;
                }
            }

            c.Leave();
        }

        CommonDataReader.Require(c, where, ("name", name), ("crDate", crDate));
        return new DomainCreateData(name, crDate, exDate);
    }

    private static DomainRenewData ReadRenew(XmlCursor c)
    {
        const string where = "domain:renData";
        var name = string.Empty;
        DateTimeOffset? exDate = null;
        if (c.Enter())
        {
            while (c.NextChild())
            {
                switch (c.Is(Ns) ? c.Reader.LocalName : null)
                {
                    case "name": name = c.ReadText(); break;
                    case "exDate": exDate = c.ReadDateTime(where + "/exDate"); break;
                    default: c.SkipUnexpected(where); break;
                }
            }

            c.Leave();
        }

        CommonDataReader.Require(c, where, ("name", name));
        return new DomainRenewData(name, exDate);
    }

    private static DomainTransferData ReadTransfer(XmlCursor c)
    {
        const string where = "domain:trnData";
        string name = string.Empty, reId = string.Empty, acId = string.Empty;
        string? status = null;
        DateTimeOffset? reDate = null, acDate = null, exDate = null;
        if (c.Enter())
        {
            while (c.NextChild())
            {
                switch (c.Is(Ns) ? c.Reader.LocalName : null)
                {
                    case "name": name = c.ReadText(); break;
                    case "trStatus": status = c.ReadText(); break;
                    case "reID": reId = c.ReadText(); break;
                    case "reDate": reDate = c.ReadDateTime(where + "/reDate"); break;
                    case "acID": acId = c.ReadText(); break;
                    case "acDate": acDate = c.ReadDateTime(where + "/acDate"); break;
                    case "exDate": exDate = c.ReadDateTime(where + "/exDate"); break;
                    default: c.SkipUnexpected(where); break;
                }
            }

            c.Leave();
        }

        CommonDataReader.Require(c, where, ("name", name), ("reID", reId), ("reDate", reDate), ("acID", acId), ("acDate", acDate));
        var parsed = status switch
        {
            "pending" => EppTransferStatus.Pending,
            "clientApproved" => EppTransferStatus.ClientApproved,
            "clientCancelled" => EppTransferStatus.ClientCancelled,
            "clientRejected" => EppTransferStatus.ClientRejected,
            "serverApproved" => EppTransferStatus.ServerApproved,
            "serverCancelled" => EppTransferStatus.ServerCancelled,
            _ => EppTransferStatus.Unknown,
        };
        if (parsed == EppTransferStatus.Unknown)
        {
            c.Anomaly($"{where}/trStatus is missing or unknown");
        }

        return new DomainTransferData(name, parsed, reId, reDate, acId, acDate, exDate);
    }
}
