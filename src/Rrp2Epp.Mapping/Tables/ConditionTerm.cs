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
        // Every candidate row's terms are evaluated on every answer: no lambda here may capture the facts, or each call
        // would allocate a closure and a delegate (the few that must test per value live in their own methods).
        needs = FactKind.None;
        bool? result = Key switch
        {
            "always" => true,
            "local" => f.StrictRules,
            "sponsor" or "info" or "status" or "rgp" => OnInfo(f),
            "parent" => f.Parent is null ? null : OnParent(f, f.Parent),
            "ns" => f.NameServerUnregistered,
            "value" => OnValues(f.Values),
            "version" => Has(f.Version == RrpVersion.V2_0_0 ? "2.0.0" : "1.1.0"),
            "attempt" => Has(f.Attempt == 1 ? "1" : "2"),
            "ace" => f.Ace,
            "maxterm" => f.MaxTerm,
            "special-ip" => f.SpecialIp,
            "transfer" => Has(f.Transfer),
            "actor" => Has(f.Actor),
            "reconcile" => Has(f.Reconcile),
            "resent" => f.Resent,
            "command" => Has(f.Category switch { EppCommandCategory.Transform => "transform", EppCommandCategory.Query => "query", _ => null }),
            "avail" => f.Available is { } a && Has(a ? "yes" : "no"),
            "approve" => Has(f.Approve),
            "edit" => AnyIn(f.Edits),
            "value-edit" => f.Info is null ? null : Has(f.ValueEdit) && f.Info.IsAnswered && (f.ValueEdit == "add") == Delegated(f),
            "status-edit" => Has(f.StatusEdit),
            "mod" => AnyIn(f.Mod),
            "year" => Has(f.Year),
            "authinfo" => f.AuthInfoMissing,
            "host" => Has(f.HostZone),
            "addr" => Has(f.Addresses),
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

    // Whether the term lists value (never true for null: no term lists null).
    private bool Has(string? value)
    {
        if (value is null)
        {
            return false;
        }

        for (var i = 0; i < Values.Count; i++)
        {
            if (Values[i] == value)
            {
                return true;
            }
        }

        return false;
    }

    private bool AnyIn(IReadOnlySet<string> set)
    {
        for (var i = 0; i < Values.Count; i++)
        {
            if (set.Contains(Values[i]))
            {
                return true;
            }
        }

        return false;
    }

    private bool OnParent(DecisionFacts f, InfoFact parent)
    {
        for (var i = 0; i < Values.Count; i++)
        {
            if (Values[i] == "missing" ? parent.Code == EppResultCode.ObjectDoesNotExist : parent.IsSponsoredByOther(f.RegistrarId))
            {
                return true;
            }
        }

        return false;
    }

    private bool OnValues(IReadOnlyList<Epp.Responses.EppResultValue> values)
    {
        for (var i = 0; i < Values.Count; i++)
        {
            for (var j = 0; j < values.Count; j++)
            {
                if (Matches(values[j], Values[i]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool? OnInfo(DecisionFacts f)
    {
        if (f.Info is not { } info)
        {
            return null;
        }

        switch (Key)
        {
            case "sponsor":
                for (var i = 0; i < Values.Count; i++)
                {
                    if (Values[i] == "self" ? info.IsSponsoredBy(f.RegistrarId) : info.IsSponsoredByOther(f.RegistrarId))
                    {
                        return true;
                    }
                }

                return false;
            case "info":
                return info.Code is { } code && Has(((int)code).ToString(System.Globalization.CultureInfo.InvariantCulture));
            case "status":
                return info.Code == EppResultCode.Success && AnyIn(info.Statuses);
            default:
                return info.Code == EppResultCode.Success && AnyIn(info.RgpStatuses);
        }
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
