using Rrp2Epp.Epp;
using Rrp2Epp.Rrp;

namespace Rrp2Epp.Benchmarks.Translation;

/// <summary>
/// One RRP command kind as the gateway translates it: the request as the framer hands it over (the lines before the
/// '.'), the EPP commands the translation sends in order with the registry's answer to each (as the sandbox writes
/// them: XML declaration, no indentation), and the RRP code it must end with. <see cref="TranslationPath"/> checks
/// every scenario once before it is measured, so a benchmark never times an error path by accident.
/// </summary>
/// <param name="Name">The BenchmarkDotNet parameter value (command and entity).</param>
/// <param name="Request">The request bytes without the final '.' line.</param>
/// <param name="Exchanges">Each EPP command the translation sends, with the registry's answer.</param>
/// <param name="Expected">The RRP answer's code.</param>
public sealed record TranslationScenario(string Name, byte[] Request, IReadOnlyList<(EppCommandKind Kind, byte[] Answer)> Exchanges, RrpResponseCode Expected)
{
    /// <summary>The name BenchmarkDotNet shows.</summary>
    public override string ToString() => Name;
}
