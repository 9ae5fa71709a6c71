using Rrp2Epp.Gateway.Options;

namespace Rrp2Epp.Gateway.Tests.Unit;

/// <summary>The store settings: SQLite by default, PostgreSQL with a connection string checked at start-up and never shown with its password.</summary>
public sealed class StoreOptionsTests
{
    [Fact]
    public void PostgreSql_needs_a_connection_string_naming_host_and_database()
    {
        Assert.Contains(GatewayOptionsValidator.CheckStore(new StoreOptions { Provider = StoreProvider.PostgreSql }),
            e => e.StartsWith("Gateway:Store:ConnectionString is required with Provider=PostgreSql", StringComparison.Ordinal));
        var errors = GatewayOptionsValidator.CheckStore(new StoreOptions { Provider = StoreProvider.PostgreSql, ConnectionString = "Username=gw;Password=pw-123456" });
        Assert.Equal(["Gateway:Store:ConnectionString names no Host", "Gateway:Store:ConnectionString names no Database"], errors);
        Assert.Empty(GatewayOptionsValidator.CheckStore(new StoreOptions
        {
            Provider = StoreProvider.PostgreSql,
            ConnectionString = "Host=db;Database=rrp2epp;Username=gw;Password=pw-123456",
            DataDirectory = " ",
        }));
    }

    [Theory]
    [InlineData("Host=db;Database=rrp2epp;Password=Sekret-one;two")]
    [InlineData("Host=db;Database=rrp2epp;Passwort=Sekret-one")]
    [InlineData("Host=db;Database=rrp2epp;Port=Sekret-one")]
    public void A_malformed_connection_string_is_reported_without_any_of_its_values(string connectionString)
    {
        var error = Assert.Single(GatewayOptionsValidator.CheckStore(new StoreOptions { Provider = StoreProvider.PostgreSql, ConnectionString = connectionString }));
        Assert.StartsWith("Gateway:Store:ConnectionString is not a valid Npgsql connection string", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Sekret", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_options_print_their_connection_string_without_the_password()
    {
        var options = new StoreOptions { Provider = StoreProvider.PostgreSql, ConnectionString = "Host=db;Database=rrp2epp;Username=gw;Password=Sekret-1;SSL Password=Key-Sekret-2" };
        var text = new GatewayOptions { Store = options }.ToString();
        Assert.Contains("Host=db;Database=rrp2epp;Username=gw", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sekret", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_provider_is_named()
    {
        Assert.Equal(["Gateway:Store:Provider must be Sqlite or PostgreSql"], GatewayOptionsValidator.CheckStore(new StoreOptions { Provider = (StoreProvider)7 }));
    }
}
