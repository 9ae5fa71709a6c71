namespace Rrp2Epp.Epp.Responses;

/// <summary>Response shapes that domain, host and contact data share: check results, pending-action notices, addresses.</summary>
internal static class CommonDataReader
{
    /// <summary>A <c>chkData</c> of any object: <c>cd</c> elements with <paramref name="keyName"/> (name or id), avail and reason.</summary>
    public static List<EppCheckItem> ReadCheck(XmlCursor c, string ns, string keyName, string where)
    {
        var items = new List<EppCheckItem>();
        if (!c.Enter())
        {
            c.Anomaly($"{where} is empty");
            return items;
        }

        while (c.NextChild())
        {
            if (!c.Is(ns) || c.Reader.LocalName != "cd")
            {
                c.SkipUnexpected(where);
                continue;
            }

            string? key = null;
            var available = false;
            string? reason = null;
            if (c.Enter())
            {
                while (c.NextChild())
                {
                    if (c.Is(ns) && c.Reader.LocalName == keyName)
                    {
                        available = c.ReadBooleanAttribute("avail", $"{where}/cd/{keyName}");
                        key = c.ReadText();
                    }
                    else if (c.Is(ns) && c.Reader.LocalName == "reason")
                    {
                        reason = c.ReadText();
                    }
                    else
                    {
                        c.SkipUnexpected(where + "/cd");
                    }
                }

                c.Leave();
            }

            if (string.IsNullOrEmpty(key))
            {
                c.Anomaly($"{where}/cd has no {keyName}");
                continue;
            }

            items.Add(new EppCheckItem(key, available, reason));
        }

        c.Leave();
        return items;
    }

    /// <summary>A <c>panData</c> (RFC 5731 §3.3 and its host/contact twins).</summary>
    public static PendingActionData ReadPendingAction(XmlCursor c, string ns, string keyName, string where)
    {
        var name = string.Empty;
        var succeeded = false;
        string? clTrid = null, svTrid = null;
        DateTimeOffset? at = null;
        if (c.Enter())
        {
            while (c.NextChild())
            {
                if (c.Is(ns) && c.Reader.LocalName == keyName)
                {
                    succeeded = c.ReadBooleanAttribute("paResult", $"{where}/{keyName}");
                    name = c.ReadText();
                }
                else if (c.Is(ns) && c.Reader.LocalName == "paTRID")
                {
                    (clTrid, svTrid) = ReadTransactionIds(c, where + "/paTRID");
                }
                else if (c.Is(ns) && c.Reader.LocalName == "paDate")
                {
                    at = c.ReadDateTime(where + "/paDate");
                }
                else
                {
                    c.SkipUnexpected(where);
                }
            }

            c.Leave();
        }

        if (name.Length == 0)
        {
            c.Anomaly($"{where} has no {keyName}");
        }

        return new PendingActionData(ns, name, succeeded, clTrid, svTrid, at);
    }

    /// <summary>A <c>trID</c>-shaped element: clTRID and svTRID in the EPP namespace.</summary>
    public static (string? ClientTransactionId, string? ServerTransactionId) ReadTransactionIds(XmlCursor c, string where)
    {
        string? clTrid = null, svTrid = null;
        if (c.Enter())
        {
            while (c.NextChild())
            {
                if (c.Is(EppNamespaces.Epp) && c.Reader.LocalName == "clTRID")
                {
                    clTrid = c.ReadText();
                }
                else if (c.Is(EppNamespaces.Epp) && c.Reader.LocalName == "svTRID")
                {
                    svTrid = c.ReadText();
                }
                else
                {
                    c.SkipUnexpected(where);
                }
            }

            c.Leave();
        }

        if (string.IsNullOrEmpty(svTrid))
        {
            c.Anomaly($"{where} has no svTRID");
        }

        return (clTrid, svTrid);
    }

    /// <summary>An <c>addr</c>/<c>hostAddr</c> element; <c>ip</c> defaults to v4.</summary>
    public static HostAddress ReadAddress(XmlCursor c, string where)
    {
        var ip = c.Reader.GetAttribute("ip");
        var version = EppIpVersion.V4;
        if (ip == "v6")
        {
            version = EppIpVersion.V6;
        }
        else if (ip is not null and not "v4")
        {
            c.Anomaly($"{where}@ip is neither v4 nor v6");
        }

        return new HostAddress(c.ReadText(), version);
    }

    /// <summary>An <c>authInfo</c> element: its <c>pw</c> as a secret; other forms (ext) are skipped.</summary>
    public static EppSecret? ReadAuthInfo(XmlCursor c, string ns)
    {
        EppSecret? secret = null;
        if (c.Enter())
        {
            while (c.NextChild())
            {
                if (c.Is(ns) && c.Reader.LocalName == "pw")
                {
                    secret = new EppSecret(c.ReadText());
                }
                else
                {
                    c.Skip();
                }
            }

            c.Leave();
        }

        return secret;
    }

    /// <summary>Adds an anomaly for each required field that is missing.</summary>
    public static void Require(XmlCursor c, string where, params (string Field, object? Value)[] fields)
    {
        foreach (var (field, value) in fields)
        {
            if (value is null || (value is string s && s.Length == 0))
            {
                c.Anomaly($"{where} has no {field}");
            }
        }
    }
}
