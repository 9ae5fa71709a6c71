namespace Rrp2Epp.Mapping.Tables;

/// <summary>The gateway-side failures of result-mapping.md §4 that decide an RRP answer without an EPP result.</summary>
public enum GatewayFailureKind
{
    /// <summary><c>not-sent</c>: nothing reached the registry for a transient reason (G1, G2, G4 timeout, G5, G10).</summary>
    NotSent,

    /// <summary><c>not-sent-lasting</c>: nothing reached the registry for a lasting reason (G3; a profile mismatch).</summary>
    NotSentLasting,

    /// <summary><c>query-lost</c>: a query's answer was lost even after the executor's retry (G6).</summary>
    QueryLost,

    /// <summary><c>outcome-unknown</c>: a transform's answer was lost (G7, G11 a): reconcile.</summary>
    OutcomeUnknown,

    /// <summary><c>path-lost</c>: the EPP path is gone and cannot be rebuilt (G8, G9).</summary>
    PathLost,

    /// <summary><c>malformed-query</c>: a query was answered with something that cannot answer it (G11).</summary>
    MalformedQuery,

    /// <summary><c>service-missing</c>: the EPP session lacks an object or extension the command needs (G4).</summary>
    ServiceMissing,

    /// <summary><c>gateway-fault</c>: a fault on the gateway's side before sending: a bug, a missing input, a profile gap (G12).</summary>
    GatewayFault,

    /// <summary><c>shutting-down</c>: the gateway is stopping; the next command is not run (G15).</summary>
    ShuttingDown,

    /// <summary><c>idle-timeout</c>: the RRP session timed out (G14; 520 with the reason).</summary>
    IdleTimeout,
}

/// <summary>The tokens of <see cref="GatewayFailureKind"/> as failures.csv spells them.</summary>
public static class GatewayFailureKinds
{
    private static readonly string[] Tokens =
    [
        "not-sent", "not-sent-lasting", "query-lost", "outcome-unknown", "path-lost", "malformed-query", "service-missing",
        "gateway-fault", "shutting-down", "idle-timeout",
    ];

    /// <summary>The file token.</summary>
    public static string ToToken(this GatewayFailureKind kind) => Tokens[(int)kind];

    /// <summary>Reads a file token.</summary>
    public static bool TryParse(string token, out GatewayFailureKind kind)
    {
        var index = Array.IndexOf(Tokens, token);
        kind = (GatewayFailureKind)Math.Max(index, 0);
        return index >= 0;
    }
}
