namespace Rrp2Epp.Sandbox;

/// <summary>What an injected fault does to a matching command.</summary>
public enum FaultAction
{
    /// <summary>Close the connection before the command is applied (no response).</summary>
    CloseBeforeApply,

    /// <summary>Apply the command, then close the connection without sending the response.</summary>
    CloseAfterApply,

    /// <summary>
    /// Apply the command, then wait <see cref="FaultRule.Delay"/> (real time) before answering, or until
    /// <see cref="FaultHandle.Release"/> is called: a test stalls a command and lets it go when it has seen what it wanted.
    /// </summary>
    DelayResponse,

    /// <summary>Answer 2400 Command failed without applying the command; the session stays open.</summary>
    Fail2400,

    /// <summary>Answer 2500 without applying the command, then close the connection.</summary>
    Fail2500,

    /// <summary>
    /// Answer 2501 (authentication error; server closing connection) without applying the command, then close. RFC 5730
    /// §3 has it answer a <c>login</c> whose credentials failed too often: match <c>login</c> for the registry's view.
    /// </summary>
    Fail2501,

    /// <summary>
    /// Answer 2502 (session limit exceeded; server closing connection) without applying the command, then close. RFC 5730
    /// §3 has it answer a <c>login</c> beyond the client's session limit: match <c>login</c> for the registry's view.
    /// </summary>
    Fail2502,
}

/// <summary>
/// One fault rule. <paramref name="Command"/> is a command kind: <c>login</c>, <c>logout</c>,
/// <c>hello</c>, <c>poll</c> (or <c>poll:req</c>, <c>poll:ack</c>), <c>domain:check</c>,
/// <c>domain:info</c>, <c>domain:create</c>, <c>domain:delete</c>, <c>domain:renew</c>,
/// <c>domain:update</c>, <c>domain:transfer</c> (or <c>domain:transfer:request</c> ...), the same
/// for <c>host:</c> and <c>contact:</c>, or <c>*</c> for every command. A kind also matches its
/// sub-kinds (<c>domain:transfer</c> matches <c>domain:transfer:approve</c>).
/// </summary>
/// <param name="Command">The command kind to match.</param>
/// <param name="Action">What to do.</param>
/// <param name="ObjectName">Only commands on this object (domain or host name, contact id; case-insensitive); null: any.</param>
/// <param name="Registrar">Only commands of this client id (for <c>login</c>: the clID being logged in); null: any.</param>
/// <param name="Count">How many matching commands it hits: 1 = once, n = n times, null = always.</param>
/// <param name="Delay">For <see cref="FaultAction.DelayResponse"/>: how long to stall the answer.</param>
public sealed record FaultRule(
    string Command,
    FaultAction Action,
    string? ObjectName = null,
    string? Registrar = null,
    int? Count = 1,
    TimeSpan Delay = default)
{
    /// <summary>Problems with this rule; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(Command))
        {
            errors.Add("fault rule: Command is required (a kind such as domain:create, or *)");
        }

        if (Count is < 1)
        {
            errors.Add($"fault rule {Command}: Count must be at least 1 (null means always)");
        }

        if (Action == FaultAction.DelayResponse && Delay <= TimeSpan.Zero)
        {
            errors.Add($"fault rule {Command}: DelayResponse needs a positive Delay");
        }

        if (!Enum.IsDefined(Action))
        {
            errors.Add($"fault rule {Command}: unknown action {Action}");
        }

        return errors;
    }

    internal bool Matches(string kind, string? registrar, Func<string, bool> hasObject)
    {
        if (Command != "*" && !string.Equals(kind, Command, StringComparison.OrdinalIgnoreCase)
            && !kind.StartsWith(Command + ":", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (Registrar is not null && !string.Equals(Registrar, registrar, StringComparison.Ordinal))
        {
            return false;
        }

        return ObjectName is null || hasObject(ObjectName);
    }
}

/// <summary>A rule installed in <see cref="SandboxFaults"/>; tells how often it has fired.</summary>
public sealed class FaultHandle
{
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _hits;
    private int _remaining;
    private int _stalled;

    internal FaultHandle(FaultRule rule)
    {
        Rule = rule;
        _remaining = rule.Count ?? int.MaxValue;
    }

    /// <summary>The rule.</summary>
    public FaultRule Rule { get; }

    /// <summary>How many commands it has hit so far.</summary>
    public int Hits => Volatile.Read(ref _hits);

    /// <summary>True once a counted rule has been used up.</summary>
    public bool Exhausted => Rule.Count is not null && Volatile.Read(ref _remaining) <= 0;

    /// <summary>How many commands are stalled by this rule right now (<see cref="FaultAction.DelayResponse"/>).</summary>
    public int Stalled => Volatile.Read(ref _stalled);

    /// <summary>Ends every current and future delay of this rule at once (their answers go out).</summary>
    public void Release() => _released.TrySetResult();

    /// <summary>Waits out the rule's delay, or less when the rule is released first.</summary>
    internal async Task DelayAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _stalled);
        try
        {
            await Task.WhenAny(Task.Delay(Rule.Delay, cancellationToken), _released.Task).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
        }
        finally
        {
            Interlocked.Decrement(ref _stalled);
        }
    }

    internal bool TryConsume()
    {
        if (Rule.Count is null)
        {
            Interlocked.Increment(ref _hits);
            return true;
        }

        while (true)
        {
            var left = Volatile.Read(ref _remaining);
            if (left <= 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _remaining, left - 1, left) == left)
            {
                Interlocked.Increment(ref _hits);
                return true;
            }
        }
    }
}

/// <summary>
/// The fault rules of a running sandbox, changeable at any time (thread-safe). Rules are tried in
/// the order they were added; the first live one that matches a command fires.
/// </summary>
public sealed class SandboxFaults
{
    private readonly Lock _gate = new();
    private volatile FaultHandle[] _rules = [];

    /// <summary>Creates the set with initial rules (already validated with the options).</summary>
    public SandboxFaults(IEnumerable<FaultRule>? initial = null)
    {
        foreach (var rule in initial ?? [])
        {
            Add(rule);
        }
    }

    /// <summary>Installs a rule; returns its handle (to read its hits or remove it).</summary>
    /// <exception cref="ArgumentException">The rule is invalid.</exception>
    public FaultHandle Add(FaultRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var errors = rule.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", errors), nameof(rule));
        }

        var handle = new FaultHandle(rule);
        lock (_gate)
        {
            _rules = [.. _rules, handle];
        }

        return handle;
    }

    /// <summary>Removes one rule.</summary>
    public void Remove(FaultHandle handle)
    {
        lock (_gate)
        {
            _rules = _rules.Where(h => !ReferenceEquals(h, handle)).ToArray();
        }
    }

    /// <summary>Removes every rule.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _rules = [];
        }
    }

    /// <summary>The installed rules (used-up ones included until removed).</summary>
    public IReadOnlyList<FaultHandle> Rules => _rules;

    /// <summary>The first live matching rule, consumed; null when none matches (the usual, cheap case).</summary>
    internal FaultHandle? Match(string kind, string? registrar, Func<string, bool> hasObject)
    {
        var rules = _rules;
        foreach (var handle in rules)
        {
            if (!handle.Exhausted && handle.Rule.Matches(kind, registrar, hasObject) && handle.TryConsume())
            {
                return handle;
            }
        }

        return null;
    }
}
