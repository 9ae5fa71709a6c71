using Rrp2Epp.Epp;
using Rrp2Epp.Epp.Client;
using Rrp2Epp.Epp.Responses;
using Rrp2Epp.Mapping.Plans;
using Rrp2Epp.TestKit.Mapping;
using X = Rrp2Epp.TestKit.Mapping.EppResponseXml;

namespace Rrp2Epp.Mapping.Tests.Support;

/// <summary>
/// Step results for tests: registry answers written by <see cref="EppResponseXml"/>, checked against the EPP schemas
/// and read with the real <see cref="EppResponseReader"/>, and the transport outcomes.
/// </summary>
internal static class R
{
    public const string Self = X.Self;
    public const string Other = X.Other;

    public static readonly DateTimeOffset Now = new(2025, 3, 14, 10, 0, 0, TimeSpan.Zero);

    /// <summary>A frame read as a registry answer; it must be schema-valid.</summary>
    public static EppAnswered Read(string xml)
    {
        var validation = EppSchemaValidator.Validate(xml);
        Assert.True(validation.IsValid, "test response is not schema-valid: " + string.Join("; ", validation.Errors) + "\n" + xml);
        var message = EppResponseReader.Read(xml);
        var response = Assert.IsType<EppResponse>(message);
        Assert.Empty(response.Anomalies);
        return new EppAnswered(response);
    }

    public static EppAnswered Code(int code, params EppValueXml[] values) => Read(X.Result(code, values));

    /// <summary>A frame that departs from the schema in a part the reader reads (§4 G11 b): read without validation, anomalies expected.</summary>
    public static EppAnswered ReadDeparting(string xml)
    {
        Assert.False(EppSchemaValidator.Validate(xml).IsValid);
        var response = Assert.IsType<EppResponse>(EppResponseReader.Read(xml));
        Assert.NotEmpty(response.Anomalies);
        return new EppAnswered(response);
    }

    public static EppValueXml Value(string prefix, string localName, string text, string? reason = null) => new(prefix, localName, text, reason);

    public static EppAnswered DomainInfo(string name, Func<DomainInfoXml, DomainInfoXml>? shape = null) =>
        Read(X.DomainInfo(shape is null ? new DomainInfoXml(name) : shape(new DomainInfoXml(name))));

    public static EppAnswered DomainInfo(string name, params string[] statuses) =>
        DomainInfo(name, d => d with { Statuses = statuses.Length == 0 ? ["ok"] : statuses });

    public static EppAnswered OtherDomain(string name, params string[] statuses) =>
        DomainInfo(name, d => d with { ClientId = Other, Statuses = statuses.Length == 0 ? ["ok"] : statuses });

    public static EppAnswered HostInfo(string name, Func<HostInfoXml, HostInfoXml>? shape = null) =>
        Read(X.HostInfo(shape is null ? new HostInfoXml(name) : shape(new HostInfoXml(name))));

    public static EppAnswered HostInfo(string name, params string[] statuses) =>
        HostInfo(name, h => h with { Statuses = statuses.Length == 0 ? ["ok"] : statuses });

    public static EppAnswered DomainCheck(string name, bool available) => Read(X.DomainCheck((name, available)));

    public static EppAnswered HostCheck(params (string Name, bool Available)[] names) => Read(X.HostCheck(names));

    public static EppAnswered Transfer(TransferXml data, int code = 1000) => Read(X.Transfer(data, code));

    public static EppNotSent NotSent(bool lasting = false) =>
        new(lasting ? EppTransportFailure.ServerCertificateRejected : EppTransportFailure.ConnectFailed, lasting);

    public static EppOutcomeUnknown Unknown(DateTimeOffset? sentAt = null) => new(EppTransportFailure.ResponseTimedOut, sentAt ?? Now);

    public static EppPathLost PathLost { get; } = new("re-login refused (2501)");
}
