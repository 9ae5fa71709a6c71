using Rrp2Epp.TestKit.Epp;

namespace Rrp2Epp.Epp.Tests.Client;

/// <summary>Scripts for the scripted peer: the example answer for each command.</summary>
internal static class PeerScripts
{
    /// <summary>Answers every command with its example success response.</summary>
    public static EppPeerReply Registry(EppPeerRequest request) => request.Verb switch
    {
        "hello" => EppPeerReply.Verbatim(EppExamples.Read("session-greeting.xml")),
        "login" => EppPeerReply.Example("session-login.response-1000.xml"),
        "logout" => EppPeerReply.Example("session-logout.response-1500.xml", closeAfter: true),
        "poll" when request.Operation == "ack" => EppPeerReply.Example("poll-ack.response-1000.xml"),
        "poll" => EppPeerReply.Example("poll-req.response-1301-transfer.xml"),
        "transfer" => EppPeerReply.Example($"domain-transfer-{request.Operation}.response-{(request.Operation == "request" ? "1001" : "1000")}.xml"),
        _ when request.ObjectElement is { } element => EppPeerReply.Example(ExampleFor(request.Verb, element.NamespaceName, request.Xml)),
        _ => EppPeerReply.Example("session-response-2001-no-cltrid.xml"),
    };

    private static string ExampleFor(string verb, string ns, string xml)
    {
        var prefix = ns switch
        {
            EppNamespaces.Host => "host",
            EppNamespaces.Contact => "contact",
            _ => "domain",
        };
        if (prefix == "domain" && verb == "update" && xml.Contains("rgp-1.0", StringComparison.Ordinal))
        {
            return xml.Contains("op=\"report\"", StringComparison.Ordinal) ? "rgp-restore-report.response-1000.xml" : "rgp-restore-request.response-1000.xml";
        }

        return $"{prefix}-{verb}.response-1000.xml";
    }
}
