using Rrp2Epp.Mapping.Plans;
using Rrp2Epp.Mapping.Translations;
using Rrp2Epp.Rrp;
using static Rrp2Epp.Mapping.Tests.Support.R;

namespace Rrp2Epp.Mapping.Tests;

public sealed class SessionMappingTests
{
    private static readonly SessionRequest Login = new("RegistrarA", "i-am-registrarA", null);
    private static readonly SessionRequest NewPassword = new("RegistrarA", "i-am-registrarA", "n3w-pass-word");

    /// <summary>(name, request, attempt, resent, result or null for the local check) → (code, closes, counted, resend, alert).</summary>
    internal static IEnumerable<(string Name, SessionRequest Request, int Attempt, bool Resent, EppStepResult? Result, RrpResponseCode Code, bool Closes, bool Counted, bool Resend, bool Alert)> Cases()
    {
        yield return ("local: -Id of 2 characters, first attempt: 530 counted", new SessionRequest("RA", "i-am-registrarA", null), 1, false, null, RrpResponseCode.AuthenticationFailed, false, true, false, false);
        yield return ("local: a 4-character RRP password EPP cannot hold, second attempt: 530 closes", new SessionRequest("RegistrarA", "abcd", null), 2, false, null, RrpResponseCode.AuthenticationFailed, true, true, false, false);
        yield return ("local: a password xs:token would change: 530", new SessionRequest("RegistrarA", " padded-pass", null), 1, false, null, RrpResponseCode.AuthenticationFailed, false, true, false, false);
        yield return ("local: -NewPassword EPP cannot hold: 506, not counted", new SessionRequest("RegistrarA", "i-am-registrarA", "two  spaces"), 1, false, null, RrpResponseCode.InvalidOptionValue, false, false, false, false);
        yield return ("1000: 200", Login, 1, false, Code(1000), RrpResponseCode.Success, false, false, false, false);
        yield return ("2200 first: 530, counted (PRE → WFR)", Login, 1, false, Code(2200), RrpResponseCode.AuthenticationFailed, false, true, false, false);
        yield return ("2200 second: 530, closes", Login, 2, false, Code(2200), RrpResponseCode.AuthenticationFailed, true, true, false, false);
        yield return ("2501 even first: 530, closes", Login, 1, false, Code(2501), RrpResponseCode.AuthenticationFailed, true, true, false, false);
        yield return ("2502: 521, closes", Login, 1, false, Code(2502), RrpResponseCode.TooManySessions, true, true, false, false);
        yield return ("2201 first: 531, counted", Login, 1, false, Code(2201), RrpResponseCode.AuthorizationFailed, false, true, false, false);
        yield return ("2201 second: 531, closes", Login, 2, false, Code(2201), RrpResponseCode.AuthorizationFailed, true, true, false, false);
        yield return ("2306 on newPW: 506, not counted", NewPassword, 1, false, Code(2306, Value("epp", "newPW", "***", "too simple")), RrpResponseCode.InvalidOptionValue, false, false, false, false);
        yield return ("2005 on pw, first: 530, counted", Login, 1, false, Code(2005, Value("epp", "pw", "***")), RrpResponseCode.AuthenticationFailed, false, true, false, false);
        yield return ("2004 on clID, second: 530, closes", Login, 2, false, Code(2004, Value("epp", "clID", "RegistrarA")), RrpResponseCode.AuthenticationFailed, true, true, false, false);
        yield return ("2002: log in again on a fresh connection", Login, 1, false, Code(2002), RrpResponseCode.CommandFailed, false, false, true, false);
        yield return ("2002 after the retry: 549, not counted", Login, 1, true, Code(2002), RrpResponseCode.CommandFailed, false, false, false, false);
        yield return ("2103 (an extension not offered): 549 and an alert", Login, 1, false, Code(2103), RrpResponseCode.CommandFailed, false, false, false, true);
        yield return ("2400: 549, not counted", Login, 1, false, Code(2400), RrpResponseCode.CommandFailed, false, false, false, false);
        yield return ("2500: 420, closes", Login, 1, false, Code(2500), RrpResponseCode.ServerErrorClosing, true, true, false, false);
        yield return ("no registry: 421, not counted", Login, 1, false, NotSent(), RrpResponseCode.ServerErrorTryAgain, false, false, false, false);
        yield return ("a certificate refused: 549 and an alert", Login, 1, false, NotSent(lasting: true), RrpResponseCode.CommandFailed, false, false, false, true);
        yield return ("no answer to the login: 421", Login, 1, false, Unknown(), RrpResponseCode.ServerErrorTryAgain, false, false, false, false);
        yield return ("path lost: 420, closes", Login, 1, false, PathLost, RrpResponseCode.ServerErrorClosing, true, false, false, false);
    }

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var c in Cases())
        {
            data.Add(c.Name);
        }

        return data;
    }

    internal static SessionOutcome Run(string name, MappingTables? tables = null)
    {
        var c = Cases().Single(x => x.Name == name);
        tables ??= MappingTables.Default;
        return c.Result is null
            ? SessionMapping.CheckLocally(c.Request, c.Attempt, tables) ?? throw new InvalidOperationException("no local refusal")
            : SessionMapping.MapLogin(c.Request, c.Result, c.Attempt, c.Resent, tables);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void A_SESSION_outcome_follows_section_3_1(string name)
    {
        var c = Cases().Single(x => x.Name == name);

        var outcome = Run(name);

        Assert.Equal(c.Code, outcome.Response.Code);
        Assert.Equal(c.Closes, outcome.CloseSession);
        Assert.Equal(c.Resend, outcome.Resend);
        Assert.Equal(c.Alert, outcome.Alert);
        if (!c.Closes)
        {
            Assert.Equal(c.Counted, outcome.Counted);
        }

        Assert.True(RrpResponseCodes.IsAllowed(RrpCommand.Session, RrpVersion.V1_1_0, outcome.Response.Code));
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Contains("i-am-registrarA", StringComparison.Ordinal) || d.Contains("n3w-pass-word", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("RegistrarA", "i-am-registrarA", null)]
    [InlineData("abc", "123456", "1234567890123456")]
    [InlineData("RegistrarA", "with one space", null)]
    public void Credentials_EPP_can_hold_pass_the_local_check(string id, string password, string? newPassword)
    {
        Assert.Null(SessionMapping.CheckLocally(new SessionRequest(id, password, newPassword), 1, MappingTables.Default));
    }

    [Theory]
    [InlineData("ab", false)]
    [InlineData("abc", true)]
    [InlineData("a234567890123456", true)]
    [InlineData("a2345678901234567", false)]
    public void An_EPP_client_id_is_3_to_16_characters(string id, bool valid) => Assert.Equal(valid, SessionMapping.IsEppClientId(id));

    [Theory]
    [InlineData("12345", false)]
    [InlineData("123456", true)]
    [InlineData("trailing ", false)]
    [InlineData("in  side", false)]
    [InlineData("in side", true)]
    public void An_EPP_password_is_a_token_of_6_to_16_characters(string password, bool valid) => Assert.Equal(valid, SessionMapping.IsEppPassword(password));
}
