namespace Rrp2Epp.Epp.Responses;

/// <summary>Reads the contact mapping's response data (RFC 5733 §3): chkData, infData, creData, panData.</summary>
internal static class ContactDataReader
{
    private const string Ns = EppNamespaces.Contact;

    /// <summary>On a resData child in the contact namespace; consumes it.</summary>
    public static EppResponseData Read(XmlCursor c)
    {
        switch (c.Reader.LocalName)
        {
            case "chkData":
                return new ContactCheckData(CommonDataReader.ReadCheck(c, Ns, "id", "contact:chkData"));
            case "infData":
                return ReadInfo(c);
            case "creData":
                return ReadCreate(c);
            case "panData":
                return CommonDataReader.ReadPendingAction(c, Ns, "id", "contact:panData");
            default:
                // contact:trnData exists but the gateway has no use for contact transfers.
                var unknown = new UnknownResponseData(c.Reader.NamespaceURI, c.Reader.LocalName);
                c.Skip();
                return unknown;
        }
    }

    private static ContactInfoData ReadInfo(XmlCursor c)
    {
        const string where = "contact:infData";
        var id = string.Empty;
        string? roid = null, email = null, clId = null, crId = null, upId = null;
        DateTimeOffset? crDate = null, upDate = null, trDate = null;
        ContactPhone? voice = null, fax = null;
        List<EppStatus>? statuses = null;
        List<ContactPostalInfo>? postal = null;
        EppSecret? authInfo = null;
        if (c.Enter())
        {
            while (c.NextChild())
            {
                switch (c.Is(Ns) ? c.Reader.LocalName : null)
                {
                    case "id": id = c.ReadText(); break;
                    case "roid": roid = c.ReadText(); break;
                    case "status":
                        if (c.ReadStatus(where + "/status") is { } status)
                        {
                            (statuses ??= []).Add(status);
                        }

                        break;
                    case "postalInfo":
                        if (ReadPostalInfo(c, where + "/postalInfo") is { } info)
                        {
                            (postal ??= []).Add(info);
                        }

                        break;
                    case "voice": voice = ReadPhone(c); break;
                    case "fax": fax = ReadPhone(c); break;
                    case "email": email = c.ReadText(); break;
                    case "clID": clId = c.ReadText(); break;
                    case "crID": crId = c.ReadText(); break;
                    case "crDate": crDate = c.ReadDateTime(where + "/crDate"); break;
                    case "upID": upId = c.ReadText(); break;
                    case "upDate": upDate = c.ReadDateTime(where + "/upDate"); break;
                    case "trDate": trDate = c.ReadDateTime(where + "/trDate"); break;
                    case "authInfo": authInfo = CommonDataReader.ReadAuthInfo(c, Ns); break;
                    case "disclose": c.Skip(); break;
                    default: c.SkipUnexpected(where); break;
                }
            }

            c.Leave();
        }

        CommonDataReader.Require(c, where, ("id", id), ("roid", roid), ("clID", clId));
        return new ContactInfoData
        {
            Id = id,
            Roid = roid,
            Statuses = (IReadOnlyList<EppStatus>?)statuses ?? [],
            PostalInfo = (IReadOnlyList<ContactPostalInfo>?)postal ?? [],
            Voice = voice,
            Fax = fax,
            Email = email,
            ClientId = clId,
            CreatorId = crId,
            CreatedAt = crDate,
            UpdaterId = upId,
            UpdatedAt = upDate,
            TransferredAt = trDate,
            AuthInfo = authInfo,
        };
    }

    private static ContactPhone? ReadPhone(XmlCursor c)
    {
        var extension = c.Reader.GetAttribute("x");
        var number = c.ReadText();
        return number.Length == 0 ? null : new ContactPhone(number, extension);
    }

    private static ContactPostalInfo? ReadPostalInfo(XmlCursor c, string where)
    {
        var type = c.Reader.GetAttribute("type") == "loc" ? ContactPostalInfoType.Localized : ContactPostalInfoType.International;
        string name = string.Empty, city = string.Empty, cc = string.Empty;
        string? org = null, sp = null, pc = null;
        List<string>? street = null;
        if (c.Enter())
        {
            while (c.NextChild())
            {
                switch (c.Is(Ns) ? c.Reader.LocalName : null)
                {
                    case "name": name = c.ReadText(); break;
                    case "org": org = c.ReadText(); break;
                    case "addr":
                        if (c.Enter())
                        {
                            while (c.NextChild())
                            {
                                switch (c.Is(Ns) ? c.Reader.LocalName : null)
                                {
                                    case "street": (street ??= []).Add(c.ReadText()); break;
                                    case "city": city = c.ReadText(); break;
                                    case "sp": sp = c.ReadText(); break;
                                    case "pc": pc = c.ReadText(); break;
                                    case "cc": cc = c.ReadText(); break;
                                    default: c.SkipUnexpected(where + "/addr"); break;
                                }
                            }

                            c.Leave();
                        }

                        break;
                    default: c.SkipUnexpected(where); break;
                }
            }

            c.Leave();
        }

        CommonDataReader.Require(c, where, ("name", name), ("city", city), ("cc", cc));
        return new ContactPostalInfo(type, name, new ContactAddress(city, cc)
        {
            Street = (IReadOnlyList<string>?)street ?? [],
            StateOrProvince = sp,
            PostalCode = pc,
        })
        {
            Organization = org,
        };
    }

    private static ContactCreateData ReadCreate(XmlCursor c)
    {
        const string where = "contact:creData";
        var id = string.Empty;
        DateTimeOffset? crDate = null;
        if (c.Enter())
        {
            while (c.NextChild())
            {
                switch (c.Is(Ns) ? c.Reader.LocalName : null)
                {
                    case "id": id = c.ReadText(); break;
                    case "crDate": crDate = c.ReadDateTime(where + "/crDate"); break;
                    default: c.SkipUnexpected(where); break;
                }
            }

            c.Leave();
        }

        CommonDataReader.Require(c, where, ("id", id), ("crDate", crDate));
        return new ContactCreateData(id, crDate);
    }
}
