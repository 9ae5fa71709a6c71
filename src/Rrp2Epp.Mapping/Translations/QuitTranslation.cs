using Rrp2Epp.Epp.Commands;
using Rrp2Epp.Mapping.Plans;
using Rrp2Epp.Mapping.Tables;
using Rrp2Epp.Rrp;

namespace Rrp2Epp.Mapping.Translations;

/// <summary>
/// QUIT (result-mapping.md §3.13): in the single-session mode <c>&lt;logout&gt;</c>, whose result (or failure) always
/// gives 220 and a closed session; in the pooled mode 220 at once, since pooled EPP sessions outlive RRP sessions.
/// </summary>
public sealed class QuitTranslation : Translation
{
    /// <summary>Creates the translation.</summary>
    public QuitTranslation(QuitRequest request, TranslationContext context)
        : base(request, context)
    {
    }

    /// <inheritdoc />
    protected override string ObjectName => Context.RegistrarId;

    private protected override IEnumerable<PlanStep> Run()
    {
        if (Context.PooledSessions)
        {
            Note("pooled mode: no logout, the EPP session stays in the pool");
            yield return Finish(RrpResponse.Of(RrpResponseCode.SuccessClosing), closes: true);
            yield break;
        }

        var outcome = new StepOutcome();
        foreach (var step in Step(TableStep.Logout, new LogoutCommand(), NewFacts(), outcome))
        {
            yield return step;
        }

        yield return outcome.Row is { } row ? AnswerRow(row) : outcome.Stop!;
    }
}
