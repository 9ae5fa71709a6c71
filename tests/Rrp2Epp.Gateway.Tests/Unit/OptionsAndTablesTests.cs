using Microsoft.Extensions.Configuration;
using Rrp2Epp.Gateway.Execution;
using Rrp2Epp.Gateway.Options;
using Rrp2Epp.Mapping.Profiles;
using Rrp2Epp.Gateway.Sessions;
using Rrp2Epp.Rrp;

namespace Rrp2Epp.Gateway.Tests.Unit;

public sealed class OptionsAndTablesTests
{
    [Fact]
    public void Defaults_are_valid_apart_from_the_required_EPP_client_certificate()
    {
        Assert.Empty(GatewayOptionsValidator.Check(new GatewayOptions()));
        var result = new GatewayOptionsValidator().Validate(null, new GatewayOptions());
        Assert.Contains(result.Failures!, f => f.Contains("ClientCertificatePath is required", StringComparison.Ordinal));
        Assert.True(new GatewayOptionsValidator(hasEppClientCertificate: true).Validate(null, new GatewayOptions()).Succeeded);
    }

    [Fact]
    public void Every_problem_is_reported_at_once_with_its_key()
    {
        var options = new GatewayOptions
        {
            TimeZone = "Mars/Olympus",
            Listeners = [new RrpListenerOptions { Address = "not-an-ip", Port = 70000, Version = "3.0.0", ClientCertificates = ClientCertificatePolicy.Required }],
            Sessions = new RrpSessionOptions { IdleTimeout = TimeSpan.Zero, MaxSessionsPerRegistrar = 0 },
            Registry = new RegistryOptions { Port = 0, PinnedServerCertificates = ["nope"], ClientTransactionIdPrefix = "bad prefix" },
            Store = new StoreOptions { DataDirectory = " " },
            AuthInfo = new AuthInfoOptions { Length = 4, Alphabet = "ab" },
        };
        var errors = GatewayOptionsValidator.Check(options);
        foreach (var key in new[]
                 {
                     "Gateway:TimeZone", "Gateway:Listeners:0:Address", "Gateway:Listeners:0:Port", "Gateway:Listeners:0:Version",
                     "Gateway:Listeners:0: ClientCertificates=Required", "Gateway:Sessions:IdleTimeout", "Gateway:Sessions:MaxSessionsPerRegistrar",
                     "Gateway:Registry: Port", "Gateway:Registry: PinnedServerCertificates", "Gateway:Registry: ClientTransactionIdPrefix",
                     "Gateway:Store:DataDirectory",
                 })
        {
            Assert.Contains(errors, e => e.StartsWith(key, StringComparison.Ordinal));
        }

        // The authInfo shape is the registry profile's rule (one source of truth), reported under Gateway:Profile.
        Assert.Contains(errors, e => e.StartsWith("Gateway:Profile: ", StringComparison.Ordinal) && e.Contains("AuthInfo.Length", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Gateway:Profile: ", StringComparison.Ordinal) && e.Contains("AuthInfo.Alphabet", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bad_profile_is_reported_naming_each_field()
    {
        var options = new GatewayOptions
        {
            Zones = ["COM", "net."],
            Profile = new ProfileOptions { MaximumTerm = 0, DefaultRegistrationPeriod = 100, ClockSkew = TimeSpan.FromDays(1) },
        };
        var errors = GatewayOptionsValidator.Check(options);
        foreach (var field in new[] { "Zones: 'COM'", "Zones: 'net.'", "MaximumTerm", "DefaultRegistrationPeriod", "ClockSkew" })
        {
            Assert.Contains(errors, e => e.StartsWith("Gateway:Profile: ", StringComparison.Ordinal) && e.Contains(field, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_profile_is_built_from_the_options()
    {
        var options = new GatewayOptions
        {
            RegistryName = "Example",
            TimeZone = "America/New_York",
            Profile = new ProfileOptions { AllowDocumentationAddresses = true, RrpRules = RrpRules.Registry, MaximumTerm = 5 },
            AuthInfo = new AuthInfoOptions { Length = 20 },
        };
        var profile = TranslationSetup.BuildProfile(options, options.EffectiveRegistries.Single());
        Assert.Equal(("Example", true, RrpRules.Registry, 5, 20), (profile.Name, profile.AllowDocumentationAddresses, profile.RrpRules, profile.MaximumTerm, profile.AuthInfo.Length));
        Assert.Equal(["com", "net"], profile.Zones);
        Assert.Equal("America/New_York", profile.TimeZone.Id);
        Assert.Empty(profile.Validate());
    }

    [Fact]
    public void Generated_authInfo_values_follow_the_profile_rules()
    {
        var setup = new TranslationSetup(Microsoft.Extensions.Options.Options.Create(new GatewayOptions { AuthInfo = new AuthInfoOptions { Length = 24, Alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGH234567" } }));
        var generator = new AuthInfoGenerator(setup);
        var values = Enumerable.Range(0, 50).Select(_ => generator.Next()).ToList();
        Assert.All(values, v => Assert.True(setup.AuthInfo.IsSatisfiedBy(v)));
        Assert.Equal(50, values.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Configured_zones_replace_the_defaults()
    {
        static GatewayOptions Bind(Dictionary<string, string?> values)
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
            return configuration.GetSection(GatewayOptions.SectionName).Get<GatewayOptions>() ?? new GatewayOptions();
        }

        Assert.Equal(["com", "net"], Bind(new() { ["Gateway:RegistryName"] = "x" }).EffectiveRegistries.Single().Zones);
        Assert.Equal(["org"], Bind(new() { ["Gateway:Zones:0"] = "org" }).EffectiveRegistries.Single().Zones);
        Assert.Equal(["org", "info"], Bind(new() { ["Gateway:Zones:0"] = "org", ["Gateway:Zones:1"] = "info" }).EffectiveRegistries.Single().Zones);
    }

    [Theory]
    [InlineData(RrpSessionState.Pre, RrpCommand.Session, true)]
    [InlineData(RrpSessionState.Pre, RrpCommand.Quit, true)]
    [InlineData(RrpSessionState.Pre, RrpCommand.Describe, false)]
    [InlineData(RrpSessionState.Pre, RrpCommand.Add, false)]
    [InlineData(RrpSessionState.Wfr, RrpCommand.Session, true)]
    [InlineData(RrpSessionState.Wfr, RrpCommand.Check, false)]
    [InlineData(RrpSessionState.Wfc, RrpCommand.Session, false)]
    [InlineData(RrpSessionState.Wfc, RrpCommand.Describe, true)]
    [InlineData(RrpSessionState.Wfc, RrpCommand.Restore, true)]
    [InlineData(RrpSessionState.Exe, RrpCommand.Quit, false)]
    [InlineData(RrpSessionState.Dis, RrpCommand.Quit, false)]
    public void The_state_table_says_which_commands_each_state_accepts(RrpSessionState state, RrpCommand command, bool allowed) =>
        Assert.Equal(allowed, RrpSessionStateTable.Allows(state, command));

    [Fact]
    public void The_state_table_moves_through_login_commands_and_close()
    {
        var exe = RrpSessionStateTable.Next(RrpSessionState.Pre, RrpSessionEvent.CommandAccepted);
        Assert.Equal(RrpSessionState.Exe, exe);
        Assert.Equal(RrpSessionState.Wfr, RrpSessionStateTable.Next(exe, RrpSessionEvent.LoginFailed));
        Assert.Equal(RrpSessionState.Dis, RrpSessionStateTable.Next(exe, RrpSessionEvent.LoginFailedFinal));
        Assert.Equal(RrpSessionState.Wfc, RrpSessionStateTable.Next(exe, RrpSessionEvent.LoginSucceeded));
        Assert.Equal(RrpSessionState.Wfr, RrpSessionStateTable.Next(exe, RrpSessionEvent.LoginNotCounted, RrpSessionState.Wfr));
        Assert.Equal(RrpSessionState.Wfc, RrpSessionStateTable.Next(exe, RrpSessionEvent.CommandAnswered));
        Assert.Equal(RrpSessionState.Dis, RrpSessionStateTable.Next(RrpSessionState.Wfc, RrpSessionEvent.Closed));
        Assert.Throws<InvalidOperationException>(() => RrpSessionStateTable.Next(RrpSessionState.Dis, RrpSessionEvent.LoginSucceeded));
    }
}
