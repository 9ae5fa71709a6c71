using System.Net;
using CsCheck;

namespace Rrp2Epp.Rrp.Tests;

/// <summary>CsCheck generators of valid requests and responses (values as the parser normalises them).</summary>
internal static class Generators
{
    private const string Alnum = "abcdefghijklmnopqrstuvwxyz0123456789";

    public static readonly Gen<string> Label =
        Gen.Select(Gen.Char[Alnum], Gen.Char[Alnum + "-"].Array[0, 12], Gen.Char[Alnum], Gen.Bool)
            .Select((first, middle, last, single) => single ? first.ToString() : first + new string(middle) + last);

    public static readonly Gen<string> DomainName = Gen.Select(Label, Label).Select((a, b) => $"{a}.{b}");

    public static readonly Gen<string> HostName = Gen.Select(Label.Array[1, 3], DomainName).Select((labels, domain) => string.Join('.', labels) + "." + domain);

    public static readonly Gen<IPAddress> IPv4 = Gen.Byte.Array[4].Select(b => new IPAddress(b));

    // Half the groups zero, so the "::" compression is exercised in all positions.
    public static readonly Gen<IPAddress> IPv6 = Gen.Select(Gen.Bool, Gen.UShort).Array[8]
        .Select(groups => new IPAddress(groups.SelectMany(g => g.Item1 ? new byte[2] : [(byte)(g.Item2 >> 8), (byte)g.Item2]).ToArray()));

    public static readonly Gen<IPAddress> Address = Gen.Frequency((3, IPv4), (1, IPv6));

    public static readonly Gen<int?> Period = Gen.Int[1, 99].Nullable();

    public static readonly Gen<string> RegistrarId =
        Gen.Select(Gen.Char[Alnum + "ABCXYZ"], Gen.Char[Alnum + "ABCXYZ_-"].Array[0, 30]).Select((first, rest) => first + new string(rest));

    public static readonly Gen<string> Password = Gen.Char[' ', '~'].Array[4, 16].Select(c => new string(c));

    public static readonly Gen<string> AuthInfo = Gen.Char['!', '~'].Array[6, 64].Select(c => new string(c));

    public static readonly Gen<RrpStatus> Status = Gen.Enum<RrpStatus>();

    public static readonly Gen<RrpRequest> Request = Gen.OneOf<RrpRequest>(
        Gen.Select(DomainName, Period, HostName.ArrayUnique[0, 13]).Select(RrpRequest (d, p, ns) => new AddDomainRequest(d, p, ns)),
        Gen.Select(HostName, Address.ArrayUnique[0, 13]).Select(RrpRequest (h, a) => new AddNameServerRequest(h, a)),
        DomainName.Select(RrpRequest (d) => new CheckDomainRequest(d)),
        HostName.Select(RrpRequest (h) => new CheckNameServerRequest(h)),
        DomainName.Select(RrpRequest (d) => new DelDomainRequest(d)),
        HostName.Select(RrpRequest (h) => new DelNameServerRequest(h)),
        Gen.Bool.Select(RrpRequest (t) => new DescribeRequest(t ? "Protocol" : null)),
        Gen.Select(DomainName, Edits(HostName, 16), Edits(Status, 10)).Select(RrpRequest (d, ns, s) => new ModDomainRequest(d, ns, s)),
        Gen.Select(HostName, HostName.Null(), Edits(Address, 16)).Select(RrpRequest (h, n, a) => new ModNameServerRequest(h, n, a)),
        Gen.Const<RrpRequest>(QuitRequest.Instance),
        Gen.Select(DomainName, Gen.Int[1, 99], Gen.Int[0, 9999], Gen.Bool).Select(RrpRequest (d, p, y, both) => both ? new RenewRequest(d, p, y) : new RenewRequest(d, null, null)),
        Gen.Select(RegistrarId, Password, Password.Null()).Select(RrpRequest (i, p, n) => new SessionRequest(i, p, n)),
        DomainName.Select(RrpRequest (d) => new StatusDomainRequest(d)),
        HostName.Select(RrpRequest (h) => new StatusNameServerRequest(h)),
        Gen.Select(DomainName, Gen.Bool.Nullable(), AuthInfo.Null()).Select(RrpRequest (d, a, i) => new TransferRequest(d, a, i)),
        DomainName.Select(RrpRequest (d) => new RestoreRequest(d)));

    public static readonly Gen<RrpAttribute> Attribute = Gen.Select(
            Gen.Char[' ', '~'].Array[1, 30].Select(c => new string(c).Replace(':', '_')),
            Gen.Char[' ', '~'].Array[0, 60].Select(c => new string(c)))
        .Select((n, v) => new RrpAttribute(n, v));

    public static readonly Gen<RrpResponse> Response = Gen.Select(
            Gen.OneOf<RrpResponseCode>([.. RrpResponseCodes.All]),
            Attribute.Array[0, 20],
            Gen.Char['!', '~'].Select(Gen.Char[' ', '~'].Array[0, 40], (first, rest) => first + new string(rest)))
        .Select((code, attributes, reason) => new RrpResponse(code, attributes, code == RrpResponseCode.ServerClosingConnection ? reason : null));

    /// <summary>Edits whose added values are distinct and whose removed values are distinct (at most 13 each).</summary>
    private static Gen<RrpEdit<T>[]> Edits<T>(Gen<T> values, int poolSize) =>
        Gen.Select(values.ArrayUnique[0, poolSize], Gen.Enum<RrpEditKind>().Array[8]).Select((pool, kinds) =>
        {
            var edits = new List<RrpEdit<T>>();
            for (var i = 0; i + 1 < pool.Length; i += 2)
            {
                edits.Add(kinds[i / 2] switch
                {
                    RrpEditKind.Add => RrpEdit.Add(pool[i]),
                    RrpEditKind.Remove => RrpEdit.Remove(pool[i]),
                    _ => RrpEdit.Replace(pool[i], pool[i + 1]),
                });
            }

            return edits.ToArray();
        });
}
