namespace Rrp2Epp.Sandbox;

/// <summary>
/// A command read from a validated frame. <see cref="Kind"/> names it for fault rules and the
/// session table (<c>domain:create</c>, <c>poll:req</c> ...).
/// </summary>
internal abstract record SandboxCommand
{
    public string? ClTrid { get; init; }

    /// <summary>Namespace URIs of the extensions the command carries (must have been negotiated at login).</summary>
    public IReadOnlyList<string> Extensions { get; init; } = [];

    public abstract string Kind { get; }

    /// <summary>The object namespace the command uses (null for session commands).</summary>
    public virtual string? ObjectUri => null;

    /// <summary>The names the command acts on, for fault matching.</summary>
    public virtual IEnumerable<string> ObjectNames => [];
}

internal sealed record HelloCommand : SandboxCommand
{
    public override string Kind => "hello";
}

internal sealed record LoginCommand(
    string ClientId, string Password, string? NewPassword, string Version, string Lang,
    IReadOnlyList<string> ObjectUris, IReadOnlyList<string> ExtensionUris) : SandboxCommand
{
    public override string Kind => "login";
}

internal sealed record LogoutCommand : SandboxCommand
{
    public override string Kind => "logout";
}

internal sealed record PollCommand(bool Ack, string? MessageId) : SandboxCommand
{
    public override string Kind => Ack ? "poll:ack" : "poll:req";
}

/// <summary>A command the session answers with a fixed code (unknown or unimplemented command, wrong element).</summary>
internal sealed record RejectedCommand(string KindName, int Code, string Reason, string? Uri) : SandboxCommand
{
    public override string Kind => KindName;

    public override string? ObjectUri => Uri;
}

/// <summary>A period element: value and unit ("y" or "m").</summary>
internal readonly record struct Period(int Value, string Unit)
{
    public int Months => Unit == "m" ? Value : Value * 12;
}

/// <summary>An authInfo password, optionally naming the contact it belongs to (roid).</summary>
internal sealed record AuthInfo(string Password, string? Roid);

/// <summary>A host attribute (host attributes model).</summary>
internal sealed record HostAttr(string Name, IReadOnlyList<(string Address, string Family)> Addresses);

/// <summary>A status with its optional text.</summary>
internal sealed record StatusValue(string Name, string? Text, string? Lang);

internal sealed record ContactRef(string Type, string Id);

internal abstract record DomainCommand(string Verb) : SandboxCommand
{
    public override string Kind => "domain:" + Verb;

    public override string? ObjectUri => Epp.EppNamespaces.Domain;
}

internal sealed record DomainCheckCommand(IReadOnlyList<string> Names) : DomainCommand("check")
{
    public override IEnumerable<string> ObjectNames => Names;
}

internal sealed record DomainInfoCommand(string Name, string Hosts, AuthInfo? AuthInfo) : DomainCommand("info")
{
    public override IEnumerable<string> ObjectNames => [Name];
}

internal sealed record DomainCreateCommand(
    string Name, Period? Period, IReadOnlyList<string>? HostObjects, IReadOnlyList<HostAttr>? HostAttributes,
    string? Registrant, IReadOnlyList<ContactRef> Contacts, AuthInfo? AuthInfo) : DomainCommand("create")
{
    public override IEnumerable<string> ObjectNames => [Name];
}

internal sealed record DomainDeleteCommand(string Name) : DomainCommand("delete")
{
    public override IEnumerable<string> ObjectNames => [Name];
}

internal sealed record DomainRenewCommand(string Name, DateOnly CurrentExpiry, string CurrentExpiryText, Period? Period) : DomainCommand("renew")
{
    public override IEnumerable<string> ObjectNames => [Name];
}

internal sealed record DomainTransferCommand(string Op, string Name, Period? Period, AuthInfo? AuthInfo) : DomainCommand("transfer")
{
    public override string Kind => "domain:transfer:" + Op;

    public override IEnumerable<string> ObjectNames => [Name];
}

/// <summary>The add or rem part of a domain update.</summary>
internal sealed record DomainUpdateSet(
    IReadOnlyList<string>? HostObjects, IReadOnlyList<HostAttr>? HostAttributes,
    IReadOnlyList<ContactRef> Contacts, IReadOnlyList<StatusValue> Statuses)
{
    public static DomainUpdateSet Empty { get; } = new(null, null, [], []);

    public bool IsEmpty => (HostObjects?.Count ?? 0) == 0 && (HostAttributes?.Count ?? 0) == 0 && Contacts.Count == 0 && Statuses.Count == 0;
}

/// <summary>An RGP restore (RFC 3915 §4.2.5) carried by a domain update.</summary>
internal sealed record RestoreOperation(string Op, bool HasReport);

internal sealed record DomainUpdateCommand(
    string Name, DomainUpdateSet Add, DomainUpdateSet Remove,
    bool HasChange, string? NewRegistrant, bool RegistrantNull, AuthInfo? NewAuthInfo, bool AuthInfoNull,
    RestoreOperation? Restore) : DomainCommand("update")
{
    public bool ChangesSomething => !Add.IsEmpty || !Remove.IsEmpty || NewRegistrant is not null || RegistrantNull || NewAuthInfo is not null || AuthInfoNull;

    public override IEnumerable<string> ObjectNames => [Name];
}

internal abstract record HostCommand(string Verb) : SandboxCommand
{
    public override string Kind => "host:" + Verb;

    public override string? ObjectUri => Epp.EppNamespaces.Host;
}

internal sealed record HostCheckCommand(IReadOnlyList<string> Names) : HostCommand("check")
{
    public override IEnumerable<string> ObjectNames => Names;
}

internal sealed record HostInfoCommand(string Name) : HostCommand("info")
{
    public override IEnumerable<string> ObjectNames => [Name];
}

internal sealed record HostCreateCommand(string Name, IReadOnlyList<(string Address, string Family)> Addresses) : HostCommand("create")
{
    public override IEnumerable<string> ObjectNames => [Name];
}

internal sealed record HostDeleteCommand(string Name) : HostCommand("delete")
{
    public override IEnumerable<string> ObjectNames => [Name];
}

internal sealed record HostUpdateCommand(
    string Name,
    IReadOnlyList<(string Address, string Family)> AddAddresses, IReadOnlyList<StatusValue> AddStatuses,
    IReadOnlyList<(string Address, string Family)> RemoveAddresses, IReadOnlyList<StatusValue> RemoveStatuses,
    string? NewName) : HostCommand("update")
{
    public bool ChangesOnlyStatusRemovals => AddAddresses.Count == 0 && AddStatuses.Count == 0 && RemoveAddresses.Count == 0 && NewName is null;

    public override IEnumerable<string> ObjectNames => [Name];
}

internal abstract record ContactCommand(string Verb) : SandboxCommand
{
    public override string Kind => "contact:" + Verb;

    public override string? ObjectUri => Epp.EppNamespaces.Contact;
}

internal sealed record ContactCheckCommand(IReadOnlyList<string> Ids) : ContactCommand("check")
{
    public override IEnumerable<string> ObjectNames => Ids;
}

internal sealed record ContactInfoCommand(string Id, AuthInfo? AuthInfo) : ContactCommand("info")
{
    public override IEnumerable<string> ObjectNames => [Id];
}

/// <summary>Postal information of a contact (int or loc form).</summary>
internal sealed record PostalInfo(string Type, string Name, string? Org, IReadOnlyList<string> Street, string City, string? Sp, string? Pc, string Cc);

/// <summary>A phone number with its optional extension.</summary>
internal sealed record Phone(string Number, string? Extension);

/// <summary>A disclose element: flag and the elements named (name/org/addr with their type, voice, fax, email).</summary>
internal sealed record Disclose(bool Flag, IReadOnlyList<(string Element, string? Type)> Items);

internal sealed record ContactCreateCommand(
    string Id, IReadOnlyList<PostalInfo> PostalInfos, Phone? Voice, Phone? Fax, string Email, AuthInfo? AuthInfo, Disclose? Disclose) : ContactCommand("create")
{
    public override IEnumerable<string> ObjectNames => [Id];
}

internal sealed record ContactDeleteCommand(string Id) : ContactCommand("delete")
{
    public override IEnumerable<string> ObjectNames => [Id];
}

internal sealed record ContactUpdateCommand(
    string Id, IReadOnlyList<StatusValue> AddStatuses, IReadOnlyList<StatusValue> RemoveStatuses,
    IReadOnlyList<PostalInfo> PostalInfos, Phone? Voice, bool VoiceChanged, Phone? Fax, bool FaxChanged,
    string? Email, AuthInfo? AuthInfo, Disclose? Disclose) : ContactCommand("update")
{
    public bool ChangesOnlyStatusRemovals => AddStatuses.Count == 0 && PostalInfos.Count == 0 && !VoiceChanged && !FaxChanged
        && Email is null && AuthInfo is null && Disclose is null;

    public override IEnumerable<string> ObjectNames => [Id];
}
