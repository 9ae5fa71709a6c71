namespace Rrp2Epp.Rrp;

/// <summary>
/// The shape checks of reference §5.3, items 4-9, in that order: entity (508, 502), unknown attribute (503, or the
/// command's substitute), unknown option (501, or the substitute), repeated single-valued line (507), missing
/// attribute (504), missing option (509). Value checks (505, 541, 510, 506) follow in the builder.
/// </summary>
public static partial class RrpRequestParser
{
    private const int NameCount = (int)RrpLineName.Approve + 1;

    private static RrpParseResult CheckStructure(RrpCommand command, ReadOnlySpan<byte> request, ReadOnlySpan<RrpLine> lines, RrpParserOptions options)
    {
        Span<byte> counts = stackalloc byte[NameCount];
        counts.Clear();
        foreach (var line in lines)
        {
            if (counts[(int)line.Name] < byte.MaxValue)
            {
                counts[(int)line.Name]++;
            }
        }

        RrpEntity? entity = null;
        if (NeedsEntity(command))
        {
            if (counts[(int)RrpLineName.EntityName] == 0)
            {
                return RrpParseResult.Failure(command, RrpResponseCode.MissingRequiredEntity, "no EntityName line");
            }

            foreach (var line in lines)
            {
                if (line.Name != RrpLineName.EntityName)
                {
                    continue;
                }

                var value = line.Value(request);
                RrpEntity? named = System.Text.Ascii.EqualsIgnoreCase(value, "Domain"u8) ? RrpEntity.Domain
                    : System.Text.Ascii.EqualsIgnoreCase(value, "NameServer"u8) ? RrpEntity.NameServer
                    : null;
                if (named is null)
                {
                    return RrpParseResult.Failure(command, RrpResponseCode.InvalidEntityValue, "EntityName is neither Domain nor NameServer");
                }

                if (named == RrpEntity.NameServer && IsDomainOnly(command))
                {
                    return RrpParseResult.Failure(command, RrpResponseCode.InvalidEntityValue, "EntityName:NameServer is not valid for this command");
                }

                entity ??= named;
            }
        }

        foreach (var line in lines)
        {
            if (!line.IsOption && !IsAttributeAllowed(command, entity, line.Name, options))
            {
                return RrpParseResult.Failure(command, UnknownAttributeCode(command), line.Name == RrpLineName.UnknownAttribute
                    ? "unknown attribute name"
                    : $"attribute {line.Name} is not valid here");
            }
        }

        foreach (var line in lines)
        {
            if (line.IsOption && !IsOptionAllowed(command, entity, line.Name))
            {
                return RrpParseResult.Failure(command, UnknownOptionCode(command), line.Name == RrpLineName.UnknownOption
                    ? "unknown option name"
                    : $"option -{line.Name} is not valid here");
            }
        }

        for (var name = 0; name < NameCount; name++)
        {
            if (counts[name] > 1 && !IsMultiValued(command, entity, (RrpLineName)name))
            {
                return RrpParseResult.Failure(command, RrpResponseCode.InvalidCommandFormat, $"{(RrpLineName)name} given more than once");
            }
        }

        if (entity == RrpEntity.Domain && counts[(int)RrpLineName.DomainName] == 0)
        {
            return RrpParseResult.Failure(command, RrpResponseCode.MissingRequiredAttribute, "no DomainName line");
        }

        if (entity == RrpEntity.NameServer && counts[(int)RrpLineName.NameServer] == 0)
        {
            return RrpParseResult.Failure(command, RrpResponseCode.MissingRequiredAttribute, "no NameServer line");
        }

        if (command == RrpCommand.Renew && (counts[(int)RrpLineName.Period] == 0) != (counts[(int)RrpLineName.CurrentExpirationYear] == 0))
        {
            // RFC 2832 §4.3.7: both or neither; reference §4.7 [Rec] answers 504 for one alone.
            return RrpParseResult.Failure(command, RrpResponseCode.MissingRequiredAttribute, "-Period and -CurrentExpirationYear go together");
        }

        if (command == RrpCommand.Session && (counts[(int)RrpLineName.Id] == 0 || counts[(int)RrpLineName.Password] == 0))
        {
            return RrpParseResult.Failure(command, RrpResponseCode.MissingCommandOption, counts[(int)RrpLineName.Id] == 0 ? "no -Id option" : "no -Password option");
        }

        return Build(command, entity, request, lines, counts, options);
    }

    private static bool NeedsEntity(RrpCommand command) =>
        command is not (RrpCommand.Describe or RrpCommand.Quit or RrpCommand.Session);

    private static bool IsDomainOnly(RrpCommand command) =>
        command is RrpCommand.Renew or RrpCommand.Transfer or RrpCommand.Restore;

    private static bool IsAttributeAllowed(RrpCommand command, RrpEntity? entity, RrpLineName name, RrpParserOptions options) =>
        (command, entity, name) switch
        {
            (_, not null, RrpLineName.EntityName) => true,
            (_, RrpEntity.Domain, RrpLineName.DomainName) => true,
            (_, RrpEntity.NameServer, RrpLineName.NameServer) => true,
            (RrpCommand.Add or RrpCommand.Mod, RrpEntity.Domain, RrpLineName.NameServer) => true,
            (RrpCommand.Mod, RrpEntity.Domain, RrpLineName.Status) => true,
            (RrpCommand.Add or RrpCommand.Mod, RrpEntity.NameServer, RrpLineName.IPAddress) => true,
            (RrpCommand.Mod, RrpEntity.NameServer, RrpLineName.NewNameServer) => true,
            (RrpCommand.Transfer, RrpEntity.Domain, RrpLineName.AuthInfo) => options.AcceptAuthInfo,
            _ => false,
        };

    private static bool IsOptionAllowed(RrpCommand command, RrpEntity? entity, RrpLineName name) =>
        (command, name) switch
        {
            (RrpCommand.Add, RrpLineName.Period) => entity == RrpEntity.Domain,
            (RrpCommand.Renew, RrpLineName.Period or RrpLineName.CurrentExpirationYear) => true,
            (RrpCommand.Session, RrpLineName.Id or RrpLineName.Password or RrpLineName.NewPassword) => true,
            (RrpCommand.Describe, RrpLineName.Target) => true,
            (RrpCommand.Transfer, RrpLineName.Approve) => true,
            _ => false,
        };

    private static bool IsMultiValued(RrpCommand command, RrpEntity? entity, RrpLineName name) =>
        (command, entity, name) switch
        {
            (RrpCommand.Add or RrpCommand.Mod, RrpEntity.Domain, RrpLineName.NameServer) => true,
            (RrpCommand.Mod, RrpEntity.Domain, RrpLineName.Status) => true,
            (RrpCommand.Add or RrpCommand.Mod, RrpEntity.NameServer, RrpLineName.IPAddress) => true,
            _ => false,
        };

    // Reference §5.3's notes: 503 where the command lists it; DESCRIBE and SESSION list only 501; QUIT lists neither.
    private static RrpResponseCode UnknownAttributeCode(RrpCommand command) => command switch
    {
        RrpCommand.Describe or RrpCommand.Session => RrpResponseCode.InvalidCommandOption,
        RrpCommand.Quit => RrpResponseCode.InvalidCommandFormat,
        _ => RrpResponseCode.InvalidAttributeName,
    };

    // 501 only where §5.2 lists it (DESCRIBE, SESSION, STATUS, TRANSFER); 503 elsewhere; 507 for QUIT.
    private static RrpResponseCode UnknownOptionCode(RrpCommand command) => command switch
    {
        RrpCommand.Describe or RrpCommand.Session or RrpCommand.Status or RrpCommand.Transfer => RrpResponseCode.InvalidCommandOption,
        RrpCommand.Quit => RrpResponseCode.InvalidCommandFormat,
        _ => RrpResponseCode.InvalidAttributeName,
    };
}
