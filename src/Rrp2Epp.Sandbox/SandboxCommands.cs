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

internal sealed record HelloRequest : SandboxCommand
{
    public override string Kind => "hello";
}

internal sealed record LoginRequest(
    string ClientId, string Password, string? NewPassword, string Version, string Lang,
    IReadOnlyList<string> ObjectUris, IReadOnlyList<string> ExtensionUris) : SandboxCommand
{
    public override string Kind => "login";
}

internal sealed record LogoutRequest : SandboxCommand
{
    public override string Kind => "logout";
}

internal sealed record PollRequest(bool Ack, string? MessageId) : SandboxCommand
{
    public override string Kind => Ack ? "poll:ack" : "poll:req";
}

/// <summary>A command the session answers with a fixed code (unknown or unimplemented command, wrong element).</summary>
internal sealed record RejectedRequest(string KindName, int Code, string Reason, string? Uri) : SandboxCommand
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

internal abstract record DomainRequest(string Verb) : SandboxCommand
{
    public override string Kind => "domain:" + Verb;

    public override string? ObjectUri => Epp.EppNamespaces.Domain;
}

internal sealed record DomainCheckRequest(IReadOnlyList<string> Names) : DomainRequest("check")
{
    public override IEnumerable<string> ObjectNames => Names;
}

internal sealed record DomainInfoRequest(string Name, string Hosts, AuthInfo? AuthInfo) : DomainRequest("info")
{
    public override IEnumerable<string> ObjectNames => [Name];
}

internal sealed record DomainCreateRequest(
    string Name, Period? Period, IReadOnlyList<string>? HostObjects, IReadOnlyList<HostAttr>? HostAttributes,
    string? Registrant, IReadOnlyList<ContactRef> Contacts, AuthInfo? AuthInfo) : DomainRequest("create")
{
    public override IEnumerable<string> ObjectNames => [Name];
}

internal sealed record DomainDeleteRequest(string Name) : DomainRequest("delete")
{
    public override IEnumerable<string> ObjectNames => [Name];
}

internal sealed record DomainRenewRequest(string Name, DateOnly CurrentExpiry, string CurrentExpiryText, Period? Period) : DomainRequest("renew")
{
    public override IEnumerable<string> ObjectNames => [Name];
}

internal sealed record DomainTransferRequest(string Op, string Name, Period? Period, AuthInfo? AuthInfo) : DomainRequest("transfer")
{
    public override string Kind => "domain:transfer:" + Op;

    public override IEnumerable<string> ObjectNames => [Name];
}

/// <summary>The add or rem part of a domain update.</summary>
internal sealed record DomainChangeSet(
    IReadOnlyList<string>? HostObjects, IReadOnlyList<HostAttr>? HostAttributes,
    IReadOnlyList<ContactRef> Contacts, IReadOnlyList<StatusValue> Statuses)
{
    public static DomainChangeSet Empty { get; } = new(null, null, [], []);

    public bool IsEmpty => (HostObjects?.Count ?? 0) == 0 && (HostAttributes?.Count ?? 0) == 0 && Contacts.Count == 0 && Statuses.Count == 0;
}

/// <summary>An RGP restore (RFC 3915 §4.2.5) carried by a domain update.</summary>
internal sealed record RestoreOperation(string Op, bool HasReport);

internal sealed record DomainUpdateRequest(
    string Name, DomainChangeSet Add, DomainChangeSet Remove,
    bool HasChange, string? NewRegistrant, bool RegistrantNull, AuthInfo? NewAuthInfo, bool AuthInfoNull,
    RestoreOperation? Restore) : DomainRequest("update")
{
    public bool ChangesSomething => !Add.IsEmpty || !Remove.IsEmpty || NewRegistrant is not null || RegistrantNull || NewAuthInfo is not null || AuthInfoNull;

    public override IEnumerable<string> ObjectNames => [Name];
}

internal abstract record HostRequest(string Verb) : SandboxCommand
{
    public override string Kind => "host:" + Verb;

    public override string? ObjectUri => Epp.EppNamespaces.Host;
}

internal sealed record HostCheckRequest(IReadOnlyList<string> Names) : HostRequest("check")
{
    public override IEnumerable<string> ObjectNames => Names;
}

internal sealed record HostInfoRequest(string Name) : HostRequest("info")
{
    public override IEnumerable<string> ObjectNames => [Name];
}

internal sealed record HostCreateRequest(string Name, IReadOnlyList<(string Address, string Family)> Addresses) : HostRequest("create")
{
    public override IEnumerable<string> ObjectNames => [Name];
}

internal sealed record HostDeleteRequest(string Name) : HostRequest("delete")
{
    public override IEnumerable<string> ObjectNames => [Name];
}

internal sealed record HostUpdateRequest(
    string Name,
    IReadOnlyList<(string Address, string Family)> AddAddresses, IReadOnlyList<StatusValue> AddStatuses,
    IReadOnlyList<(string Address, string Family)> RemoveAddresses, IReadOnlyList<StatusValue> RemoveStatuses,
    string? NewName) : HostRequest("update")
{
    public bool ChangesOnlyStatusRemovals => AddAddresses.Count == 0 && AddStatuses.Count == 0 && RemoveAddresses.Count == 0 && NewName is null;

    public override IEnumerable<string> ObjectNames => [Name];
}

internal abstract record ContactRequest(string Verb) : SandboxCommand
{
    public override string Kind => "contact:" + Verb;

    public override string? ObjectUri => Epp.EppNamespaces.Contact;
}

internal sealed record ContactCheckRequest(IReadOnlyList<string> Ids) : ContactRequest("check")
{
    public override IEnumerable<string> ObjectNames => Ids;
}

internal sealed record ContactInfoRequest(string Id, AuthInfo? AuthInfo) : ContactRequest("info")
{
    public override IEnumerable<string> ObjectNames => [Id];
}

/// <summary>Postal information of a contact (int or loc form).</summary>
internal sealed record PostalInfo(string Type, string Name, string? Org, IReadOnlyList<string> Street, string City, string? Sp, string? Pc, string Cc);

/// <summary>A phone number with its optional extension.</summary>
internal sealed record Phone(string Number, string? Extension);

/// <summary>A disclose element: flag and the elements named (name/org/addr with their type, voice, fax, email).</summary>
internal sealed record Disclose(bool Flag, IReadOnlyList<(string Element, string? Type)> Items);

internal sealed record ContactCreateRequest(
    string Id, IReadOnlyList<PostalInfo> PostalInfos, Phone? Voice, Phone? Fax, string Email, AuthInfo? AuthInfo, Disclose? Disclose) : ContactRequest("create")
{
    public override IEnumerable<string> ObjectNames => [Id];
}

internal sealed record ContactDeleteRequest(string Id) : ContactRequest("delete")
{
    public override IEnumerable<string> ObjectNames => [Id];
}

internal sealed record ContactUpdateRequest(
    string Id, IReadOnlyList<StatusValue> AddStatuses, IReadOnlyList<StatusValue> RemoveStatuses,
    IReadOnlyList<PostalInfo> PostalInfos, Phone? Voice, bool VoiceChanged, Phone? Fax, bool FaxChanged,
    string? Email, AuthInfo? AuthInfo, Disclose? Disclose) : ContactRequest("update")
{
    public bool ChangesOnlyStatusRemovals => AddStatuses.Count == 0 && PostalInfos.Count == 0 && !VoiceChanged && !FaxChanged
        && Email is null && AuthInfo is null && Disclose is null;

    public override IEnumerable<string> ObjectNames => [Id];
}
