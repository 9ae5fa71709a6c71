namespace Rrp2Epp.Epp;

/// <summary>The form of a contact's postal information (RFC 5733 §2.4).</summary>
public enum ContactPostalInfoType
{
    /// <summary><c>int</c>: 7-bit ASCII.</summary>
    International,

    /// <summary><c>loc</c>: may use any UTF-8 characters.</summary>
    Localized,
}

/// <summary>A contact's postal address (<c>contact:addr</c>).</summary>
/// <param name="City">contact:city.</param>
/// <param name="CountryCode">contact:cc (ISO 3166 alpha-2).</param>
public sealed record ContactAddress(string City, string CountryCode)
{
    /// <summary>Up to three street lines.</summary>
    public IReadOnlyList<string> Street { get; init; } = [];

    /// <summary>contact:sp.</summary>
    public string? StateOrProvince { get; init; }

    /// <summary>contact:pc.</summary>
    public string? PostalCode { get; init; }
}

/// <summary>One <c>contact:postalInfo</c> element.</summary>
/// <param name="Type">int or loc.</param>
/// <param name="Name">contact:name.</param>
/// <param name="Address">contact:addr.</param>
public sealed record ContactPostalInfo(ContactPostalInfoType Type, string Name, ContactAddress Address)
{
    /// <summary>contact:org.</summary>
    public string? Organization { get; init; }

    /// <summary>The wire token of <see cref="Type"/>.</summary>
    public string TypeToken => Type == ContactPostalInfoType.Localized ? "loc" : "int";
}

/// <summary>A telephone or fax number in EPP's E.164 form (<c>+1.7035555555</c>) with an optional extension.</summary>
/// <param name="Number">The number.</param>
/// <param name="Extension">The <c>x</c> attribute.</param>
public sealed record ContactPhone(string Number, string? Extension = null)
{
    /// <summary>A number without extension.</summary>
    public static implicit operator ContactPhone(string number) => new(number);
}

/// <summary>A <c>contact:disclose</c> element: which fields the flag applies to.</summary>
/// <param name="Flag">True: disclose these fields; false: do not.</param>
public sealed record ContactDisclose(bool Flag)
{
    /// <summary>Postal-info forms whose name the flag covers.</summary>
    public IReadOnlyList<ContactPostalInfoType> Name { get; init; } = [];

    /// <summary>Postal-info forms whose organisation the flag covers.</summary>
    public IReadOnlyList<ContactPostalInfoType> Organization { get; init; } = [];

    /// <summary>Postal-info forms whose address the flag covers.</summary>
    public IReadOnlyList<ContactPostalInfoType> Address { get; init; } = [];

    /// <summary>The voice number.</summary>
    public bool Voice { get; init; }

    /// <summary>The fax number.</summary>
    public bool Fax { get; init; }

    /// <summary>The e-mail address.</summary>
    public bool Email { get; init; }
}
