namespace Rrp2Epp.Cli.Bench;

/// <summary>The three measured paths, in the order a run measures them.</summary>
internal enum BenchPath
{
    /// <summary>RRP clients → gateway → registry.</summary>
    Gateway,

    /// <summary>The equivalent EPP commands straight to the registry (the no-gateway baseline).</summary>
    Direct,

    /// <summary>A TLS line echo of the RRP message sizes (the machine's ceiling).</summary>
    Echo,
}

/// <summary>What each session sends, over and over.</summary>
internal enum BenchMix
{
    /// <summary>CHECK Domain / domain:check of a fixed set of names, half registered, half free.</summary>
    Check,

    /// <summary>ADD, MOD (a name server in), RENEW, DEL of a fresh domain per cycle / the EPP create, update, renew, delete.</summary>
    Transform,
}

/// <summary>A TLS endpoint outside the bench: where it is and how its certificate is checked.</summary>
internal sealed record BenchTarget(string Host, int Port, string? Pin, bool Insecure)
{
    public override string ToString() => $"{Host}:{Port}";
}

/// <summary>One run's settings, checked as a whole by <see cref="BenchCommand"/> before anything starts.</summary>
internal sealed record BenchSettings
{
    public int Sessions { get; init; } = 1;

    /// <summary>Measured seconds (when <see cref="Count"/> is null).</summary>
    public double Seconds { get; init; } = 10;

    /// <summary>Measured commands per path, across all sessions; null: measure <see cref="Seconds"/>.</summary>
    public long? Count { get; init; }

    public double WarmupSeconds { get; init; } = 10;

    public BenchMix Mix { get; init; } = BenchMix.Check;

    public IReadOnlyList<BenchPath> Paths { get; init; } = [BenchPath.Gateway, BenchPath.Direct, BenchPath.Echo];

    public string? JsonFile { get; init; }

    /// <summary>An external gateway (path a); null: the bench starts one.</summary>
    public BenchTarget? Gateway { get; init; }

    /// <summary>An external registry (path b, and the started gateway's registry); null: the bench starts a sandbox.</summary>
    public BenchTarget? Registry { get; init; }

    /// <summary>The registrar (RRP -Id, EPP clID) at external targets.</summary>
    public string? Registrar { get; init; }

    /// <summary>Its password, from the environment or standard input; never printed.</summary>
    public string? Password { get; init; }

    /// <summary>The EPP sessions the started gateway may pool per registrar; null: as many as <see cref="Sessions"/>.</summary>
    public int? PoolSize { get; init; }

    /// <summary>The existing name server MOD adds in the transform mix.</summary>
    public string NameServer { get; init; } = BenchWorkload.DefaultNameServer;

    public bool Runs(BenchPath path) => Paths.Contains(path);
}
