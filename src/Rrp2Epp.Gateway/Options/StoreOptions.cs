namespace Rrp2Epp.Gateway.Options;

/// <summary>Which store keeps the gateway's state.</summary>
public enum StoreProvider
{
    /// <summary>A SQLite file in <see cref="StoreOptions.DataDirectory"/>.</summary>
    Sqlite,
}

/// <summary>The store's settings.</summary>
public sealed record StoreOptions
{
    /// <summary>The store implementation (PostgreSQL arrives with issue 5 behind the same interface).</summary>
    public StoreProvider Provider { get; init; } = StoreProvider.Sqlite;

    /// <summary>The data folder; it holds shared secrets (authInfo), so it is created owner-only (0700) and must stay protected.</summary>
    public string DataDirectory { get; init; } = "data";

    /// <summary>The SQLite file name inside <see cref="DataDirectory"/>.</summary>
    public string FileName { get; init; } = "rrp2epp.db";
}
