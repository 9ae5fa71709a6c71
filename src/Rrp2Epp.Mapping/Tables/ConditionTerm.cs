using Rrp2Epp.Epp;
using Rrp2Epp.Rrp;

namespace Rrp2Epp.Mapping.Tables;

/// <summary>
/// One term of a row's condition: <c>key</c> or <c>key:value|value…</c> (any of the values), optionally negated with
/// <c>!</c>. The keys form the closed vocabulary of result-mapping.md §1.7 plus the terms §3's rows need that §1.7
/// does not name (see mappings/README.md); <see cref="Vocabulary"/> lists them and what each may take.
/// </summary>
internal sealed record ConditionTerm(string Key, IReadOnlyList<string> Values, bool Negated)
{
    private static readonly Dictionary<string, string> Prefixes = new(StringComparer.Ordinal)
    {
        ["domain"] = EppNamespaces.Domain,
        ["host"] = EppNamespaces.Host,
        ["contact"] = EppNamespaces.Contact,
        ["rgp"] = EppNamespaces.Rgp,
        ["secDNS"] = EppNamespaces.SecDns,
        ["epp"] = EppNamespaces.Epp,
    };

    private static readonly string[] HostOnlyStatuses = ["linked"];

    /// <summary>The vocabulary: key → (allowed values or null for a flag, value check, the fact it needs, the commands that may use it).</summary>
    public static IReadOnlyDictionary<string, TermSpec> Vocabulary { get; } = new Dictionary<string, TermSpec>(StringComparer.Ordinal)
    {
        // result-mapping.md §1.7
        ["always"] = new(null, FactKind.None),
        ["local"] = new(null, FactKind.None),
        ["sponsor"] = new(["self", "other"], FactKind.ObjectInfo),
        ["info"] = new(["2201", "2303"], FactKind.ObjectInfo),
        ["status"] = new([.. DomainStatuses.All, .. HostOnlyStatuses], FactKind.ObjectInfo),
        ["rgp"] = new([RgpStatuses.AddPeriod, RgpStatuses.AutoRenewPeriod, RgpStatuses.RenewPeriod, RgpStatuses.TransferPeriod, RgpStatuses.RedemptionPeriod, RgpStatuses.PendingRestore, RgpStatuses.PendingDelete], FactKind.ObjectInfo),
        ["value"] = new([], FactKind.None) { Check = IsElementName },
        ["version"] = new(["1.1.0", "2.0.0"], FactKind.None),
        ["attempt"] = new(["1", "2"], FactKind.None) { Commands = [RrpCommand.Session] },
        ["ace"] = new(null, FactKind.None),
        ["maxterm"] = new(null, FactKind.None) { Commands = [RrpCommand.Renew] },
        ["special-ip"] = new(null, FactKind.None),
        ["transfer"] = new(["pending", "final", "none"], FactKind.None) { Commands = [RrpCommand.Transfer] },
        ["actor"] = new(["sponsor", "requester", "other"], FactKind.None) { Commands = [RrpCommand.Transfer] },
        ["reconcile"] = new(["applied", "not-applied", "unknown"], FactKind.None) { Steps = [TableStep.Reconcile] },

        // Additions for inputs §3 uses but §1.7 does not name.
        ["resent"] = new(null, FactKind.None),
        ["command"] = new(["query", "transform"], FactKind.None),
        ["avail"] = new(["yes", "no"], FactKind.None) { Commands = [RrpCommand.Check] },
        ["approve"] = new(["yes", "no", "absent"], FactKind.None) { Commands = [RrpCommand.Transfer] },
        ["parent"] = new(["missing", "other"], FactKind.ParentInfo),
        ["ns"] = new(["unregistered"], FactKind.NameServers),
        ["edit"] = new(["duplicate", "missing", "too-many"], FactKind.None) { Commands = [RrpCommand.Mod] },
        ["value-edit"] = new(["add", "remove"], FactKind.ObjectInfo) { Commands = [RrpCommand.Mod] },
        ["status-edit"] = new(["final", "duplicate", "missing"], FactKind.None) { Commands = [RrpCommand.Mod] },
        ["mod"] = new(["status-only", "unlocks", "locks"], FactKind.None) { Commands = [RrpCommand.Mod] },
        ["year"] = new(["renewed", "mismatch"], FactKind.None) { Commands = [RrpCommand.Renew] },
        ["authinfo"] = new(["none"], FactKind.None) { Commands = [RrpCommand.Transfer] },
        ["host"] = new(["in-zone", "external"], FactKind.None),
        ["addr"] = new(["none", "some"], FactKind.None),
    };

    /// <summary>The term as written, values sorted, for comparing rows.</summary>
    public string Canonical => (Negated ? "!" : string.Empty) + Key + (Values.Count == 0 ? string.Empty : ":" + string.Join("|", Values.Order(StringComparer.Ordinal)));

    public TermSpec Spec => Vocabulary[Key];

    /// <summary>Parses one term; null with <paramref name="problem"/> set when it is not in the vocabulary.</summary>
    public static ConditionTerm? Parse(string text, out string problem)
    {
        problem = string.Empty;
        var negated = text.StartsWith('!');
        var body = negated ? text[1..].Trim() : text;
        var colon = body.IndexOf(':', StringComparison.Ordinal);
        var key = colon < 0 ? body : body[..colon];
        if (!Vocabulary.TryGetValue(key, out var spec))
        {
            problem = $"'{key}' is not a condition term (see mappings/README.md for the vocabulary)";
            return null;
        }

        var values = colon < 0 ? [] : body[(colon + 1)..].Split('|').Select(v => v.Trim()).ToArray();
        if (spec.Values is null)
        {
            if (values.Length > 0)
            {
                problem = $"'{key}' takes no value";
                return null;
            }

            if (negated && key is "always" or "local")
            {
                problem = $"'{key}' cannot be negated";
                return null;
            }
        }
        else
        {
            if (values.Length == 0 || values.Any(v => v.Length == 0))
            {
                problem = $"'{key}' needs a value";
                return null;
            }

            var bad = values.FirstOrDefault(v => spec.Check is { } check ? !check(v) : !spec.Values.Contains(v, StringComparer.Ordinal));
            if (bad is not null)
            {
                problem = spec.Check is null
                    ? $"'{bad}' is not a value of '{key}' (one of {string.Join(", ", spec.Values)})"
                    : $"'{bad}' is not an element name of the form prefix:localName with a known prefix ({string.Join(", ", Prefixes.Keys)})";
                return null;
            }

            if (values.Distinct(StringComparer.Ordinal).Count() != values.Length)
            {
                problem = $"'{key}' lists a value twice";
                return null;
            }
        }

        return new ConditionTerm(key, values, negated);
    }

    /// <summary>True, false, or null when the fact is still unknown (then <paramref name="needs"/> says which query supplies it).</summary>
    public bool? Evaluate(DecisionFacts f, out FactKind needs)
    {
        needs = FactKind.None;
        bool? result = Key switch
        {
            "always" => true,
            "local" => f.StrictRules,
            "sponsor" or "info" or "status" or "rgp" => OnInfo(f),
            "parent" => f.Parent is null ? null : Any(v => v == "missing" ? f.Parent.Code == EppResultCode.ObjectDoesNotExist : f.Parent.IsSponsoredByOther(f.RegistrarId)),
            "ns" => f.NameServerUnregistered,
            "value" => Any(v => f.Values.Any(x => Matches(x, v))),
            "version" => Any(v => v == (f.Version == RrpVersion.V2_0_0 ? "2.0.0" : "1.1.0")),
            "attempt" => Any(v => v == (f.Attempt == 1 ? "1" : "2")),
            "ace" => f.Ace,
            "maxterm" => f.MaxTerm,
            "special-ip" => f.SpecialIp,
            "transfer" => Any(v => v == f.Transfer),
            "actor" => Any(v => v == f.Actor),
            "reconcile" => Any(v => v == f.Reconcile),
            "resent" => f.Resent,
            "command" => Any(v => v == f.Category switch { EppCommandCategory.Transform => "transform", EppCommandCategory.Query => "query", _ => null }),
            "avail" => Any(v => f.Available is { } a && v == (a ? "yes" : "no")),
            "approve" => Any(v => v == f.Approve),
            "edit" => Any(f.Edits.Contains),
            "value-edit" => f.Info is null ? null : Any(v => v == f.ValueEdit && f.Info.IsAnswered && (v == "add") == Delegated(f)),
            "status-edit" => Any(v => v == f.StatusEdit),
            "mod" => Any(f.Mod.Contains),
            "year" => Any(v => v == f.Year),
            "authinfo" => f.AuthInfoMissing,
            "host" => Any(v => v == f.HostZone),
            "addr" => Any(v => v == f.Addresses),
            _ => false,
        };

        if (result is null)
        {
            needs = Spec.Fact;
            return null;
        }

        return Negated ? !result : result;
    }

    /// <inheritdoc />
    public override string ToString() => Canonical;

    private bool Any(Func<string, bool> test) => Values.Any(test);

    private bool? OnInfo(DecisionFacts f)
    {
        if (f.Info is not { } info)
        {
            return null;
        }

        return Key switch
        {
            "sponsor" => Any(v => v == "self" ? info.IsSponsoredBy(f.RegistrarId) : info.IsSponsoredByOther(f.RegistrarId)),
            "info" => Any(v => info.Code is { } code && v == ((int)code).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            "status" => info.Code == EppResultCode.Success && Any(info.Statuses.Contains),
            _ => info.Code == EppResultCode.Success && Any(info.RgpStatuses.Contains),
        };
    }

    // Whether a fresh info shows the name server the answer echoed in the domain's delegation.
    private static bool Delegated(DecisionFacts f) =>
        f.ValueEditName is { } name && f.Info?.Response?.GetData<Epp.Responses.DomainInfoData>()?.NameServers?.Names.Contains(name, StringComparer.OrdinalIgnoreCase) == true;

    private static bool Matches(Epp.Responses.EppResultValue value, string name)
    {
        var colon = name.IndexOf(':', StringComparison.Ordinal);
        return Prefixes.TryGetValue(name[..colon], out var ns) && value.Is(ns, name[(colon + 1)..]);
    }

    private static bool IsElementName(string value)
    {
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && colon < value.Length - 1 && Prefixes.ContainsKey(value[..colon])
            && value[(colon + 1)..].All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
    }
}

/// <summary>What a condition key may take: its values (null for a flag), the fact it needs, and where it may be used.</summary>
internal sealed record TermSpec(IReadOnlyList<string>? Values, FactKind Fact)
{
    /// <summary>A check replacing the closed value list (element names).</summary>
    public Func<string, bool>? Check { get; init; }

    /// <summary>The only commands whose rows may use the key; null for any.</summary>
    public IReadOnlyList<RrpCommand>? Commands { get; init; }

    /// <summary>The only steps whose rows may use the key; null for any.</summary>
    public IReadOnlyList<TableStep>? Steps { get; init; }
}
