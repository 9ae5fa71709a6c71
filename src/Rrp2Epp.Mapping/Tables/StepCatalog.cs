using Rrp2Epp.Epp;
using Rrp2Epp.Rrp;

namespace Rrp2Epp.Mapping.Tables;

/// <summary>
/// The steps each translation resolves through results.csv, with the EPP codes that must have a row of their own
/// (success must never fall to the common 549). The loader checks the file against it: a row for a step no
/// translation takes is a typo, and a step without rows would leave a translation guessing.
/// </summary>
internal static class StepCatalog
{
    private static readonly EppResultCode[] Ok = [EppResultCode.Success];
    private static readonly EppResultCode[] Done = [EppResultCode.Success, EppResultCode.SuccessPending];

    /// <summary>One step of one command: whether it only gates the plan (may say <c>proceed</c>) and the codes it must name.</summary>
    public sealed record Entry(RrpCommand Command, RrpEntity? Entity, TableStep Step, bool Gate, IReadOnlyList<EppResultCode> Required);

    public static IReadOnlyList<Entry> Entries { get; } =
    [
        new(RrpCommand.Session, null, TableStep.Request, true, []),
        new(RrpCommand.Session, null, TableStep.Login, false, Ok),
        new(RrpCommand.Quit, null, TableStep.Logout, false, [EppResultCode.SuccessEndingSession]),

        new(RrpCommand.Add, RrpEntity.Domain, TableStep.Request, true, []),
        new(RrpCommand.Add, RrpEntity.Domain, TableStep.DomainCreate, false, Done),
        new(RrpCommand.Add, RrpEntity.Domain, TableStep.Reconcile, false, []),
        new(RrpCommand.Add, RrpEntity.NameServer, TableStep.Request, true, []),
        new(RrpCommand.Add, RrpEntity.NameServer, TableStep.ParentInfo, true, Ok),
        new(RrpCommand.Add, RrpEntity.NameServer, TableStep.HostCreate, false, Done),
        new(RrpCommand.Add, RrpEntity.NameServer, TableStep.Reconcile, false, []),

        new(RrpCommand.Check, RrpEntity.Domain, TableStep.DomainCheck, false, Ok),
        new(RrpCommand.Check, RrpEntity.Domain, TableStep.DomainInfo, false, Ok),
        new(RrpCommand.Check, RrpEntity.NameServer, TableStep.HostCheck, true, Ok),
        new(RrpCommand.Check, RrpEntity.NameServer, TableStep.HostInfo, false, Ok),

        new(RrpCommand.Del, RrpEntity.Domain, TableStep.DomainInfo, true, Ok),
        new(RrpCommand.Del, RrpEntity.Domain, TableStep.HostInfo, true, Ok),
        new(RrpCommand.Del, RrpEntity.Domain, TableStep.DomainUpdate, true, Done),
        new(RrpCommand.Del, RrpEntity.Domain, TableStep.HostDelete, true, Done),
        new(RrpCommand.Del, RrpEntity.Domain, TableStep.DomainDelete, false, Done),
        new(RrpCommand.Del, RrpEntity.Domain, TableStep.Reconcile, false, []),
        new(RrpCommand.Del, RrpEntity.NameServer, TableStep.HostInfo, true, Ok),
        new(RrpCommand.Del, RrpEntity.NameServer, TableStep.ParentInfo, true, Ok),
        new(RrpCommand.Del, RrpEntity.NameServer, TableStep.HostDelete, false, Done),
        new(RrpCommand.Del, RrpEntity.NameServer, TableStep.Reconcile, false, []),

        new(RrpCommand.Mod, RrpEntity.Domain, TableStep.DomainInfo, true, Ok),
        new(RrpCommand.Mod, RrpEntity.Domain, TableStep.HostCheck, true, Ok),
        new(RrpCommand.Mod, RrpEntity.Domain, TableStep.DomainUpdate, false, Done),
        new(RrpCommand.Mod, RrpEntity.Domain, TableStep.Reconcile, false, []),
        new(RrpCommand.Mod, RrpEntity.NameServer, TableStep.Request, true, []),
        new(RrpCommand.Mod, RrpEntity.NameServer, TableStep.HostInfo, true, Ok),
        new(RrpCommand.Mod, RrpEntity.NameServer, TableStep.ParentInfo, true, Ok),
        new(RrpCommand.Mod, RrpEntity.NameServer, TableStep.NewParentInfo, true, Ok),
        new(RrpCommand.Mod, RrpEntity.NameServer, TableStep.HostUpdate, false, Done),
        new(RrpCommand.Mod, RrpEntity.NameServer, TableStep.Reconcile, false, []),

        new(RrpCommand.Renew, RrpEntity.Domain, TableStep.DomainInfo, true, Ok),
        new(RrpCommand.Renew, RrpEntity.Domain, TableStep.DomainRenew, false, Done),
        new(RrpCommand.Renew, RrpEntity.Domain, TableStep.Reconcile, false, []),

        new(RrpCommand.Status, RrpEntity.Domain, TableStep.DomainInfo, false, Ok),
        new(RrpCommand.Status, RrpEntity.NameServer, TableStep.HostInfo, false, Ok),

        new(RrpCommand.Transfer, RrpEntity.Domain, TableStep.DomainInfo, true, Ok),
        new(RrpCommand.Transfer, RrpEntity.Domain, TableStep.TransferQuery, true, Ok),
        new(RrpCommand.Transfer, RrpEntity.Domain, TableStep.TransferRequest, false, Done),
        new(RrpCommand.Transfer, RrpEntity.Domain, TableStep.TransferApprove, false, Done),
        new(RrpCommand.Transfer, RrpEntity.Domain, TableStep.TransferReject, false, Done),
        new(RrpCommand.Transfer, RrpEntity.Domain, TableStep.TransferCancel, false, Done),
        new(RrpCommand.Transfer, RrpEntity.Domain, TableStep.Reconcile, false, []),

        new(RrpCommand.Restore, RrpEntity.Domain, TableStep.DomainInfo, true, Ok),
        new(RrpCommand.Restore, RrpEntity.Domain, TableStep.RestoreRequest, false, Done),
        new(RrpCommand.Restore, RrpEntity.Domain, TableStep.RestoreReport, false, Ok),
        new(RrpCommand.Restore, RrpEntity.Domain, TableStep.Reconcile, false, []),
    ];

    public static Entry? Find(RrpCommand command, RrpEntity? entity, TableStep step) =>
        Entries.FirstOrDefault(e => e.Command == command && e.Entity == entity && e.Step == step);

    /// <summary>Whether the command takes an entity (SESSION and QUIT do not; RENEW, TRANSFER, RESTORE take Domain only).</summary>
    public static bool Takes(RrpCommand command, RrpEntity? entity) => Entries.Any(e => e.Command == command && e.Entity == entity);
}
