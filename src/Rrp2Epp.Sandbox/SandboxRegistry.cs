using Rrp2Epp.Epp;

namespace Rrp2Epp.Sandbox;

/// <summary>How a login attempt ended.</summary>
internal enum LoginOutcome
{
    Ok,
    BadCredentials,
    TooManySessions,
}

/// <summary>A command's result plus the registrar's queue state after it (for msgQ on every response).</summary>
internal readonly record struct RegistryOutcome(SandboxResult Result, int QueueCount, long? QueueHead);

/// <summary>
/// All registry objects and their rules (RFC 5730-5733, 3915). Thread-safe: every operation runs
/// under one short lock, and XML is read and written outside it, so the lock never serializes I/O.
/// Time-driven transitions (auto-approve, auto-renew, RGP phases, purge) are applied lazily from the
/// <see cref="TimeProvider"/>'s current time at the start of every operation, in the order they
/// fall due: advancing a fake clock is enough, and no timer can race a command.
/// </summary>
public sealed partial class SandboxRegistry
{
    private readonly Lock _lock = new();
    private readonly TimeProvider _time;
    private readonly SandboxPolicies _policies;
    private readonly Dictionary<string, Registrar> _registrars = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DomainObject> _domains = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HostObject> _hosts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ContactObject> _contacts = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, HostObject> _addressOwners = new(StringComparer.Ordinal);
    private readonly PriorityQueue<DomainObject, DateTimeOffset> _events = new();
    private long _roid;
    private long _messageId;

    /// <summary>Creates the registry with the seed's state (the demo seed when null).</summary>
    /// <exception cref="SandboxSeedException">The seed breaks a rule that depends on the policies.</exception>
    public SandboxRegistry(SandboxPolicies policies, TimeProvider time, SandboxSeed? seed = null)
    {
        ArgumentNullException.ThrowIfNull(policies);
        ArgumentNullException.ThrowIfNull(time);
        var errors = policies.Validate();
        if (errors.Count > 0)
        {
            throw new SandboxOptionsException(errors);
        }

        _policies = policies;
        _time = time;
        LoadSeed(seed ?? SandboxSeed.Demo);
    }

    /// <summary>The registry's clock.</summary>
    public TimeProvider Time => _time;

    /// <summary>The policies in force.</summary>
    public SandboxPolicies Policies => _policies;

    /// <summary>The registry's current time, to the second (the precision of every stored date).</summary>
    public DateTimeOffset Now
    {
        get
        {
            var now = _time.GetUtcNow();
            return new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        }
    }

    /// <summary>True when the domain is registered (in any state, pendingDelete included) at the current time.</summary>
    public bool DomainExists(string name)
    {
        lock (_lock)
        {
            Sweep(Now);
            return _domains.ContainsKey(DomainNames.Normalize(name));
        }
    }

    /// <summary>True when the host object exists.</summary>
    public bool HostExists(string name)
    {
        lock (_lock)
        {
            Sweep(Now);
            return _hosts.ContainsKey(DomainNames.Normalize(name));
        }
    }

    /// <summary>The registrar ids.</summary>
    public IReadOnlyList<string> RegistrarIds
    {
        get
        {
            lock (_lock)
            {
                return _registrars.Keys.ToList();
            }
        }
    }

    /// <summary>A registrar's remaining credit in domain-years (null: unlimited).</summary>
    public int? CreditOf(string registrar)
    {
        lock (_lock)
        {
            return RegistrarOrThrow(registrar).Credit;
        }
    }

    /// <summary>Sets a registrar's credit (null: unlimited).</summary>
    public void SetCredit(string registrar, int? credit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(credit ?? 0);
        lock (_lock)
        {
            RegistrarOrThrow(registrar).Credit = credit;
        }
    }

    /// <summary>
    /// The registry's decision on a create answered 1001 (<see cref="SandboxPolicies.PendingCreates"/>): approved, the
    /// domain loses pendingCreate; denied, it is removed and the create refunded. Either way the sponsor gets a panData
    /// poll message echoing the create's transaction ids. False when no such create is pending.
    /// </summary>
    public bool ResolvePendingCreate(string name, bool approve)
    {
        lock (_lock)
        {
            var now = Now;
            Sweep(now);
            if (!_domains.TryGetValue(DomainNames.Normalize(name), out var d) || d.PendingCreate is not { } create)
            {
                return false;
            }

            d.PendingCreate = null;
            if (!approve)
            {
                Refund(d.Sponsor, d.Grace.FirstOrDefault(g => g.Status == "addPeriod")?.RefundYears ?? 0);
                Purge(d);
            }

            Enqueue(d.Sponsor, now, approve ? "Pending create approved." : "Pending create denied.", new DomainPendingActionData(d.Name, approve, create, now));
            return true;
        }
    }

    /// <summary>How many poll messages wait for a registrar (after due transitions are applied).</summary>
    public int PendingMessages(string registrar)
    {
        lock (_lock)
        {
            Sweep(Now);
            return RegistrarOrThrow(registrar).Queue.Count;
        }
    }

    /// <summary>How many logged-in sessions a registrar has.</summary>
    public int SessionsOf(string registrar)
    {
        lock (_lock)
        {
            return RegistrarOrThrow(registrar).Sessions;
        }
    }

    /// <summary>How many logins of a registrar have succeeded since start.</summary>
    public int LoginsOf(string registrar)
    {
        lock (_lock)
        {
            return RegistrarOrThrow(registrar).Logins;
        }
    }

    internal LoginOutcome Login(string clientId, string password, string? newPassword, int maxSessions)
    {
        lock (_lock)
        {
            if (!_registrars.TryGetValue(clientId, out var registrar) || registrar.Password != password)
            {
                return LoginOutcome.BadCredentials;
            }

            if (registrar.Sessions >= maxSessions)
            {
                return LoginOutcome.TooManySessions;
            }

            registrar.Sessions++;
            registrar.Logins++;
            if (newPassword is not null)
            {
                registrar.Password = newPassword;
            }

            return LoginOutcome.Ok;
        }
    }

    internal void EndSession(string clientId)
    {
        lock (_lock)
        {
            if (_registrars.TryGetValue(clientId, out var registrar) && registrar.Sessions > 0)
            {
                registrar.Sessions--;
            }
        }
    }

    /// <summary>Runs one object or poll command for a logged-in registrar.</summary>
    internal RegistryOutcome Execute(SandboxCommand command, string clientId, bool rgp, string svTrid)
    {
        lock (_lock)
        {
            var now = Now;
            Sweep(now);
            var registrar = _registrars[clientId];
            var result = command switch
            {
                PollRequest poll => Poll(poll, registrar),
                DomainCheckRequest c => DomainCheck(c),
                DomainInfoRequest c => DomainInfo(c, clientId, rgp, now),
                DomainCreateRequest c => DomainCreate(c, registrar, now, svTrid),
                DomainDeleteRequest c => DomainDelete(c, registrar, now, svTrid),
                DomainRenewRequest c => DomainRenew(c, registrar, now),
                DomainUpdateRequest c => DomainUpdate(c, registrar, now),
                DomainTransferRequest c => DomainTransfer(c, registrar, now),
                HostCheckRequest c => HostCheck(c),
                HostInfoRequest c => HostInfo(c),
                HostCreateRequest c => HostCreate(c, clientId, now),
                HostDeleteRequest c => HostDelete(c, clientId),
                HostUpdateRequest c => HostUpdate(c, clientId, now),
                ContactCheckRequest c => ContactCheck(c),
                ContactInfoRequest c => ContactInfo(c, clientId),
                ContactCreateRequest c => ContactCreate(c, clientId, now),
                ContactDeleteRequest c => ContactDelete(c, clientId),
                ContactUpdateRequest c => ContactUpdate(c, clientId, now),
                _ => SandboxResult.Fail(EppResultCode.UnimplementedCommand),
            };
            var head = registrar.Queue.First?.Value;
            return new RegistryOutcome(result, registrar.Queue.Count, head?.Id);
        }
    }

    /// <summary>The queue state of a registrar (for responses to commands that do not reach the registry).</summary>
    internal (int Count, long? Head) QueueState(string clientId)
    {
        lock (_lock)
        {
            Sweep(Now);
            var queue = _registrars[clientId].Queue;
            return (queue.Count, queue.First?.Value.Id);
        }
    }

    private SandboxResult Poll(PollRequest poll, Registrar registrar)
    {
        var queue = registrar.Queue;
        if (!poll.Ack)
        {
            return queue.First is { } first
                ? new SandboxResult(EppResultCode.SuccessAckToDequeue, first.Value.ResData) { PollMessage = first.Value }
                : new SandboxResult(EppResultCode.SuccessNoMessages);
        }

        for (var node = queue.First; node is not null; node = node.Next)
        {
            if (long.TryParse(poll.MessageId, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) && node.Value.Id == id)
            {
                queue.Remove(node);
                return SandboxResult.Ok;
            }
        }

        return SandboxResult.Fail(EppResultCode.ObjectDoesNotExist,
            new ErrorValue("", EppNamespaces.Epp, "poll", null, "No message with this id is queued for this registrar",
                [("op", "ack"), ("msgID", poll.MessageId ?? "")]));
    }

    private void Enqueue(string registrarId, DateTimeOffset at, string text, ResponseData? data)
    {
        if (_registrars.TryGetValue(registrarId, out var registrar))
        {
            registrar.Queue.AddLast(new PollMessage(++_messageId, at, text, data));
        }
    }

    private string NextRoid(char kind) => FormattableString.Invariant($"{kind}{++_roid}-SANDBOX");

    private Registrar RegistrarOrThrow(string id) =>
        _registrars.TryGetValue(id, out var r) ? r : throw new ArgumentException($"no registrar {id}", nameof(id));

    /// <summary>Bills a registrar; false (2104) when its credit does not cover it.</summary>
    private static bool TryCharge(Registrar registrar, int years)
    {
        if (registrar.Credit is null)
        {
            return true;
        }

        if (registrar.Credit < years)
        {
            return false;
        }

        registrar.Credit -= years;
        return true;
    }

    private void Refund(string registrarId, int years)
    {
        if (years > 0 && _registrars.TryGetValue(registrarId, out var registrar) && registrar.Credit is not null)
        {
            registrar.Credit += years;
        }
    }

    private static SandboxResult Billing(Registrar registrar, string name) =>
        SandboxResult.Fail(EppResultCode.BillingFailure,
            ErrorValue.Domain("name", name, $"Registrar {registrar.Id} has {registrar.Credit} domain-years of credit left"));

    /// <summary>(Re)queues a domain's next time-driven transition.</summary>
    private void Schedule(DomainObject domain)
    {
        if (domain.Purged)
        {
            return;
        }

        var next = domain.NextEvent;
        if (next != domain.ScheduledEvent)
        {
            domain.ScheduledEvent = next;
            _events.Enqueue(domain, next);
        }
    }

    /// <summary>Applies every transition due at <paramref name="now"/>, earliest first.</summary>
    private void Sweep(DateTimeOffset now)
    {
        while (_events.TryPeek(out var domain, out var at) && at <= now)
        {
            _events.Dequeue();
            if (domain.Purged || domain.ScheduledEvent != at)
            {
                continue;
            }

            domain.ScheduledEvent = DateTimeOffset.MaxValue;
            Advance(domain, now);
            Schedule(domain);
        }
    }

    /// <summary>Moves one domain through every transition due by <paramref name="now"/>, each at its own time.</summary>
    private void Advance(DomainObject domain, DateTimeOffset now)
    {
        for (var at = domain.NextEvent; at <= now && !domain.Purged; at = domain.NextEvent)
        {
            if (domain.Deletion is { } deletion)
            {
                switch (deletion.Phase)
                {
                    case DeletionPhase.RedemptionPeriod:
                        deletion.Phase = DeletionPhase.PendingDelete;
                        deletion.PhaseEnds = at + _policies.PendingDeletePeriod;
                        break;
                    case DeletionPhase.PendingRestore:
                        // No report in time: back to redemption (RFC 3915 §2 step 6), or on to purge when it has run out.
                        deletion.RestoreRequestedAt = null;
                        deletion.Phase = deletion.RedemptionEnds > at ? DeletionPhase.RedemptionPeriod : DeletionPhase.PendingDelete;
                        deletion.PhaseEnds = deletion.RedemptionEnds > at ? deletion.RedemptionEnds : at + _policies.PendingDeletePeriod;
                        break;
                    default:
                        Purge(domain);
                        if (deletion.Command is { } delete)
                        {
                            // The delete answered 1001 has completed: the name is gone (RFC 5731 §3.3 pending-action notice).
                            Enqueue(domain.Sponsor, at, "Pending delete completed: domain purged.", new DomainPendingActionData(domain.Name, true, delete, at));
                        }

                        break;
                }
            }
            else if (domain.PendingTransfer && domain.Transfer!.ActingAt == at)
            {
                CompleteTransfer(domain, "serverApproved", domain.Transfer.ActingId, at);
            }
            else
            {
                // Auto-renew at expiry (one year), with its grace period.
                var expired = domain.ExDate;
                domain.ExDate = expired.AddYears(1);
                domain.Grace.Add(new GracePeriod("autoRenewPeriod", expired + _policies.AutoRenewGracePeriod, 0));
                if (domain.Transfer is { Pending: true } pending)
                {
                    pending.ExDate = TransferExpiry(domain, pending.Years, at);
                }
            }
        }
    }

    /// <summary>Removes a domain for good: the name is available again and its delegations go.</summary>
    private void Purge(DomainObject domain)
    {
        domain.Purged = true;
        _domains.Remove(domain.Name);
        foreach (var host in domain.NameServers)
        {
            host.LinkCount--;
        }

        domain.NameServers.Clear();
        UnlinkContacts(domain);
    }

    private void UnlinkContacts(DomainObject domain)
    {
        foreach (var id in DomainContactIds(domain))
        {
            if (_contacts.TryGetValue(id, out var contact))
            {
                contact.LinkCount--;
            }
        }
    }

    private void LinkContacts(DomainObject domain)
    {
        foreach (var id in DomainContactIds(domain))
        {
            if (_contacts.TryGetValue(id, out var contact))
            {
                contact.LinkCount++;
            }
        }
    }

    private static IEnumerable<string> DomainContactIds(DomainObject domain)
    {
        if (domain.Registrant is not null)
        {
            yield return domain.Registrant;
        }

        foreach (var c in domain.Contacts)
        {
            yield return c.Id;
        }
    }

    /// <summary>The grace periods still running at <paramref name="now"/> (expired ones are dropped).</summary>
    private static List<GracePeriod> LiveGrace(DomainObject domain, DateTimeOffset now)
    {
        domain.Grace.RemoveAll(g => g.Until <= now);
        return domain.Grace;
    }

    private static IReadOnlyList<StatusSnapshot> Snapshot(ObjectStatus statuses, Dictionary<ObjectStatus, (string Text, string? Lang)>? texts)
    {
        var list = new List<StatusSnapshot>();
        foreach (var name in ObjectStatuses.Names(statuses))
        {
            var flag = ObjectStatuses.Parse(name)!.Value;
            (string Text, string? Lang) text = default;
            var hasText = texts is not null && texts.TryGetValue(flag, out text);
            list.Add(new StatusSnapshot(name, hasText ? text.Text : null, hasText ? text.Lang : null));
        }

        return list;
    }
}
