using System.Text;
using BenchmarkDotNet.Attributes;
using Rrp2Epp.Epp;
using Rrp2Epp.Epp.Commands;
using Rrp2Epp.Epp.Responses;

namespace Rrp2Epp.Benchmarks;

/// <summary>
/// The EPP codec's hot paths: writing a domain:check frame and reading the two answers the gateway
/// reads most (check and info). Run: <c>dotnet run -c Release -- --filter *EppCodec* --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class EppCodecBenchmarks
{
    private const string CheckResponse = """
        <?xml version="1.0" encoding="UTF-8" standalone="no"?>
        <epp xmlns="urn:ietf:params:xml:ns:epp-1.0">
          <response>
            <result code="1000">
              <msg>Command completed successfully</msg>
            </result>
            <resData>
              <domain:chkData xmlns:domain="urn:ietf:params:xml:ns:domain-1.0">
                <domain:cd>
                  <domain:name avail="0">example.com</domain:name>
                  <domain:reason>In use</domain:reason>
                </domain:cd>
                <domain:cd>
                  <domain:name avail="0">example.net</domain:name>
                  <domain:reason>In use</domain:reason>
                </domain:cd>
                <domain:cd>
                  <domain:name avail="1">example-free.com</domain:name>
                </domain:cd>
              </domain:chkData>
            </resData>
            <trID>
              <clTRID>RRPGW-0101</clTRID>
              <svTRID>SRV-200101</svTRID>
            </trID>
          </response>
        </epp>
        """;

    private const string InfoResponse = """
        <?xml version="1.0" encoding="UTF-8" standalone="no"?>
        <epp xmlns="urn:ietf:params:xml:ns:epp-1.0">
          <response>
            <result code="1000">
              <msg>Command completed successfully</msg>
            </result>
            <resData>
              <domain:infData xmlns:domain="urn:ietf:params:xml:ns:domain-1.0">
                <domain:name>example.com</domain:name>
                <domain:roid>D1234567-EXAMPLE</domain:roid>
                <domain:status s="clientTransferProhibited"/>
                <domain:status s="clientDeleteProhibited">Registrant lock</domain:status>
                <domain:ns>
                  <domain:hostObj>ns1.example.com</domain:hostObj>
                  <domain:hostObj>ns2.example.net</domain:hostObj>
                </domain:ns>
                <domain:host>ns1.example.com</domain:host>
                <domain:clID>RegistrarA</domain:clID>
                <domain:crID>RegistrarA</domain:crID>
                <domain:crDate>2019-05-02T14:10:00.0Z</domain:crDate>
                <domain:upID>RegistrarA</domain:upID>
                <domain:upDate>2024-11-20T08:00:00.0Z</domain:upDate>
                <domain:exDate>2026-05-02T14:10:00.0Z</domain:exDate>
                <domain:trDate>2021-01-15T10:00:00.0Z</domain:trDate>
                <domain:authInfo>
                  <domain:pw>Tr4nsfer-Key</domain:pw>
                </domain:authInfo>
              </domain:infData>
            </resData>
            <trID>
              <clTRID>RRPGW-0102</clTRID>
              <svTRID>SRV-200102</svTRID>
            </trID>
          </response>
        </epp>
        """;

    private static readonly DomainCheckCommand Check = new(["example.com", "example.net", "example-free.com"]);
    private readonly byte[] _checkResponse = Encoding.UTF8.GetBytes(CheckResponse);
    private readonly byte[] _infoResponse = Encoding.UTF8.GetBytes(InfoResponse);

    [Benchmark(Description = "write domain:check frame")]
    public int WriteDomainCheck()
    {
        using var frame = EppCommandWriter.Write(Check, "RRPGW-0101");
        return frame.Length;
    }

    [Benchmark(Description = "read domain:check response")]
    public EppMessage ReadDomainCheckResponse() => EppResponseReader.Read(_checkResponse);

    [Benchmark(Description = "read domain:info response")]
    public EppMessage ReadDomainInfoResponse() => EppResponseReader.Read(_infoResponse);

    [Benchmark(Description = "schema-validate domain:info response (reference)")]
    public bool ValidateDomainInfoResponse() => EppSchemaValidator.Validate(_infoResponse).IsValid;
}
