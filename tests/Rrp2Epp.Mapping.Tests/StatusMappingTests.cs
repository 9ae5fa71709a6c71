using Rrp2Epp.Rrp;
using static Rrp2Epp.Rrp.RrpStatus;

namespace Rrp2Epp.Mapping.Tests;

public sealed class StatusMappingTests
{
    private static readonly StatusMapping Mapping = MappingTables.Default.StatusMapping;

    /// <summary>result-mapping.md §6 point 5: the 32 RRP status sets that have a valid EPP form, written out.</summary>
    internal static readonly RrpStatus[][] LosslessSets =
    [
        [Active],
        [RegistrarLock], [RegistrarHold], [RegistryLock], [RegistryHold],
        [RegistrarLock, RegistrarHold], [RegistrarLock, RegistryLock], [RegistrarLock, RegistryHold],
        [RegistrarHold, RegistryLock], [RegistrarHold, RegistryHold], [RegistryLock, RegistryHold],
        [RegistrarLock, RegistrarHold, RegistryLock], [RegistrarLock, RegistrarHold, RegistryHold],
        [RegistrarLock, RegistryLock, RegistryHold], [RegistrarHold, RegistryLock, RegistryHold],
        [RegistrarLock, RegistrarHold, RegistryLock, RegistryHold],
        [PendingTransfer], [PendingTransfer, RegistrarHold], [PendingTransfer, RegistryHold], [PendingTransfer, RegistrarHold, RegistryHold],
        [RedemptionPeriod], [RedemptionPeriod, RegistrarHold], [RedemptionPeriod, RegistryHold], [RedemptionPeriod, RegistrarHold, RegistryHold],
        [PendingRestore], [PendingRestore, RegistrarHold], [PendingRestore, RegistryHold], [PendingRestore, RegistrarHold, RegistryHold],
        [PendingDelete], [PendingDelete, RegistrarHold], [PendingDelete, RegistryHold], [PendingDelete, RegistrarHold, RegistryHold],
    ];

    public static TheoryData<string> Sets()
    {
        var data = new TheoryData<string>();
        foreach (var set in LosslessSets)
        {
            data.Add(string.Join(",", set.Select(s => s.ToWireText())));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void The_round_trip_is_lossless_for_every_set_with_a_valid_EPP_form(string words)
    {
        var set = words.Split(',').Select(Word).ToList();

        var epp = Mapping.ToEpp(set);
        var back = Mapping.ToRrp(epp.Statuses, epp.RgpStatuses);

        Assert.True(IsValidEppForm(epp.Statuses, epp.RgpStatuses), $"{words} → {string.Join(" ", epp.Statuses)} is not a valid EPP set");
        Assert.Equal(set.Order(), back.Statuses);
        Assert.Empty(back.Untwinned);
        Assert.Empty(epp.Unrepresentable);
    }

    [Fact]
    public void Exactly_those_32_sets_of_all_RRP_status_sets_have_a_valid_EPP_form()
    {
        var all = Enum.GetValues<RrpStatus>();
        var valid = new List<string>();
        for (var mask = 1; mask < 1 << all.Length; mask++)
        {
            var set = all.Where((_, i) => (mask & (1 << i)) != 0).ToList();
            if (set.Contains(Active) && set.Count > 1)
            {
                continue; // ACTIVE is exclusive (RFC 2832 §6.1): no such RRP set.
            }

            var epp = Mapping.ToEpp(set);
            if (epp.Unrepresentable.Count == 0 && IsValidEppForm(epp.Statuses, epp.RgpStatuses))
            {
                valid.Add(Key(set));
            }
        }

        Assert.Equal(LosslessSets.Select(Key).Order(StringComparer.Ordinal), valid.Order(StringComparer.Ordinal));
        Assert.Equal(32, valid.Count);
    }

    public static TheoryData<string[], string[], string[], string[]> LossyReverse => new()
    {
        // EPP set, RGP, the RRP words it shows, the EPP set those words write back (MOD works on deltas, so no harm).
        { ["clientTransferProhibited"], [], ["REGISTRAR-LOCK"], ["clientDeleteProhibited", "clientTransferProhibited", "clientUpdateProhibited"] },
        { ["inactive"], [], ["ACTIVE"], ["ok"] },
        { ["clientRenewProhibited", "serverUpdateProhibited"], [], ["REGISTRY-LOCK"], ["serverDeleteProhibited", "serverTransferProhibited", "serverUpdateProhibited"] },
        { ["pendingCreate"], [], ["ACTIVE"], ["ok"] },
        { ["ok"], ["addPeriod"], ["ACTIVE"], ["ok"] },
        { ["pendingDelete"], [], ["PENDINGDELETE"], ["pendingDelete"] },
    };

    [Theory]
    [MemberData(nameof(LossyReverse))]
    public void The_reverse_round_trip_is_lossy_by_design(string[] epp, string[] rgp, string[] shown, string[] written)
    {
        var view = Mapping.ToRrp(epp, rgp);
        var back = Mapping.ToEpp(view.Statuses);

        Assert.Equal(shown, view.Statuses.Select(s => s.ToWireText()));
        Assert.Equal(written, back.Statuses);
    }

    [Fact]
    public void Statuses_without_an_RRP_twin_are_listed_for_the_log()
    {
        var view = Mapping.ToRrp(["inactive", "clientRenewProhibited", "clientHold"], ["addPeriod"]);

        Assert.Equal([RegistrarHold], view.Statuses);
        Assert.Equal(["clientRenewProhibited", "inactive", "rgp:addPeriod"], view.Untwinned);
        Assert.NotEmpty(view.Rows);
    }

    [Fact]
    public void The_output_follows_RRPs_fixed_order()
    {
        var view = Mapping.ToRrp(["pendingTransfer", "clientTransferProhibited", "serverHold", "clientHold", "serverDeleteProhibited"], []);

        Assert.Equal("REGISTRY-LOCK, REGISTRY-HOLD, REGISTRAR-HOLD, REGISTRAR-LOCK, PENDINGTRANSFER", view.ToString());
    }

    public static TheoryData<string[], string[], string> StrictListener => new()
    {
        { ["pendingDelete"], ["redemptionPeriod"], "REGISTRY-HOLD" },
        { ["pendingDelete"], ["pendingRestore"], "REGISTRY-LOCK" },
        { ["pendingDelete"], ["pendingDelete"], "REGISTRY-HOLD" },
        { ["pendingDelete"], [], "REGISTRY-HOLD" },
        { ["pendingTransfer"], [], "ACTIVE" },
        { ["pendingTransfer", "clientHold"], [], "REGISTRAR-HOLD" },
        { ["pendingDelete", "serverHold"], ["redemptionPeriod"], "REGISTRY-HOLD" },
    };

    [Theory]
    [MemberData(nameof(StrictListener))]
    public void A_listener_without_extended_statuses_sees_RFC_words_only(string[] epp, string[] rgp, string shown)
    {
        Assert.Equal(shown, Mapping.ToRrp(epp, rgp, extendedStatuses: false).ToString());
    }

    [Fact]
    public void The_delete_notify_marker_adds_its_word()
    {
        Assert.Equal("ACTIVE", Mapping.ToRrp(["ok"], []).ToString());
        Assert.Equal("REGISTRY-DELETE-NOTIFY", Mapping.ToRrp(["ok"], [], deleteNotify: true).ToString());
        Assert.Equal([RegistryDeleteNotify], Mapping.ToEpp([RegistryDeleteNotify]).Unrepresentable);
    }

    public static TheoryData<string, string[], StatusEditRefusal, string[], string[]> Edits => new()
    {
        // edits ('+' add, '-' remove, 'a=b' replace), current EPP set, refusal, EPP add, EPP remove
        { "+REGISTRAR-LOCK", ["ok"], StatusEditRefusal.None, ["clientDeleteProhibited", "clientTransferProhibited", "clientUpdateProhibited"], [] },
        { "+REGISTRAR-LOCK", ["clientTransferProhibited"], StatusEditRefusal.None, ["clientDeleteProhibited", "clientUpdateProhibited"], [] },
        { "+REGISTRAR-LOCK", ["clientDeleteProhibited", "clientTransferProhibited", "clientUpdateProhibited"], StatusEditRefusal.Duplicate, [], [] },
        { "-REGISTRAR-LOCK", ["clientTransferProhibited", "clientRenewProhibited"], StatusEditRefusal.None, [], ["clientTransferProhibited"] },
        { "-REGISTRAR-LOCK", ["ok"], StatusEditRefusal.Missing, [], [] },
        { "+REGISTRAR-HOLD", ["clientHold"], StatusEditRefusal.Duplicate, [], [] },
        { "-REGISTRAR-HOLD", ["serverHold"], StatusEditRefusal.Missing, [], [] },
        { "REGISTRAR-HOLD=REGISTRAR-LOCK", ["clientHold"], StatusEditRefusal.None, ["clientDeleteProhibited", "clientTransferProhibited", "clientUpdateProhibited"], ["clientHold"] },
        { "+ACTIVE", ["ok"], StatusEditRefusal.Final, [], [] },
        { "-REGISTRY-LOCK", ["serverUpdateProhibited"], StatusEditRefusal.Final, [], [] },
        { "+PENDINGDELETE", ["ok"], StatusEditRefusal.Final, [], [] },
        { "+REGISTRAR-HOLD,+REDEMPTIONPERIOD", ["clientHold"], StatusEditRefusal.Final, [], [] },
        { "+REGISTRAR-HOLD,-REGISTRAR-LOCK", ["clientHold"], StatusEditRefusal.Duplicate, [], [] },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void MOD_status_edits_become_a_delta_or_a_refusal(string edits, string[] current, StatusEditRefusal refusal, string[] add, string[] remove)
    {
        var plan = Mapping.PlanEdits([.. edits.Split(',').Select(Edit)], current);

        Assert.Equal(refusal, plan.Refusal);
        Assert.Equal(add, plan.Add);
        Assert.Equal(remove, plan.Remove);
        Assert.DoesNotContain(plan.Add.Concat(plan.Remove), s => s is "ok" or "inactive" || s.StartsWith("server", StringComparison.Ordinal) || s.StartsWith("pending", StringComparison.Ordinal));
    }

    private static RrpStatus Word(string word) => RrpStatuses.TryParse(word, out var status) ? status : throw new ArgumentException(word, nameof(word));

    private static RrpEdit<RrpStatus> Edit(string text)
    {
        return text[0] switch
        {
            '+' => RrpEdit.Add(Word(text[1..])),
            '-' => RrpEdit.Remove(Word(text[1..])),
            _ => RrpEdit.Replace(Word(text.Split('=')[0]), Word(text.Split('=')[1])),
        };
    }

    private static string Key(IEnumerable<RrpStatus> set) => string.Join(",", set.Order().Select(s => s.ToWireText()));

    /// <summary>RFC 5731 §2.3's combination rules, plus RFC 3915: an RGP status goes with pendingDelete only here.</summary>
    private static bool IsValidEppForm(IReadOnlyList<string> statuses, IReadOnlyList<string> rgp)
    {
        var s = statuses.ToHashSet(StringComparer.Ordinal);
        if (s.Count == 0 || (s.Contains("ok") && s.Count > 1) || s.Count(x => x.StartsWith("pending", StringComparison.Ordinal)) > 1)
        {
            return false;
        }

        foreach (var (pending, prohibited) in new[] { ("pendingDelete", "DeleteProhibited"), ("pendingRenew", "RenewProhibited"), ("pendingTransfer", "TransferProhibited"), ("pendingUpdate", "UpdateProhibited") })
        {
            if (s.Contains(pending) && (s.Contains("client" + prohibited) || s.Contains("server" + prohibited)))
            {
                return false;
            }
        }

        return rgp.Count <= 1 && (rgp.Count == 0 || s.Contains("pendingDelete"));
    }
}
