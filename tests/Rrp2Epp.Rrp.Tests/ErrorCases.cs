namespace Rrp2Epp.Rrp.Tests;

/// <summary>One malformed request and the code reference §5.3's order must give it.</summary>
/// <param name="Name">Unique case name.</param>
/// <param name="Version">"1.1.0" or "2.0.0".</param>
/// <param name="Code">The expected code.</param>
/// <param name="Command">The command the parser must still report (null for 500 and early 507).</param>
/// <param name="Lines">The request lines, before the terminating dot.</param>
public sealed record ErrorCase(string Name, string Version, int Code, RrpCommand? Command, string[] Lines)
{
    public RrpParserOptions Options => Version == "1.1.0" ? Wire.V1 : Wire.V2;

    public override string ToString() => Name;
}

/// <summary>Malformed requests for every error code the codec produces, on every command, in both versions.</summary>
internal static class ErrorCases
{
    private const string V1 = "1.1.0";
    private const string V2 = "2.0.0";

    public static readonly IReadOnlyList<ErrorCase> All = Build();

    public static ErrorCase Named(string name) => All.Single(c => c.Name == name);

    private static List<ErrorCase> Build()
    {
        var cases = new List<ErrorCase>();

        void Add(string name, string version, int code, RrpCommand? command, params string[] lines) =>
            cases.Add(new ErrorCase(name, version, code, command, lines));

        void Both(string name, int code, RrpCommand? command, params string[] lines)
        {
            Add(name + "/1.1.0", V1, code, command, lines);
            Add(name + "/2.0.0", V2, code, command, lines);
        }

        // 507 before anything else (reference §5.3 item 1): garbled lines and empty requests.
        Both("empty-request", 507, null);
        Both("only-blank-lines", 507, null, "", "   ", "");
        Both("tab-in-command", 507, null, "add\t");
        Both("8-bit-byte", 507, RrpCommand.Add, "add", "EntityName:Domain", "DomainName:exämple.com");
        Both("control-byte", 507, RrpCommand.Check, "check", "EntityName:Domain", "DomainName:exa\u0001mple.com");
        Both("bare-cr-inside-line", 507, RrpCommand.Check, "check", "EntityName:Domain\rDomainName:example.com");
        Both("line-without-colon", 507, RrpCommand.Check, "check", "EntityName Domain", "DomainName:example.com");
        Both("line-with-empty-name", 507, RrpCommand.Del, "del", ":Domain", "DomainName:example.com");
        Both("garbled-beats-unknown-command", 507, null, "frobnicate", "\u00ff");
        Add("garbled-beats-unknown-attribute", V2, 507, RrpCommand.Add, "add", "Bogus:1", "EntityName Domain");

        // 500: unknown command word (and RESTORE when not accepted is covered in ParserTests).
        Both("unknown-command", 500, null, "register", "EntityName:Domain", "DomainName:example.com");
        Both("command-with-leading-space", 500, null, " add", "EntityName:Domain", "DomainName:example.com");
        Both("attribute-as-command", 500, null, "EntityName:Domain", "DomainName:example.com");
        Both("command-with-colon", 500, null, "add:", "EntityName:Domain", "DomainName:example.com");

        // 508: entity block missing.
        foreach (var word in new[] { "add", "check", "del", "mod", "renew", "status", "transfer", "restore" })
        {
            var command = Parse(word);
            Both($"{word}-without-entity", 508, command, word, "DomainName:example.com");
            Both($"{word}-bad-entity", 502, command, word, "EntityName:Registrar", "DomainName:example.com");
            Both($"{word}-entity-with-leading-space", 502, command, word, "EntityName: Domain", "DomainName:example.com");
            Both($"{word}-entity-twice", 507, command, word, "EntityName:Domain", "EntityName:Domain", "DomainName:example.com");
            Both($"{word}-unknown-attribute", 503, command, word, "EntityName:Domain", "DomainName:example.com", "Registrant:someone");
            Both($"{word}-missing-domain-name", 504, command, word, "EntityName:Domain");
            Both($"{word}-domain-name-twice", 507, command, word, "EntityName:Domain", "DomainName:example.com", "DomainName:example.net");
            Both($"{word}-empty-domain-name", 505, command, word, "EntityName:Domain", "DomainName:");
            Both($"{word}-long-domain-name", 505, command, word, "EntityName:Domain", "DomainName:" + new string('a', 125) + ".com");
            Both($"{word}-three-label-domain", 541, command, word, "EntityName:Domain", "DomainName:www.example.com");
            Both($"{word}-one-label-domain", 541, command, word, "EntityName:Domain", "DomainName:example");
            Both($"{word}-underscore-domain", 541, command, word, "EntityName:Domain", "DomainName:ex_ample.com");
            Both($"{word}-hyphen-edge-domain", 541, command, word, "EntityName:Domain", "DomainName:-example.com");
            Both($"{word}-trailing-dot-domain", 541, command, word, "EntityName:Domain", "DomainName:example.com.");
            Both($"{word}-64-char-label", 541, command, word, "EntityName:Domain", "DomainName:" + new string('a', 64) + ".com");
            var unknownOption = word is "transfer" or "status" ? 501 : 503;
            Both($"{word}-unknown-option", unknownOption, command, word, "EntityName:Domain", "DomainName:example.com", "-Bogus:1");
            Both($"{word}-bare-dash-option", unknownOption, command, word, "EntityName:Domain", "DomainName:example.com", "-:1");
        }

        foreach (var word in new[] { "renew", "transfer", "restore" })
        {
            Both($"{word}-name-server-entity", 502, Parse(word), word, "EntityName:NameServer", "NameServer:ns1.example.com");
        }

        foreach (var word in new[] { "add", "check", "del", "mod", "status" })
        {
            var command = Parse(word);
            Both($"{word}-ns-missing-name", 504, command, word, "EntityName:NameServer");
            Both($"{word}-ns-domain-name-attribute", 503, command, word, "EntityName:NameServer", "NameServer:ns1.example.com", "DomainName:example.com");
            Both($"{word}-ns-one-label", 541, command, word, "EntityName:NameServer", "NameServer:localhost");
            Both($"{word}-ns-name-twice", 507, command, word, "EntityName:NameServer", "NameServer:ns1.example.com", "NameServer:ns2.example.com");
        }

        // Attributes valid elsewhere are unknown here (503).
        Both("check-domain-with-name-server", 503, RrpCommand.Check, "check", "EntityName:Domain", "DomainName:example.com", "NameServer:ns1.example.com");
        Both("add-domain-with-ip", 503, RrpCommand.Add, "add", "EntityName:Domain", "DomainName:example.com", "IPAddress:192.0.2.1");
        Both("add-domain-with-status", 503, RrpCommand.Add, "add", "EntityName:Domain", "DomainName:example.com", "Status:ACTIVE");
        Both("add-ns-with-new-name", 503, RrpCommand.Add, "add", "EntityName:NameServer", "NameServer:ns1.example.com", "NewNameServer:ns2.example.com");
        Both("transfer-authinfo-not-enabled", 503, RrpCommand.Transfer, "transfer", "EntityName:Domain", "DomainName:example.com", "AuthInfo:secret-123");
        Both("status-with-period", 501, RrpCommand.Status, "status", "EntityName:Domain", "DomainName:example.com", "-Period:1");
        Both("check-with-period", 503, RrpCommand.Check, "check", "EntityName:Domain", "DomainName:example.com", "-Period:1");
        Both("add-ns-with-period", 503, RrpCommand.Add, "add", "EntityName:NameServer", "NameServer:ns1.example.com", "-Period:1");
        Both("renew-with-approve", 503, RrpCommand.Renew, "renew", "EntityName:Domain", "DomainName:example.com", "-Approve:Yes");
        Both("unknown-attribute-beats-unknown-option", 503, RrpCommand.Transfer, "transfer", "-Bogus:1", "EntityName:Domain", "DomainName:example.com", "Bogus:1");
        Both("unknown-attribute-beats-missing", 503, RrpCommand.Add, "add", "EntityName:Domain", "Bogus:1");
        Both("entity-beats-unknown-attribute", 508, RrpCommand.Del, "del", "Bogus:1", "DomainName:example.com");

        // ADD specifics.
        Both("add-period-not-numeric", 505, RrpCommand.Add, "add", "EntityName:Domain", "DomainName:example.com", "-Period:five");
        Both("add-period-empty", 505, RrpCommand.Add, "add", "EntityName:Domain", "DomainName:example.com", "-Period:");
        Both("add-period-zero", 541, RrpCommand.Add, "add", "EntityName:Domain", "DomainName:example.com", "-Period:0");
        Both("add-period-100", 541, RrpCommand.Add, "add", "EntityName:Domain", "DomainName:example.com", "-Period:100");
        Both("add-period-leading-zero", 541, RrpCommand.Add, "add", "EntityName:Domain", "DomainName:example.com", "-Period:05");
        Both("add-period-twice", 507, RrpCommand.Add, "add", "EntityName:Domain", "DomainName:example.com", "-Period:1", "-Period:2");
        Both("add-bad-name-server", 541, RrpCommand.Add, "add", "EntityName:Domain", "DomainName:example.com", "NameServer:ns1");
        Both("add-syntax-beats-invalid", 505, RrpCommand.Add, "add", "EntityName:Domain", "DomainName:www.example.com", "-Period:x");
        Both("add-14-name-servers", 541, RrpCommand.Add, ["add", "EntityName:Domain", "DomainName:example.com", .. Enumerable.Range(1, 14).Select(i => $"NameServer:ns{i}.example.com")]);
        Both("add-duplicate-name-server", 540, RrpCommand.Add, "add", "EntityName:Domain", "DomainName:example.com", "NameServer:ns1.example.com", "NameServer:NS1.EXAMPLE.COM");
        Both("add-ns-bad-ip", 505, RrpCommand.Add, "add", "EntityName:NameServer", "NameServer:ns1.example.com", "IPAddress:192.0.2");
        Both("add-ns-ip-letters", 505, RrpCommand.Add, "add", "EntityName:NameServer", "NameServer:ns1.example.com", "IPAddress:a.b.c.d");
        Both("add-ns-ip-octet-over-255", 541, RrpCommand.Add, "add", "EntityName:NameServer", "NameServer:ns1.example.com", "IPAddress:192.0.2.256");
        Both("add-ns-ip-leading-zero", 541, RrpCommand.Add, "add", "EntityName:NameServer", "NameServer:ns1.example.com", "IPAddress:192.0.2.01");
        Add("add-ns-ipv6-on-1.1.0", V1, 505, RrpCommand.Add, "add", "EntityName:NameServer", "NameServer:ns1.example.com", "IPAddress:2001:db8::1");
        Add("add-ns-ipv6-embedded-ipv4", V2, 505, RrpCommand.Add, "add", "EntityName:NameServer", "NameServer:ns1.example.com", "IPAddress:::ffff:192.0.2.1");
        Add("add-ns-ipv6-two-gaps", V2, 505, RrpCommand.Add, "add", "EntityName:NameServer", "NameServer:ns1.example.com", "IPAddress:1::2::3");
        Add("add-ns-ipv6-nine-groups", V2, 505, RrpCommand.Add, "add", "EntityName:NameServer", "NameServer:ns1.example.com", "IPAddress:1:2:3:4:5:6:7:8:9");
        Add("add-ns-ipv6-gap-too-full", V2, 505, RrpCommand.Add, "add", "EntityName:NameServer", "NameServer:ns1.example.com", "IPAddress:1:2:3:4::5:6:7:8");
        Add("add-ns-ipv6-five-hex", V2, 505, RrpCommand.Add, "add", "EntityName:NameServer", "NameServer:ns1.example.com", "IPAddress:12345::1");
        Add("add-ns-ipv6-zone", V2, 505, RrpCommand.Add, "add", "EntityName:NameServer", "NameServer:ns1.example.com", "IPAddress:fe80::1%eth0");
        Both("add-ns-14-ips", 541, RrpCommand.Add, ["add", "EntityName:NameServer", "NameServer:ns1.example.com", .. Enumerable.Range(1, 14).Select(i => $"IPAddress:192.0.2.{i}")]);
        Both("add-ns-duplicate-ip", 540, RrpCommand.Add, "add", "EntityName:NameServer", "NameServer:ns1.example.com", "IPAddress:192.0.2.1", "IPAddress:192.0.2.1");
        Add("add-ns-duplicate-ipv6-spelled-differently", V2, 540, RrpCommand.Add, "add", "EntityName:NameServer", "NameServer:ns1.example.com", "IPAddress:2001:db8::1", "IPAddress:2001:0DB8:0:0:0:0:0:1");

        // 510: ACE checks on registration and rename, 2.0.0 only (on 1.1.0 the same names are accepted).
        Add("add-domain-bad-ace", V2, 510, RrpCommand.Add, "add", "EntityName:Domain", "DomainName:xn--zz.com");
        Add("add-domain-empty-ace", V2, 510, RrpCommand.Add, "add", "EntityName:Domain", "DomainName:xn--a.com");
        Add("add-domain-emoji-ace", V2, 510, RrpCommand.Add, "add", "EntityName:Domain", "DomainName:xn--ls8h.com");
        Add("add-ns-bad-ace", V2, 510, RrpCommand.Add, "add", "EntityName:NameServer", "NameServer:ns1.xn--zz.com");
        Add("mod-ns-new-name-bad-ace", V2, 510, RrpCommand.Mod, "mod", "EntityName:NameServer", "NameServer:ns1.example.com", "NewNameServer:xn--0.example.com");
        Add("invalid-beats-encoding", V2, 541, RrpCommand.Add, "add", "EntityName:Domain", "DomainName:xn--zz.com", "-Period:0");

        // MOD specifics.
        Both("mod-misplaced-equals", 505, RrpCommand.Mod, "mod", "EntityName:Domain", "DomainName:example.com", "NameServer:=ns1.example.com");
        Both("mod-two-equals", 505, RrpCommand.Mod, "mod", "EntityName:Domain", "DomainName:example.com", "NameServer:a.com=b.com=c.com");
        Both("mod-bad-status", 541, RrpCommand.Mod, "mod", "EntityName:Domain", "DomainName:example.com", "Status:FROZEN");
        Both("mod-empty-status", 505, RrpCommand.Mod, "mod", "EntityName:Domain", "DomainName:example.com", "Status:");
        Both("mod-bad-replacement-ns", 541, RrpCommand.Mod, "mod", "EntityName:Domain", "DomainName:example.com", "NameServer:ns1.example.com=ns2");
        Both("mod-ns-add-twice", 540, RrpCommand.Mod, "mod", "EntityName:Domain", "DomainName:example.com", "NameServer:ns1.example.com", "NameServer:a.com=NS1.example.com");
        Both("mod-ns-remove-twice", 542, RrpCommand.Mod, "mod", "EntityName:Domain", "DomainName:example.com", "NameServer:ns1.example.com=", "NameServer:ns1.example.com=ns2.example.com");
        Both("mod-status-add-twice", 540, RrpCommand.Mod, "mod", "EntityName:Domain", "DomainName:example.com", "Status:REGISTRAR-LOCK", "Status:registrar-lock");
        Both("mod-14-ns-adds", 541, RrpCommand.Mod, ["mod", "EntityName:Domain", "DomainName:example.com", .. Enumerable.Range(1, 14).Select(i => $"NameServer:ns{i}.example.com")]);
        Both("mod-new-name-twice", 507, RrpCommand.Mod, "mod", "EntityName:NameServer", "NameServer:ns1.example.com", "NewNameServer:a.example.com", "NewNameServer:b.example.com");
        Both("mod-ns-bad-ip-edit", 505, RrpCommand.Mod, "mod", "EntityName:NameServer", "NameServer:ns1.example.com", "IPAddress:192.0.2.1=1.2.3");
        Both("mod-ns-bad-octet-edit", 541, RrpCommand.Mod, "mod", "EntityName:NameServer", "NameServer:ns1.example.com", "IPAddress:999.0.2.1=");
        Both("mod-ns-ip-remove-twice", 542, RrpCommand.Mod, "mod", "EntityName:NameServer", "NameServer:ns1.example.com", "IPAddress:192.0.2.1=", "IPAddress:192.0.2.1=");
        Both("mod-ns-bad-new-name", 541, RrpCommand.Mod, "mod", "EntityName:NameServer", "NameServer:ns1.example.com", "NewNameServer:ns2");
        Both("mod-domain-status-on-ns", 503, RrpCommand.Mod, "mod", "EntityName:NameServer", "NameServer:ns1.example.com", "Status:ACTIVE");

        // RENEW specifics.
        Both("renew-period-only", 504, RrpCommand.Renew, "renew", "EntityName:Domain", "DomainName:example.com", "-Period:1");
        Both("renew-year-only", 504, RrpCommand.Renew, "renew", "EntityName:Domain", "DomainName:example.com", "-CurrentExpirationYear:2001");
        Both("renew-year-two-digits", 505, RrpCommand.Renew, "renew", "EntityName:Domain", "DomainName:example.com", "-Period:1", "-CurrentExpirationYear:01");
        Both("renew-year-letters", 505, RrpCommand.Renew, "renew", "EntityName:Domain", "DomainName:example.com", "-Period:1", "-CurrentExpirationYear:two");
        Both("renew-period-letters", 505, RrpCommand.Renew, "renew", "EntityName:Domain", "DomainName:example.com", "-Period:x", "-CurrentExpirationYear:2001");
        Both("renew-period-out-of-range", 541, RrpCommand.Renew, "renew", "EntityName:Domain", "DomainName:example.com", "-Period:0", "-CurrentExpirationYear:2001");
        Both("renew-year-twice", 507, RrpCommand.Renew, "renew", "EntityName:Domain", "DomainName:example.com", "-Period:1", "-CurrentExpirationYear:2001", "-CurrentExpirationYear:2002");

        // SESSION: no entity block, options only; 501/506/509 (reference §5.3 notes).
        Both("session-missing-id", 509, RrpCommand.Session, "session", "-Password:secret");
        Both("session-missing-password", 509, RrpCommand.Session, "session", "-Id:registrarA");
        Both("session-nothing", 509, RrpCommand.Session, "session");
        Both("session-unknown-option", 501, RrpCommand.Session, "session", "-Id:registrarA", "-Password:secret", "-Lang:en");
        Both("session-attribute", 501, RrpCommand.Session, "session", "-Id:registrarA", "-Password:secret", "EntityName:Domain");
        Both("session-short-password", 506, RrpCommand.Session, "session", "-Id:registrarA", "-Password:abc");
        Both("session-long-password", 506, RrpCommand.Session, "session", "-Id:registrarA", "-Password:12345678901234567");
        Both("session-short-new-password", 506, RrpCommand.Session, "session", "-Id:registrarA", "-Password:secret", "-NewPassword:ab");
        Both("session-bad-id", 506, RrpCommand.Session, "session", "-Id:_registrar", "-Password:secret");
        Both("session-id-with-space", 506, RrpCommand.Session, "session", "-Id:registrar A", "-Password:secret");
        Both("session-id-too-long", 506, RrpCommand.Session, "session", "-Id:" + new string('r', 129), "-Password:secret");
        Both("session-id-twice", 507, RrpCommand.Session, "session", "-Id:registrarA", "-Id:registrarB", "-Password:secret");
        Both("session-unknown-beats-missing", 501, RrpCommand.Session, "session", "-Bogus:1");

        // DESCRIBE: 501 for unknown lines, 506 for a bad target.
        Both("describe-bad-target", 506, RrpCommand.Describe, "describe", "-Target:Everything");
        Both("describe-unknown-option", 501, RrpCommand.Describe, "describe", "-Verbose:Yes");
        Both("describe-attribute", 501, RrpCommand.Describe, "describe", "EntityName:Domain");
        Both("describe-target-twice", 507, RrpCommand.Describe, "describe", "-Target:Protocol", "-Target:Protocol");

        // QUIT: lists neither 501 nor 503, so anything extra is 507.
        Both("quit-with-option", 507, RrpCommand.Quit, "quit", "-Now:Yes");
        Both("quit-with-attribute", 507, RrpCommand.Quit, "quit", "EntityName:Domain");

        // TRANSFER: -Approve values are option values (506).
        Both("transfer-bad-approve", 506, RrpCommand.Transfer, "transfer", "-Approve:Maybe", "EntityName:Domain", "DomainName:example.com");
        Both("transfer-approve-twice", 507, RrpCommand.Transfer, "transfer", "-Approve:Yes", "-Approve:No", "EntityName:Domain", "DomainName:example.com");
        Both("transfer-syntax-beats-option-value", 505, RrpCommand.Transfer, "transfer", "-Approve:Maybe", "EntityName:Domain", "DomainName:");
        Both("transfer-invalid-name-beats-option-value", 541, RrpCommand.Transfer, "transfer", "-Approve:Maybe", "EntityName:Domain", "DomainName:a.b.c");
        return cases;
    }

    private static RrpCommand Parse(string word) =>
        RrpCommands.TryParse(word, out var command) ? command : throw new ArgumentException(word);
}
