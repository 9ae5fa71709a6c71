using Rrp2Epp.Epp;
using Rrp2Epp.Epp.Responses;
using Rrp2Epp.Gateway.Epp;
using Rrp2Epp.Gateway.Options;
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
                     "Gateway:Store:DataDirectory", "Gateway:AuthInfo:Length", "Gateway:AuthInfo:Alphabet",
                 })
        {
            Assert.Contains(errors, e => e.StartsWith(key, StringComparison.Ordinal));
        }
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

    [Theory]
    [InlineData(EppResultCode.AuthenticationError, null, RrpResponseCode.AuthenticationFailed, true, false)]
    [InlineData(EppResultCode.AuthenticationErrorServerClosing, null, RrpResponseCode.AuthenticationFailed, true, true)]
    [InlineData(EppResultCode.SessionLimitExceededServerClosing, null, RrpResponseCode.TooManySessions, false, true)]
    [InlineData(EppResultCode.AuthorizationError, null, RrpResponseCode.AuthorizationFailed, true, false)]
    [InlineData(EppResultCode.ParameterValuePolicyError, "newPW", RrpResponseCode.InvalidOptionValue, false, false)]
    [InlineData(EppResultCode.ParameterValueSyntaxError, "pw", RrpResponseCode.AuthenticationFailed, true, false)]
    [InlineData(EppResultCode.CommandFailedServerClosing, null, RrpResponseCode.ServerErrorClosing, false, true)]
    [InlineData(EppResultCode.CommandFailed, null, RrpResponseCode.CommandFailed, false, false)]
    [InlineData(EppResultCode.CommandSyntaxError, null, RrpResponseCode.CommandFailed, false, false)]
    public void Login_refusals_map_as_result_mapping_3_1_says(EppResultCode epp, string? value, RrpResponseCode rrp, bool counted, bool closes)
    {
        var values = value is null ? [] : new[] { new EppResultValue(EppNamespaces.Epp, value, "x", new Dictionary<string, string>(), null) };
        var answer = SessionAnswers.ForLogin(new EppLoginRefused(new EppResponse { Results = [new EppResult(epp, "m", null, values)] }));
        Assert.Equal((rrp, counted, closes), (answer.Code, answer.Counted, answer.Closes));
    }

    [Fact]
    public void Unreachable_registries_answer_421_or_549_when_lasting()
    {
        Assert.Equal(RrpResponseCode.ServerErrorTryAgain, SessionAnswers.ForLogin(new EppLoginUnreachable(Rrp2Epp.Epp.Client.EppTransportFailure.ConnectFailed, false, "x")).Code);
        Assert.Equal(RrpResponseCode.CommandFailed, SessionAnswers.ForLogin(new EppLoginUnreachable(Rrp2Epp.Epp.Client.EppTransportFailure.ServerCertificateRejected, true, "x")).Code);
    }
}
