namespace Rrp2Epp.Epp.Client;

/// <summary>Where an <see cref="EppConnection"/> is in its life (RFC 5730 §2 state machine, client side).</summary>
public enum EppConnectionState
{
    /// <summary>Not connected yet.</summary>
    Created,

    /// <summary>Connected and greeted; commands may be sent (the server expects <c>&lt;login&gt;</c> first).</summary>
    Open,

    /// <summary>Logged in; the connection is usable for object commands.</summary>
    LoggedIn,

    /// <summary>
    /// Broken: a transport failure, a timeout, an untrustworthy response or a closing code
    /// (2500-2502). It must never be used again; a command in flight at that moment has an unknown outcome.
    /// </summary>
    Dead,

    /// <summary>Logged out (1500) or disposed.</summary>
    Closed,
}
