using System.Xml;
using Rrp2Epp.Epp.Xml;

namespace Rrp2Epp.Epp.Commands;

/// <summary><c>host:update</c> (RFC 5732 §3.2.5): add/remove addresses and statuses, rename.</summary>
/// <param name="Name">The current host name.</param>
public sealed record HostUpdateCommand(string Name) : EppCommand
{
    /// <summary>What to add.</summary>
    public HostUpdateSet? Add { get; init; }

    /// <summary>What to remove.</summary>
    public HostUpdateSet? Remove { get; init; }

    /// <summary>The new name (<c>host:chg/host:name</c>).</summary>
    public string? NewName { get; init; }

    /// <inheritdoc />
    public override EppCommandKind Kind => EppCommandKind.HostUpdate;

    /// <inheritdoc />
    public override string? ObjectName => Name;

    internal override void Validate(List<string> errors)
    {
        CommandChecks.Label(errors, nameof(Name), Name);
        if (Add is null && Remove is null && NewName is null)
        {
            errors.Add($"at least one of {nameof(Add)}, {nameof(Remove)} or {nameof(NewName)} is required");
        }

        foreach (var (field, set) in new[] { (nameof(Add), Add), (nameof(Remove), Remove) })
        {
            if (set is null)
            {
                continue;
            }

            CommandChecks.Addresses(errors, field + "." + nameof(HostUpdateSet.Addresses), set.Addresses);
            CommandChecks.Statuses(errors, field + "." + nameof(HostUpdateSet.Statuses), set.Statuses);
            if (set.Addresses is { Count: 0 } && set.Statuses is { Count: 0 })
            {
                errors.Add($"{field} must list an address or a status (the schema has no empty form)");
            }

            if (set.Statuses is { Count: > 7 })
            {
                errors.Add($"{field}.{nameof(HostUpdateSet.Statuses)} holds more than the 7 statuses the schema allows");
            }
        }

        if (NewName is not null)
        {
            CommandChecks.Label(errors, nameof(NewName), NewName);
        }
    }

    internal override void WriteBody(XmlWriter writer)
    {
        const string p = "host";
        const string ns = EppNamespaces.Host;
        writer.OpenObjectCommand("update", p, ns);
        writer.Element(p, "name", ns, Name);
        WriteSet(writer, "add", Add);
        WriteSet(writer, "rem", Remove);
        if (NewName is not null)
        {
            writer.WriteStartElement(p, "chg", ns);
            writer.Element(p, "name", ns, NewName);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void WriteSet(XmlWriter writer, string localName, HostUpdateSet? set)
    {
        if (set is null)
        {
            return;
        }

        writer.WriteStartElement("host", localName, EppNamespaces.Host);
        foreach (var address in set.Addresses)
        {
            writer.HostAddress("host", "addr", EppNamespaces.Host, address);
        }

        foreach (var status in set.Statuses)
        {
            writer.Status("host", EppNamespaces.Host, status);
        }

        writer.WriteEndElement();
    }
}
