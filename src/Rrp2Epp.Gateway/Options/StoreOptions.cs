using Npgsql;
using Rrp2Epp.Gateway.Store;

namespace Rrp2Epp.Gateway.Options;

/// <summary>Which store keeps the gateway's state.</summary>
public enum StoreProvider
{
    /// <summary>A SQLite file in <see cref="StoreOptions.DataDirectory"/>: one gateway instance.</summary>
    Sqlite,

    /// <summary>A PostgreSQL database (<see cref="StoreOptions.ConnectionString"/>) that several gateway instances share.</summary>
    PostgreSql,
}

/// <summary>The store's settings.</summary>
public sealed record StoreOptions
{
    /// <summary>The store implementation.</summary>
    public StoreProvider Provider { get; init; } = StoreProvider.Sqlite;

    /// <summary>The data folder; it holds shared secrets (authInfo), so it is created owner-only (0700) and must stay protected.</summary>
    public string DataDirectory { get; init; } = "data";

    /// <summary>The SQLite file name inside <see cref="DataDirectory"/>.</summary>
    public string FileName { get; init; } = "rrp2epp.db";

    /// <summary>
    /// The Npgsql connection string of the PostgreSQL store (<c>Host=db;Database=rrp2epp;Username=rrp2epp;Password=...</c>);
    /// required with <see cref="StoreProvider.PostgreSql"/>. The password may also come from <c>PGPASSWORD</c> or a
    /// <c>Passfile</c>. Logged and printed only without its password.
    /// </summary>
    public string? ConnectionString { get; init; }

    /// <summary>Prints the connection string without its password, so logging the options cannot leak it.</summary>
    public override string ToString() =>
        $"StoreOptions {{ Provider = {Provider}, DataDirectory = {DataDirectory}, FileName = {FileName}, ConnectionString = {RedactedConnectionString ?? "(none)"} }}";

    /// <summary>The connection string without its password; null when none is set or it cannot be parsed.</summary>
    public string? RedactedConnectionString => ParseConnectionString() is { } builder ? PostgreSqlGatewayStore.Redact(builder) : null;

    /// <summary>The parsed <see cref="ConnectionString"/>; null when none is set or Npgsql cannot parse it.</summary>
    internal NpgsqlConnectionStringBuilder? ParseConnectionString()
    {
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            return null;
        }

        try
        {
            return new NpgsqlConnectionStringBuilder(ConnectionString);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException or OverflowException)
        {
            return null;
        }
    }
}
