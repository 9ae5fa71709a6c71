using Rrp2Epp.Mapping.Plans;
using Rrp2Epp.Rrp;

namespace Rrp2Epp.Mapping.Translations;

/// <summary>DESCRIBE, answered by the gateway itself (result-mapping.md §3.14).</summary>
public static class DescribeMapping
{
    /// <summary>
    /// 200 with <c>Protocol:RRP 1.1.0</c> or <c>Protocol:RRP 2.0.0</c> for the listener, even while the registry is
    /// unreachable: Net::DRI uses DESCRIBE as its keep-alive, so failing it would drop healthy sessions. The request's
    /// own option errors (501, 506) are the codec's.
    /// </summary>
    public static RrpResponse Answer(RrpVersion version) =>
        new(RrpResponseCode.Success, [new RrpAttribute(RrpAttributeNames.Protocol, version.ToProtocolText())]);
}

/// <summary>A translation that answers at once without any EPP exchange (DESCRIBE, pooled QUIT).</summary>
internal sealed class ImmediateTranslation(FinishStep answer) : ITranslation
{
    private bool _started;

    public PlanStep Start()
    {
        if (_started)
        {
            throw new InvalidOperationException("the translation has already started");
        }

        _started = true;
        return answer;
    }

    public PlanStep Next(EppStepResult result) => throw new InvalidOperationException("the translation has finished");
}
