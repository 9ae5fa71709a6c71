namespace Rrp2Epp.Gateway.Options;

/// <summary>One RRP registrar at one registry: its mapped EPP credentials and its contact handles (thick registries).</summary>
public sealed record RegistrarAccountOptions
{
    /// <summary>The EPP clID at this registry (<see cref="CredentialMode.Mapped"/> only).</summary>
    public string? ClientId { get; init; }

    /// <summary>The EPP pw at this registry (<see cref="CredentialMode.Mapped"/> only; prefer the environment variable form).</summary>
    public string? Password { get; init; }

    /// <summary>The contact handles creates carry at a thick registry (they must exist there already).</summary>
    public ContactHandleOptions? Contacts { get; init; }

    /// <summary>Never shows the password.</summary>
    public override string ToString() => $"RegistrarAccount {{ ClientId = {ClientId}, Password = {(Password is null ? "(none)" : OptionSecrets.Masked)}, Contacts = {Contacts} }}";
}

/// <summary>The contact handles (EPP clIDType, 3-16 characters) of a registrar's creates at a thick registry.</summary>
public sealed record ContactHandleOptions
{
    /// <summary>The registrant (required).</summary>
    public string? Registrant { get; init; }

    /// <summary>The admin contact, if the registry wants one.</summary>
    public string? Admin { get; init; }

    /// <summary>The tech contact, if the registry wants one.</summary>
    public string? Tech { get; init; }

    /// <summary>The billing contact, if the registry wants one.</summary>
    public string? Billing { get; init; }
}
