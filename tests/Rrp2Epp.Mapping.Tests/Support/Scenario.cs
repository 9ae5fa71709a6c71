using Rrp2Epp.Epp;
using Rrp2Epp.Epp.Commands;
using Rrp2Epp.Mapping.Plans;
using Rrp2Epp.Rrp;

namespace Rrp2Epp.Mapping.Tests.Support;

/// <summary>
/// One scripted run of a translation: the request, the context, each EPP command it must send (by kind, optionally
/// checked further) with the result the "registry" gives, and the RRP answer it must finish with. Scenarios are data,
/// so the row-coverage test can run every one of them again.
/// </summary>
internal sealed class Scenario(string name, RrpRequest request)
{
    private readonly List<(EppCommandKind Kind, EppStepResult Result, Action<EppCommand>? Check)> _exchanges = [];
    private readonly List<Func<TranslationContext, TranslationContext>> _context = [];

    public string Name { get; } = name;

    public RrpRequest Request { get; } = request;

    public IReadOnlyList<(EppCommandKind Kind, EppStepResult Result, Action<EppCommand>? Check)> Exchanges => _exchanges;

    public RrpResponseCode Expected { get; private set; }

    public bool? ExpectedClose { get; private set; }

    public Action<FinishStep>? Check { get; private set; }

    public Scenario Then(EppCommandKind kind, EppStepResult result, Action<EppCommand>? check = null)
    {
        _exchanges.Add((kind, result, check));
        return this;
    }

    public Scenario Then<T>(EppCommandKind kind, EppStepResult result, Action<T> check)
        where T : EppCommand
    {
        _exchanges.Add((kind, result, c => check(Assert.IsType<T>(c))));
        return this;
    }

    public Scenario With(Func<TranslationContext, TranslationContext> change)
    {
        _context.Add(change);
        return this;
    }

    public Scenario Profile(Func<RegistryProfile, RegistryProfile> change) => With(c => c with { Profile = change(c.Profile) });

    public Scenario Version(RrpVersion version) => With(c => c with { Version = version });

    public Scenario Inputs(Func<TranslationInputs, TranslationInputs> change) => With(c => c with { Inputs = change(c.Inputs) });

    public Scenario Finishes(RrpResponseCode code, Action<FinishStep>? check = null, bool? closes = null)
    {
        Expected = code;
        Check = check;
        ExpectedClose = closes;
        return this;
    }

    public TranslationContext ContextFor(MappingTables tables)
    {
        var context = TestContexts.Create(tables: tables);
        foreach (var change in _context)
        {
            context = change(context);
        }

        return context;
    }

    public override string ToString() => Name;
}
