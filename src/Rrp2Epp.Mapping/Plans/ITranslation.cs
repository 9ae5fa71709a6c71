namespace Rrp2Epp.Mapping.Plans;

/// <summary>
/// The translation of one RRP request: a pure state machine. The executor calls
/// <see cref="Start"/> once, sends each <see cref="SendStep"/>'s command and reports what
/// happened with <see cref="Next"/>, until a <see cref="FinishStep"/> comes back. A translation
/// never performs I/O, reads the clock or draws random numbers itself: everything it needs is in
/// its TranslationContext, so a test can drive it step by step with example
/// responses.
/// </summary>
public interface ITranslation
{
    /// <summary>The first step.</summary>
    PlanStep Start();

    /// <summary>The step after the result of the previous <see cref="SendStep"/>.</summary>
    PlanStep Next(EppStepResult result);
}
