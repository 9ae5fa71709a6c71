namespace Rrp2Epp.Epp.Responses;

/// <summary>Reads <c>&lt;greeting&gt;</c> (RFC 5730 §2.4). The data collection policy is not needed and is skipped.</summary>
internal static class GreetingReader
{
    public static EppGreeting Read(XmlCursor c)
    {
        var r = c.Reader;
        string? serverId = null;
        DateTimeOffset? serverDate = null;
        List<string> versions = [], languages = [], objects = [], extensions = [];
        var sawMenu = false;
        if (c.Enter())
        {
            while (c.NextChild())
            {
                switch (c.Is(EppNamespaces.Epp) ? r.LocalName : null)
                {
                    case "svID":
                        serverId = c.ReadText();
                        break;
                    case "svDate":
                        serverDate = c.ReadDateTime("greeting/svDate");
                        break;
                    case "svcMenu":
                        sawMenu = true;
                        ReadMenu(c, versions, languages, objects, extensions);
                        break;
                    case "dcp":
                        c.Skip();
                        break;
                    default:
                        c.SkipUnexpected("greeting");
                        break;
                }
            }

            c.Leave();
        }

        if (!sawMenu || objects.Count == 0)
        {
            throw new EppResponseReader.MalformedException("the greeting offers no object service (svcMenu/objURI)");
        }

        if (string.IsNullOrEmpty(serverId))
        {
            c.Anomaly("the greeting has no svID");
        }

        return new EppGreeting
        {
            ServerId = serverId ?? string.Empty,
            ServerDate = serverDate,
            Versions = versions,
            Languages = languages,
            ObjectUris = objects,
            ExtensionUris = extensions,
            Anomalies = c.Anomalies,
        };
    }

    private static void ReadMenu(XmlCursor c, List<string> versions, List<string> languages, List<string> objects, List<string> extensions)
    {
        var r = c.Reader;
        if (!c.Enter())
        {
            return;
        }

        while (c.NextChild())
        {
            switch (c.Is(EppNamespaces.Epp) ? r.LocalName : null)
            {
                case "version":
                    versions.Add(c.ReadText());
                    break;
                case "lang":
                    languages.Add(c.ReadText());
                    break;
                case "objURI":
                    objects.Add(c.ReadText());
                    break;
                case "svcExtension":
                    if (c.Enter())
                    {
                        while (c.NextChild())
                        {
                            if (c.Is(EppNamespaces.Epp) && r.LocalName == "extURI")
                            {
                                extensions.Add(c.ReadText());
                            }
                            else
                            {
                                c.SkipUnexpected("svcExtension");
                            }
                        }

                        c.Leave();
                    }

                    break;
                default:
                    c.SkipUnexpected("svcMenu");
                    break;
            }
        }

        c.Leave();
    }
}
