using System.Collections.Frozen;

namespace Rrp2Epp.Rrp;

/// <summary>The codes each command may return (RFC 2832 §5.2, RFC 3632 §2.1; RESTORE: result-mapping.md §3.12).</summary>
public static partial class RrpResponseCodes
{
    private static readonly FrozenSet<RrpResponseCode>[,] Allowed = BuildAllowed();

    /// <summary>
    /// The codes <paramref name="command"/> may return on a listener of <paramref name="version"/>, successes and
    /// failures together. 510 and 557 appear only for 2.0.0 (ADD/MOD and DEL/MOD).
    /// </summary>
    public static IReadOnlySet<RrpResponseCode> AllowedFor(RrpCommand command, RrpVersion version) =>
        Allowed[(int)command, (int)version];

    /// <summary>Whether <paramref name="code"/> is on the list of <paramref name="command"/> for <paramref name="version"/>.</summary>
    public static bool IsAllowed(RrpCommand command, RrpVersion version, RrpResponseCode code) =>
        Allowed[(int)command, (int)version].Contains(code);

    private static FrozenSet<RrpResponseCode>[,] BuildAllowed()
    {
        var commands = Enum.GetValues<RrpCommand>();
        var table = new FrozenSet<RrpResponseCode>[commands.Length, 2];
        foreach (var command in commands)
        {
            var (v1, v2Extra) = Lists(command);
            table[(int)command, (int)RrpVersion.V1_1_0] = v1.Select(c => (RrpResponseCode)c).ToFrozenSet();
            table[(int)command, (int)RrpVersion.V2_0_0] = v1.Concat(v2Extra).Select(c => (RrpResponseCode)c).ToFrozenSet();
        }

        return table;
    }

    // Numbers copied from the RFC tables so they can be checked against the text line by line.
    private static (int[] V1, int[] V2Extra) Lists(RrpCommand command) => command switch
    {
        RrpCommand.Add => ([200, 220, 420, 421, 500, 502, 503, 504, 505, 507, 508, 520, 531, 535, 540, 541, 545, 546, 547, 549, 550, 554], [510]),
        RrpCommand.Check => ([210, 211, 212, 213, 220, 420, 421, 500, 502, 503, 504, 505, 507, 508, 520, 541, 547, 549], []),
        RrpCommand.Del => ([200, 220, 420, 421, 500, 502, 503, 504, 505, 507, 508, 520, 531, 532, 533, 541, 544, 545, 547, 549, 551, 552, 553], [557]),
        RrpCommand.Describe => ([200, 220, 420, 421, 500, 501, 506, 507, 509, 520, 547, 549], []),
        RrpCommand.Mod => ([200, 220, 420, 421, 500, 502, 503, 504, 505, 507, 508, 520, 531, 535, 540, 541, 542, 543, 544, 545, 547, 549, 550, 551, 552, 553], [510, 557]),
        RrpCommand.Quit => ([220, 420, 421, 500, 507, 520, 547, 549], []),
        RrpCommand.Renew => ([200, 220, 420, 421, 500, 502, 503, 504, 505, 507, 508, 520, 531, 541, 545, 546, 547, 548, 549, 552, 553, 555, 556], []),
        RrpCommand.Session => ([200, 220, 420, 421, 500, 501, 506, 507, 508, 509, 520, 521, 530, 531, 547, 549], []),
        RrpCommand.Status => ([200, 220, 420, 421, 500, 501, 502, 503, 504, 505, 506, 507, 508, 520, 531, 541, 545, 547, 549], []),
        RrpCommand.Transfer => ([200, 220, 420, 421, 500, 501, 502, 503, 504, 505, 506, 507, 508, 520, 531, 534, 536, 541, 544, 545, 546, 547, 549, 552, 553], []),
        RrpCommand.Restore => ([200, 220, 420, 421, 500, 502, 503, 504, 505, 507, 508, 520, 531, 541, 545, 546, 547, 549, 552], []),
        _ => throw new ArgumentOutOfRangeException(nameof(command), command, "unknown RRP command"),
    };
}
