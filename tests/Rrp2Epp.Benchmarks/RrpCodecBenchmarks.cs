using System.Buffers;
using BenchmarkDotNet.Attributes;
using Rrp2Epp.Rrp;

namespace Rrp2Epp.Benchmarks;

/// <summary>
/// The RRP codec's hot paths (BENCHMARKS.md, "RRP codec"): parsing a typical ADD domain request as the framer hands
/// it over (the lines before the '.'), and writing a typical STATUS domain response into a reused buffer.
/// Goal: each at most 1 µs and 512 B allocated.
/// </summary>
[MemoryDiagnoser]
public class RrpCodecBenchmarks
{
    private static readonly byte[] AddDomain =
        "add\r\nEntityName:Domain\r\nDomainName:EXAMPLE.COM\r\n-Period:2\r\nNameServer:NS1.EXAMPLE.NET\r\nNameServer:NS2.EXAMPLE.NET\r\n"u8.ToArray();

    private static readonly RrpResponse StatusDomain = new(RrpResponseCode.Success,
    [
        new(RrpAttributeNames.NameServer, "ns1.example.net"),
        new(RrpAttributeNames.NameServer, "ns2.example.net"),
        new(RrpAttributeNames.RegistrationExpirationDate, "2010-09-22 10:27:00.0"),
        new(RrpAttributeNames.Registrar, "registrarA"),
        new(RrpAttributeNames.RegistrarTransferDate, "1999-09-22 10:27:00.0"),
        new(RrpAttributeNames.Status, "ACTIVE"),
        new(RrpAttributeNames.CreatedDate, "1998-09-22 10:27:00.0"),
        new(RrpAttributeNames.CreatedBy, "registrarA"),
        new(RrpAttributeNames.UpdatedDate, "2002-09-22 10:27:00.0"),
        new(RrpAttributeNames.UpdatedBy, "registrarA"),
    ]);

    private readonly RrpParserOptions _options = RrpParserOptions.Default;
    private readonly ArrayBufferWriter<byte> _output = new(1024);

    [Benchmark]
    public RrpRequest? ParseAddDomain() => RrpRequestParser.Parse(AddDomain, _options).Request;

    [Benchmark]
    public int WriteStatusResponse()
    {
        _output.ResetWrittenCount();
        RrpResponseWriter.Write(StatusDomain, _output);
        return _output.WrittenCount;
    }
}
