using Rrp2Epp.Mapping.Plans;
using Rrp2Epp.Rrp;

namespace Rrp2Epp.Gateway.Execution;

/// <summary>
/// The translator used until the Mapping project's factory is wired in: every EPP-backed command is answered 549
/// (a lasting gateway fault, result-mapping.md §1.5) with a diagnostic naming the command.
/// </summary>
public sealed class UnmappedTranslator : IRrpTranslator
{
    /// <inheritdoc />
    public ITranslation Create(TranslationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new Refusal(request.Request.Command);
    }

    private sealed class Refusal(RrpCommand command) : ITranslation
    {
        public PlanStep Start() => FinishStep.Answer(RrpResponse.Of(RrpResponseCode.CommandFailed), $"no translation for {command} is available");

        public PlanStep Next(EppStepResult result) => throw new InvalidOperationException("a finished translation takes no step result");
    }
}
