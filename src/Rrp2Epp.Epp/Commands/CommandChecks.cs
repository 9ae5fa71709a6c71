namespace Rrp2Epp.Epp.Commands;

/// <summary>
/// Up-front checks that catch the mistakes a caller can make before the registry sees them.
/// Messages name the field, never its value (the value may be a secret).
/// </summary>
internal static class CommandChecks
{
    public static void Label(List<string> errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add($"{field} is required");
        }
        else if (value.Length > 255)
        {
            errors.Add($"{field} is longer than 255 characters");
        }
    }

    public static void Labels(List<string> errors, string field, IReadOnlyList<string>? values)
    {
        if (values is null || values.Count == 0)
        {
            errors.Add($"{field} needs at least one entry");
            return;
        }

        for (var i = 0; i < values.Count; i++)
        {
            Label(errors, $"{field}[{i}]", values[i]);
        }
    }

    /// <summary>eppcom:clIDType: 3 to 16 characters (client and contact identifiers).</summary>
    public static void ClientId(List<string> errors, string field, string? value)
    {
        if (value is null || value.Trim().Length is < 3 or > 16)
        {
            errors.Add($"{field} must be 3 to 16 characters");
        }
    }

    public static void Period(List<string> errors, string field, EppPeriod? period)
    {
        if (period is { Value: < 1 or > 99 })
        {
            errors.Add($"{field} must be 1 to 99 units");
        }
    }

    public static void Secret(List<string> errors, string field, EppSecret? secret, bool required)
    {
        if (secret is null && required)
        {
            errors.Add($"{field} is required");
        }
    }

    public static void Addresses(List<string> errors, string field, IReadOnlyList<HostAddress>? addresses)
    {
        if (addresses is null)
        {
            errors.Add($"{field} must not be null (use an empty list)");
            return;
        }

        for (var i = 0; i < addresses.Count; i++)
        {
            var a = addresses[i];
            if (a is null || string.IsNullOrWhiteSpace(a.Address) || a.Address.Length is < 3 or > 45)
            {
                errors.Add($"{field}[{i}] must be an address of 3 to 45 characters");
            }
        }
    }

    public static void Statuses(List<string> errors, string field, IReadOnlyList<EppStatus>? statuses)
    {
        if (statuses is null)
        {
            errors.Add($"{field} must not be null (use an empty list)");
            return;
        }

        for (var i = 0; i < statuses.Count; i++)
        {
            if (statuses[i] is null || string.IsNullOrWhiteSpace(statuses[i].Value))
            {
                errors.Add($"{field}[{i}] needs a status value");
            }
        }
    }

    public static void NameServers(List<string> errors, string field, DomainNameServers? nameServers)
    {
        if (nameServers is null)
        {
            return;
        }

        if (nameServers.Count == 0)
        {
            errors.Add($"{field} must list at least one name server (omit it otherwise)");
        }

        for (var i = 0; i < nameServers.HostObjects.Count; i++)
        {
            Label(errors, $"{field}.HostObjects[{i}]", nameServers.HostObjects[i]);
        }

        for (var i = 0; i < nameServers.HostAttributes.Count; i++)
        {
            var attr = nameServers.HostAttributes[i];
            Label(errors, $"{field}.HostAttributes[{i}].HostName", attr?.HostName);
            Addresses(errors, $"{field}.HostAttributes[{i}].Addresses", attr?.Addresses);
        }
    }

    public static void Contacts(List<string> errors, string field, IReadOnlyList<DomainContact>? contacts)
    {
        if (contacts is null)
        {
            errors.Add($"{field} must not be null (use an empty list)");
            return;
        }

        for (var i = 0; i < contacts.Count; i++)
        {
            ClientId(errors, $"{field}[{i}].Id", contacts[i]?.Id);
        }
    }
}
