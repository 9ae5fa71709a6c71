using System.Globalization;
using Rrp2Epp.Sandbox;

namespace Rrp2Epp.Gateway.Tests.Scenarios;

/// <summary>
/// The scenario world's starting state: one object per scenario, in the EPP state that scenario needs, named after it
/// (prefix = command). Every host gets addresses of its own (the sandbox's unique-address policy is on), drawn from
/// 45.60.0.0/14, which no special-purpose range covers.
/// </summary>
public static class WorldSeed
{
    public static readonly DateTimeOffset Clock = new(2025, 3, 14, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Domains whose authInfo the gateway's store is not given (a transfer request for them has none to present).</summary>
    public const string NoStoredAuthInfoPrefix = "tr-noauth";

    public static readonly DateTimeOffset Created = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The usual expiry: 2027-06-15 08:00:00.0 in New York.</summary>
    public static readonly DateTimeOffset Expires = new(2027, 6, 15, 12, 0, 0, TimeSpan.Zero);

    public static readonly string[] ClientLock = ["clientDeleteProhibited", "clientTransferProhibited", "clientUpdateProhibited"];

    public static readonly string[] ServerLock = ["serverDeleteProhibited", "serverTransferProhibited", "serverUpdateProhibited"];

    public static SandboxSeed Build()
    {
        var b = new Builder();

        // ADD
        b.Domain("add-parent.com").Host("ns1.add-parent.com");
        b.Domain("add-b-owned.com", "registrarB");
        b.Domain("add-a-owned.com");
        b.Domain("addns-parent.com").Host("ns1.addns-parent.com", addresses: ["45.63.0.1"]);
        b.Domain("addns-b-parent.com", "registrarB");
        b.Domain("addns-rgp.com", redemption: true);

        // CHECK
        b.Domain("check-taken.com").Host("ns1.check-taken.com", addresses: ["45.63.1.1", "2600:3c00::1"]);

        // DEL Domain
        b.Domain("del-ok.com").Domain("del-ok1.com");
        b.Domain("del-cascade.com").Host("ns1.del-cascade.com");
        b.Domain("del-linked.com").Host("ns1.del-linked.com").Domain("del-user.com", ns: ["ns1.del-linked.com"]);
        b.Domain("del-b.com", "registrarB");
        b.Domain("del-pt.com", pendingFor: "registrarB");
        b.Domain("del-locked.com", statuses: ["clientDeleteProhibited"]);
        b.Domain("del-slocked.com", statuses: ["serverDeleteProhibited"]);
        b.Domain("del-held.com", statuses: ["clientHold"]);
        b.Domain("del-sheld.com", statuses: ["serverHold"]);
        b.Domain("del-rgp.com", redemption: true);

        // DEL NameServer
        b.Domain("delns-parent.com")
            .Host("ns1.delns-parent.com").Host("ns2.delns-parent.com")
            .Host("ns3.delns-parent.com", statuses: ["serverDeleteProhibited"])
            .Host("ns4.delns-parent.com", statuses: ["serverDeleteProhibited"])
            .Host("ns5.delns-parent.com", statuses: ["clientDeleteProhibited"])
            .Host("ns6.delns-parent.com");
        b.Domain("delns-user.com", ns: ["ns2.delns-parent.com"]);
        b.Domain("delns-b.com", "registrarB").Host("ns1.delns-b.com", "registrarB");
        b.Domain("delns-lockedparent.com", statuses: ClientLock).Host("ns1.delns-lockedparent.com");
        b.Domain("delns-heldparent.com", statuses: ["clientHold"]).Host("ns1.delns-heldparent.com");

        // MOD Domain
        b.Domain("mod-hosts.com");
        for (var i = 1; i <= 14; i++)
        {
            b.Host($"ns{i}.mod-hosts.com");
        }

        b.Domain("mod-ns.com").Domain("mod-ns1.com").Domain("mod-replace.com", ns: ["ns1.mod-hosts.com"]);
        b.Domain("mod-lock.com").Domain("mod-unlock.com", statuses: ClientLock).Domain("mod-partial.com", statuses: ["clientTransferProhibited"]);
        b.Domain("mod-dup.com", ns: ["ns1.mod-hosts.com"]).Domain("mod-plain.com");
        b.Domain("mod-full.com", ns: [.. Enumerable.Range(1, 13).Select(i => $"ns{i}.mod-hosts.com")]);
        b.Domain("mod-held.com", statuses: ["clientHold"]).Domain("mod-b.com", "registrarB");
        b.Domain("mod-pt.com", pendingFor: "registrarB").Domain("mod-rgp.com", redemption: true);
        b.Domain("mod-locked.com", statuses: ClientLock).Domain("mod-slocked.com", statuses: ["serverUpdateProhibited"]);
        b.Domain("mod-status.com");

        // MOD NameServer
        b.Domain("modns-parent.com")
            .Host("ns1.modns-parent.com", addresses: ["45.63.2.1"]).Host("ns2.modns-parent.com", addresses: ["45.63.2.2"])
            .Host("ns3.modns-parent.com").Host("ns4.modns-parent.com", addresses: ["45.63.2.4"])
            .Host("ns5.modns-parent.com").Host("ns6.modns-parent.com").Host("ns7.modns-parent.com")
            .Host("ns8.modns-parent.com", statuses: ["serverUpdateProhibited"]).Host("ns9.modns-parent.com", statuses: ["serverUpdateProhibited"])
            .Host("ns10.modns-parent.com").Host("ns11.modns-parent.com").Host("ns12.modns-parent.com", addresses: ["45.63.2.30"]).Host("ns13.modns-parent.com");
        b.Domain("modns-b.com", "registrarB").Host("ns1.modns-b.com", "registrarB");
        b.Domain("modns-lockedparent.com", statuses: ["clientUpdateProhibited"]).Host("ns1.modns-lockedparent.com");

        // RENEW
        b.Domain("renew-ok.com").Domain("renew-ok1.com").Domain("renew-default.com").Domain("renew-again.com").Domain("renew-wrong.com");
        b.Domain("renew-max.com").Domain("renew-b.com", "registrarB").Domain("renew-prohibited.com", statuses: ["clientRenewProhibited"]);
        b.Domain("renew-rgp.com", redemption: true).Domain("renew-pt.com", pendingFor: "registrarB");
        b.Domain("renew-locked.com", statuses: ClientLock).Domain("renew-d.com", "registrarD");
        b.Domain("renew-newyear.com", expires: new DateTimeOffset(2027, 1, 1, 2, 0, 0, TimeSpan.Zero));

        // STATUS
        b.Domain("status-full.com").Host("ns1.status-full.com", addresses: ["45.63.3.1", "2600:3c00::3"]);
        b.Domain("status-ns.com", ns: ["ns1.status-full.com"]);
        b.Domain("status-b.com", "registrarB").Host("ns1.status-b.com", "registrarB");
        b.Domain("status-slock.com", statuses: ServerLock).Domain("status-shold.com", statuses: ["serverHold"]);
        b.Domain("status-pt.com", pendingFor: "registrarB").Domain("status-rgp.com", redemption: true);
        b.Domain("status-mixed.com", statuses: ["clientHold", "clientTransferProhibited"]);

        // TRANSFER
        b.Domain("tr-req.com").Domain("tr-own.com").Domain("tr-noauth.com").Domain("tr-pt.com", pendingFor: "registrarC");
        b.Domain("tr-locked.com", statuses: ["clientTransferProhibited"]).Domain("tr-rgp.com", redemption: true).Domain("tr-bill.com");
        b.Domain("tr-appr.com", pendingFor: "registrarB").Domain("tr-appr1.com", pendingFor: "registrarB").Domain("tr-none.com");
        b.Domain("tr-appr2.com", pendingFor: "registrarB").Domain("tr-rej.com", pendingFor: "registrarB");
        b.Domain("tr-cancel.com", pendingFor: "registrarB").Domain("tr-cancel1.com", pendingFor: "registrarB").Domain("tr-cancel2.com", pendingFor: "registrarB");
        b.Domain("tr-hosts.com", pendingFor: "registrarB").Host("ns1.tr-hosts.com");
        b.Domain("tr-maxterm.com", expires: new DateTimeOffset(2034, 12, 1, 0, 0, 0, TimeSpan.Zero));

        // RESTORE
        b.Domain("rs-rgp.com", redemption: true).Domain("rs-rgp1.com", redemption: true).Domain("rs-active.com");
        b.Domain("rs-b.com", "registrarB", redemption: true).Domain("rs-d.com", "registrarD", redemption: true);

        // Registry failures
        b.Domain("fault-info.com").Domain("fault-renew.com").Domain("fault-mod.com").Domain("fault-query.com").Domain("fault-always.com").Domain("fault-path.com");

        return b.ToSeed();
    }

    private sealed class Builder
    {
        private readonly List<SeedHost> _hosts = [];
        private readonly List<SeedDomain> _domains = [];
        private int _next;

        public Builder Domain(
            string name, string sponsor = "registrarA", string[]? statuses = null, string[]? ns = null,
            bool redemption = false, string? pendingFor = null, DateTimeOffset? expires = null)
        {
            var list = new List<string>(statuses ?? []);
            SeedTransfer? transfer = null;
            if (pendingFor is not null)
            {
                list.Add("pendingTransfer");
                transfer = new SeedTransfer("pending", pendingFor, Clock.AddDays(-1), null);
            }

            if (redemption)
            {
                list.Add("pendingDelete");
            }

            _domains.Add(new SeedDomain(name, sponsor, Created, expires ?? Expires, list, ns ?? [],
                "Seed-" + name.Split('.')[0] + "-9", redemption ? "redemptionPeriod" : null, transfer));
            return this;
        }

        public Builder Host(string name, string sponsor = "registrarA", string[]? statuses = null, string[]? addresses = null)
        {
            _hosts.Add(new SeedHost(name, sponsor, addresses ?? [NextAddress()], statuses ?? []));
            return this;
        }

        public SandboxSeed ToSeed() => new(
            Clock,
            [.. new[] { "registrarA", "registrarB", "registrarC", "registrarD", "registrarE", "registrarF" }.Select(id => new SeedRegistrar(id, "i-am-" + id))],
            _hosts,
            _domains);

        private string NextAddress()
        {
            var n = _next++;
            return string.Create(CultureInfo.InvariantCulture, $"45.60.{n / 250}.{(n % 250) + 1}");
        }
    }
}
