namespace Rrp2Epp.Rrp;

/// <summary>The RRP command words (RFC 2832 §4.3), plus VeriSign's RESTORE extension. Case-insensitive on the wire.</summary>
public enum RrpCommand
{
    /// <summary><c>add</c>: register a domain or a name server.</summary>
    Add,

    /// <summary><c>check</c>: availability of a domain or a name server.</summary>
    Check,

    /// <summary><c>del</c>: delete a domain or a name server.</summary>
    Del,

    /// <summary><c>describe</c>: the protocol version (Net::DRI's keep-alive).</summary>
    Describe,

    /// <summary><c>mod</c>: change a domain's name servers and statuses, or a name server's name and addresses.</summary>
    Mod,

    /// <summary><c>quit</c>: end the session (220, then close).</summary>
    Quit,

    /// <summary><c>renew</c>: extend a domain's registration.</summary>
    Renew,

    /// <summary><c>session</c>: log in (and optionally change the password).</summary>
    Session,

    /// <summary><c>status</c>: read a domain or a name server.</summary>
    Status,

    /// <summary><c>transfer</c>: request, approve, reject or (2.0.0) cancel a domain transfer.</summary>
    Transfer,

    /// <summary><c>restore</c>: VeriSign's redemption-grace-period restore (not in the RFCs).</summary>
    Restore,
}
