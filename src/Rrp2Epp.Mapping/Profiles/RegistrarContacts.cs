namespace Rrp2Epp.Mapping.Profiles;

/// <summary>
/// The contact handles a thick registry gets on <c>domain:create</c> for one registrar's domains. The handles
/// must already exist at the registry; each is an EPP clIDType (3-16 characters).
/// </summary>
/// <param name="Registrant">The registrant handle.</param>
/// <param name="Admin">The admin contact, or null when the registry does not want one.</param>
/// <param name="Tech">The tech contact, or null.</param>
/// <param name="Billing">The billing contact, or null.</param>
public sealed record RegistrarContacts(string Registrant, string? Admin = null, string? Tech = null, string? Billing = null);
