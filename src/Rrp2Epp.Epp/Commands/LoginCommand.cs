using System.Xml;

namespace Rrp2Epp.Epp.Commands;

/// <summary>
/// <c>&lt;login&gt;</c> (RFC 5730 §2.9.1.1). <c>EppConnection.LoginAsync</c>
/// builds it from the negotiated services; it is public so tests can send any login they like.
/// </summary>
/// <param name="ClientId">clID (3-16 characters).</param>
/// <param name="Password">pw (6-16 characters).</param>
/// <param name="ObjectUris">svcs/objURI: at least one.</param>
/// <param name="ExtensionUris">svcs/svcExtension/extURI: may be empty.</param>
/// <param name="NewPassword">newPW, to change the password.</param>
/// <param name="Version">options/version.</param>
/// <param name="Language">options/lang.</param>
public sealed record LoginCommand(
    string ClientId,
    EppSecret Password,
    IReadOnlyList<string> ObjectUris,
    IReadOnlyList<string> ExtensionUris,
    EppSecret? NewPassword = null,
    string Version = "1.0",
    string Language = "en") : EppCommand
{
    /// <inheritdoc />
    public override EppCommandKind Kind => EppCommandKind.Login;

    /// <inheritdoc />
    public override string? ObjectName => ClientId;

    internal override IEnumerable<EppSecret> Secrets => NewPassword is null ? [Password] : [Password, NewPassword];

    internal override void Validate(List<string> errors)
    {
        CommandChecks.ClientId(errors, nameof(ClientId), ClientId);
        if (Password is null || Password.Reveal().Length is < 6 or > 16)
        {
            errors.Add($"{nameof(Password)} must be 6 to 16 characters");
        }

        if (NewPassword is not null && NewPassword.Reveal().Length is < 6 or > 16)
        {
            errors.Add($"{nameof(NewPassword)} must be 6 to 16 characters");
        }

        if (ObjectUris is null || ObjectUris.Count == 0 || ObjectUris.Any(string.IsNullOrWhiteSpace))
        {
            errors.Add($"{nameof(ObjectUris)} needs at least one non-empty URI");
        }

        if (ExtensionUris is null || ExtensionUris.Any(string.IsNullOrWhiteSpace))
        {
            errors.Add($"{nameof(ExtensionUris)} must hold non-empty URIs (use an empty list for none)");
        }

        if (string.IsNullOrWhiteSpace(Version))
        {
            errors.Add($"{nameof(Version)} is required");
        }

        if (string.IsNullOrWhiteSpace(Language))
        {
            errors.Add($"{nameof(Language)} is required");
        }
    }

    internal override void WriteBody(XmlWriter writer)
    {
        const string ns = EppNamespaces.Epp;
        writer.WriteStartElement("login", ns);
        writer.WriteElementString("clID", ns, ClientId);
        writer.WriteElementString("pw", ns, Password.Reveal());
        if (NewPassword is not null)
        {
            writer.WriteElementString("newPW", ns, NewPassword.Reveal());
        }

        writer.WriteStartElement("options", ns);
        writer.WriteElementString("version", ns, Version);
        writer.WriteElementString("lang", ns, Language);
        writer.WriteEndElement();
        writer.WriteStartElement("svcs", ns);
        foreach (var uri in ObjectUris)
        {
            writer.WriteElementString("objURI", ns, uri);
        }

        if (ExtensionUris.Count > 0)
        {
            writer.WriteStartElement("svcExtension", ns);
            foreach (var uri in ExtensionUris)
            {
                writer.WriteElementString("extURI", ns, uri);
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }
}
