namespace Rrp2Epp.Epp.Responses;

/// <summary>Reads the host mapping's response data (RFC 5732 §3): chkData, infData, creData, panData.</summary>
internal static class HostDataReader
{
    private const string Ns = EppNamespaces.Host;

    /// <summary>On a resData child in the host namespace; consumes it.</summary>
    public static EppResponseData Read(XmlCursor c)
    {
        switch (c.Reader.LocalName)
        {
            case "chkData":
                return new HostCheckData(CommonDataReader.ReadCheck(c, Ns, "name", "host:chkData"));
            case "infData":
                return ReadInfo(c);
            case "creData":
                return ReadCreate(c);
            case "panData":
                return CommonDataReader.ReadPendingAction(c, Ns, "name", "host:panData");
            default:
                var unknown = new UnknownResponseData(c.Reader.NamespaceURI, c.Reader.LocalName);
                c.Anomaly($"resData: unknown host element {unknown.LocalName}");
                c.Skip();
                return unknown;
        }
    }

    private static HostInfoData ReadInfo(XmlCursor c)
    {
        const string where = "host:infData";
        var name = string.Empty;
        string? roid = null, clId = null, crId = null, upId = null;
        DateTimeOffset? crDate = null, upDate = null, trDate = null;
        List<EppStatus>? statuses = null;
        List<HostAddress>? addresses = null;
        if (c.Enter())
        {
            while (c.NextChild())
            {
                switch (c.Is(Ns) ? c.Reader.LocalName : null)
                {
                    case "name": name = c.ReadText(); break;
                    case "roid": roid = c.ReadText(); break;
                    case "status":
                        if (c.ReadStatus(where + "/status") is { } status)
                        {
                            (statuses ??= []).Add(status);
                        }

                        break;
                    case "addr": (addresses ??= []).Add(CommonDataReader.ReadAddress(c, where + "/addr")); break;
                    case "clID": clId = c.ReadText(); break;
                    case "crID": crId = c.ReadText(); break;
                    case "crDate": crDate = c.ReadDateTime(where + "/crDate"); break;
                    case "upID": upId = c.ReadText(); break;
                    case "upDate": upDate = c.ReadDateTime(where + "/upDate"); break;
                    case "trDate": trDate = c.ReadDateTime(where + "/trDate"); break;
                    default: c.SkipUnexpected(where); break;
                }
            }

            c.Leave();
        }

        CommonDataReader.Require(c, where, ("name", name), ("roid", roid), ("status", statuses), ("clID", clId));
        return new HostInfoData
        {
            Name = name,
            Roid = roid,
            Statuses = (IReadOnlyList<EppStatus>?)statuses ?? [],
            Addresses = (IReadOnlyList<HostAddress>?)addresses ?? [],
            ClientId = clId,
            CreatorId = crId,
            CreatedAt = crDate,
            UpdaterId = upId,
            UpdatedAt = upDate,
            TransferredAt = trDate,
        };
    }

    private static HostCreateData ReadCreate(XmlCursor c)
    {
        const string where = "host:creData";
        var name = string.Empty;
        DateTimeOffset? crDate = null;
        if (c.Enter())
        {
            while (c.NextChild())
            {
                switch (c.Is(Ns) ? c.Reader.LocalName : null)
                {
                    case "name": name = c.ReadText(); break;
                    case "crDate": crDate = c.ReadDateTime(where + "/crDate"); break;
                    default: c.SkipUnexpected(where); break;
                }
            }

            c.Leave();
        }

        CommonDataReader.Require(c, where, ("name", name), ("crDate", crDate));
        return new HostCreateData(name, crDate);
    }
}
