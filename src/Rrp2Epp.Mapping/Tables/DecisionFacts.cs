using Rrp2Epp.Epp;
using Rrp2Epp.Epp.Responses;
using Rrp2Epp.Rrp;

namespace Rrp2Epp.Mapping.Tables;

/// <summary>Facts a condition may need that cost an EPP query; the resolver asks for them one at a time.</summary>
internal enum FactKind
{
    None,

    /// <summary>A fresh info of the request's object (<c>sponsor:</c>, <c>info:</c>, <c>status:</c>, <c>rgp:</c>).</summary>
    ObjectInfo,

    /// <summary>A fresh info of the in-zone parent domain (<c>parent:</c>).</summary>
    ParentInfo,

    /// <summary>A <c>host:check</c> of the name servers the request names (<c>ns:</c>).</summary>
    NameServers,
}

/// <summary>
/// The inputs of result-mapping.md §1.3 for one decision: the answer's <c>&lt;value&gt;</c> elements, object state
/// from an info, and what the translation knows about the request. Conditions read it; a fact that is still
/// unknown (null) makes the resolver ask for the query that supplies it.
/// </summary>
internal sealed class DecisionFacts
{
    public DecisionFacts(string registrarId, RrpVersion version, bool strictRules)
    {
        RegistrarId = registrarId;
        Version = version;
        StrictRules = strictRules;
    }

    public string RegistrarId { get; }

    public RrpVersion Version { get; }

    public bool StrictRules { get; }

    /// <summary>The failing answer's values (or, on the request step, the EPP element of the offending RRP field).</summary>
    public IReadOnlyList<EppResultValue> Values { get; set; } = [];

    /// <summary>The object's info: the step's own answer on an info step, else a fresh one; null until read.</summary>
    public InfoFact? Info { get; set; }

    /// <summary>The in-zone parent's info; null until read.</summary>
    public InfoFact? Parent { get; set; }

    /// <summary>Whether a name server the request names is unregistered; null until checked.</summary>
    public bool? NameServerUnregistered { get; set; }

    public int Attempt { get; set; } = 1;

    public bool Resent { get; set; }

    public EppCommandCategory? Category { get; set; }

    public bool Ace { get; set; }

    public bool MaxTerm { get; set; }

    public bool SpecialIp { get; set; }

    public bool AuthInfoMissing { get; set; }

    public bool? Available { get; set; }

    public string? Approve { get; set; }

    public string? Actor { get; set; }

    public string? Transfer { get; set; }

    public string? Reconcile { get; set; }

    public string? Year { get; set; }

    public string? HostZone { get; set; }

    public string? Addresses { get; set; }

    /// <summary>Whether the echoed name server is one the request adds or removes ("add"/"remove").</summary>
    public string? ValueEdit { get; set; }

    /// <summary>The echoed name server.</summary>
    public string? ValueEditName { get; set; }

    public string? StatusEdit { get; set; }

    // Only MOD fills (and its rows read) these two: made on first use, not for every request.
    public HashSet<string> Edits => field ??= new(StringComparer.Ordinal);

    public HashSet<string> Mod => field ??= new(StringComparer.Ordinal);

    /// <summary>Adds a synthetic <c>&lt;value&gt;</c>: the EPP element a refused RRP field maps to (request checks).</summary>
    public void Offending(string namespaceUri, string localName) =>
        Values = [.. Values, new EppResultValue(namespaceUri, localName, string.Empty, new Dictionary<string, string>(), null)];
}
