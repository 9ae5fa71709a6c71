namespace Rrp2Epp.Rrp;

/// <summary>The names a request line can carry; options (with a leading '-') after <see cref="Period"/>.</summary>
internal enum RrpLineName : byte
{
    UnknownAttribute,
    EntityName,
    DomainName,
    NameServer,
    NewNameServer,
    IPAddress,
    Status,
    AuthInfo,

    UnknownOption,
    Period,
    CurrentExpirationYear,
    Id,
    Password,
    NewPassword,
    Target,
    Approve,
}

/// <summary>One <c>name:value</c> line of a request: the recognised name and where its value lies in the request bytes.</summary>
internal readonly record struct RrpLine(RrpLineName Name, int ValueStart, int ValueLength)
{
    public bool IsOption => Name >= RrpLineName.UnknownOption;

    public ReadOnlySpan<byte> Value(ReadOnlySpan<byte> request) => request.Slice(ValueStart, ValueLength);

    /// <summary>Recognises a name case-insensitively (RFC 2832 §7: string literals are case-insensitive).</summary>
    public static RrpLineName Recognise(ReadOnlySpan<byte> name)
    {
        if (name.Length > 1 && name[0] == '-')
        {
            var option = name[1..];
            return option.Length switch
            {
                2 when Is(option, "Id"u8) => RrpLineName.Id,
                6 when Is(option, "Period"u8) => RrpLineName.Period,
                6 when Is(option, "Target"u8) => RrpLineName.Target,
                7 when Is(option, "Approve"u8) => RrpLineName.Approve,
                8 when Is(option, "Password"u8) => RrpLineName.Password,
                11 when Is(option, "NewPassword"u8) => RrpLineName.NewPassword,
                21 when Is(option, "CurrentExpirationYear"u8) => RrpLineName.CurrentExpirationYear,
                _ => RrpLineName.UnknownOption,
            };
        }

        if (name.Length > 0 && name[0] == '-')
        {
            return RrpLineName.UnknownOption;
        }

        return name.Length switch
        {
            6 when Is(name, "Status"u8) => RrpLineName.Status,
            8 when Is(name, "AuthInfo"u8) => RrpLineName.AuthInfo,
            9 when Is(name, "IPAddress"u8) => RrpLineName.IPAddress,
            10 when Is(name, "EntityName"u8) => RrpLineName.EntityName,
            10 when Is(name, "DomainName"u8) => RrpLineName.DomainName,
            10 when Is(name, "NameServer"u8) => RrpLineName.NameServer,
            13 when Is(name, "NewNameServer"u8) => RrpLineName.NewNameServer,
            _ => RrpLineName.UnknownAttribute,
        };
    }

    private static bool Is(ReadOnlySpan<byte> text, ReadOnlySpan<byte> literal) => System.Text.Ascii.EqualsIgnoreCase(text, literal);
}
