namespace Rrp2Epp.Rrp;

/// <summary>
/// The 46 RRP response codes (RFC 2832 §5.1, RFC 3632 §2.1). Each member's numeric value is the code on the wire;
/// <see cref="RrpResponseCodes"/> has the exact texts and the rules about versions, commands and closing.
/// </summary>
public enum RrpResponseCode
{
    /// <summary>200 Command completed successfully.</summary>
    Success = 200,

    /// <summary>210 Domain name available.</summary>
    DomainAvailable = 210,

    /// <summary>211 Domain name not available.</summary>
    DomainNotAvailable = 211,

    /// <summary>212 Name server available.</summary>
    NameServerAvailable = 212,

    /// <summary>213 Name server not available (lists the addresses).</summary>
    NameServerNotAvailable = 213,

    /// <summary>220 Command completed successfully. Server closing connection.</summary>
    SuccessClosing = 220,

    /// <summary>420 Command failed due to server error. Server closing connection.</summary>
    ServerErrorClosing = 420,

    /// <summary>421 Command failed due to server error. Client should try again.</summary>
    ServerErrorTryAgain = 421,

    /// <summary>500 Invalid command name.</summary>
    InvalidCommandName = 500,

    /// <summary>501 Invalid command option.</summary>
    InvalidCommandOption = 501,

    /// <summary>502 Invalid entity value.</summary>
    InvalidEntityValue = 502,

    /// <summary>503 Invalid attribute name.</summary>
    InvalidAttributeName = 503,

    /// <summary>504 Missing required attribute.</summary>
    MissingRequiredAttribute = 504,

    /// <summary>505 Invalid attribute value syntax.</summary>
    InvalidAttributeValueSyntax = 505,

    /// <summary>506 Invalid option value.</summary>
    InvalidOptionValue = 506,

    /// <summary>507 Invalid command format.</summary>
    InvalidCommandFormat = 507,

    /// <summary>508 Missing required entity.</summary>
    MissingRequiredEntity = 508,

    /// <summary>509 Missing command option.</summary>
    MissingCommandOption = 509,

    /// <summary>510 Invalid encoding (RRP 2.0.0 only).</summary>
    InvalidEncoding = 510,

    /// <summary>520 Server closing connection. Client should try opening new connection; &lt;why&gt;.</summary>
    ServerClosingConnection = 520,

    /// <summary>521 Too many sessions open. Server closing connection.</summary>
    TooManySessions = 521,

    /// <summary>530 Authentication failed.</summary>
    AuthenticationFailed = 530,

    /// <summary>531 Authorization failed.</summary>
    AuthorizationFailed = 531,

    /// <summary>532 Domain names linked with name server.</summary>
    DomainNamesLinkedWithNameServer = 532,

    /// <summary>533 Domain name has active name servers.</summary>
    DomainHasActiveNameServers = 533,

    /// <summary>534 Domain name has not been flagged for transfer.</summary>
    DomainNotFlaggedForTransfer = 534,

    /// <summary>535 Restricted IP address.</summary>
    RestrictedIpAddress = 535,

    /// <summary>536 Domain already flagged for transfer.</summary>
    DomainAlreadyFlaggedForTransfer = 536,

    /// <summary>540 Attribute value is not unique.</summary>
    AttributeValueNotUnique = 540,

    /// <summary>541 Invalid attribute value.</summary>
    InvalidAttributeValue = 541,

    /// <summary>542 Invalid old value for an attribute.</summary>
    InvalidOldValue = 542,

    /// <summary>543 Final or implicit attribute cannot be updated.</summary>
    AttributeCannotBeUpdated = 543,

    /// <summary>544 Entity on hold.</summary>
    EntityOnHold = 544,

    /// <summary>545 Entity reference not found.</summary>
    EntityReferenceNotFound = 545,

    /// <summary>546 Credit limit exceeded.</summary>
    CreditLimitExceeded = 546,

    /// <summary>547 Invalid command sequence.</summary>
    InvalidCommandSequence = 547,

    /// <summary>548 Domain is not up for renewal.</summary>
    DomainNotUpForRenewal = 548,

    /// <summary>549 Command failed.</summary>
    CommandFailed = 549,

    /// <summary>550 Parent domain not registered.</summary>
    ParentDomainNotRegistered = 550,

    /// <summary>551 Parent domain status does not allow for operation.</summary>
    ParentDomainStatusDisallows = 551,

    /// <summary>552 Domain status does not allow for operation.</summary>
    DomainStatusDisallows = 552,

    /// <summary>553 Operation not allowed. Domain pending transfer.</summary>
    DomainPendingTransfer = 553,

    /// <summary>554 Domain already registered.</summary>
    DomainAlreadyRegistered = 554,

    /// <summary>555 Domain already renewed.</summary>
    DomainAlreadyRenewed = 555,

    /// <summary>556 Maximum registration period exceeded.</summary>
    MaximumRegistrationPeriodExceeded = 556,

    /// <summary>557 Name server locked (RRP 2.0.0 only).</summary>
    NameServerLocked = 557,
}
