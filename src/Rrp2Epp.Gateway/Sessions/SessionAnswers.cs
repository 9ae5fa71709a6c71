using Rrp2Epp.Epp;
using Rrp2Epp.Gateway.Epp;
using Rrp2Epp.Rrp;

namespace Rrp2Epp.Gateway.Sessions;

/// <summary>The answer to one SESSION: the code, whether it uses up one of the two attempts, whether the connection closes.</summary>
/// <param name="Code">The RRP code.</param>
/// <param name="Counted">True when the attempt counts as a failed authentication.</param>
/// <param name="Closes">True when the connection ends after the answer whatever the count.</param>
/// <param name="Detail">Secret-free text for the log.</param>
public sealed record SessionAnswer(RrpResponseCode Code, bool Counted, bool Closes, string Detail)
{
    /// <summary>Whether the login succeeded.</summary>
    public bool Succeeded => Code == RrpResponseCode.Success;
}

/// <summary>
/// result-mapping.md §3.1 (SESSION → EPP login) as code: the local checks before anything is sent, then the EPP
/// result or transport failure → RRP code, attempt counting and closing. The Mapping project's SESSION function takes
/// this over once it lands; the table here is kept small and tested row by row.
/// </summary>
public static class SessionAnswers
{
    /// <summary>
    /// The answer decided before any exchange, or null to go on: an <c>-Id</c> that is not 3-16 characters or a password
    /// that cannot be an EPP pwType (6-16 characters, unchanged by xs:token normalisation) → 530 counted; a
    /// <c>-NewPassword</c> that cannot be one → 506 not counted.
    /// </summary>
    public static SessionAnswer? CheckLocally(SessionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Id.Length is < 3 or > 16)
        {
            return new SessionAnswer(RrpResponseCode.AuthenticationFailed, true, false, "the id cannot be an EPP clID (3-16 characters)");
        }

        if (!IsEppPassword(request.Password))
        {
            return new SessionAnswer(RrpResponseCode.AuthenticationFailed, true, false, "the password cannot be an EPP pw (6-16 characters, no leading, trailing or double spaces)");
        }

        if (request.NewPassword is not null && !IsEppPassword(request.NewPassword))
        {
            return new SessionAnswer(RrpResponseCode.InvalidOptionValue, false, false, "the new password cannot be an EPP newPW");
        }

        return null;
    }

    /// <summary>The answer to an EPP login outcome (§3.1's rows).</summary>
    public static SessionAnswer ForLogin(EppLoginResult result) => result switch
    {
        EppLoginSucceeded => new SessionAnswer(RrpResponseCode.Success, false, false, "logged in"),
        EppLoginUnreachable { Lasting: true } u => new SessionAnswer(RrpResponseCode.CommandFailed, false, false, $"registry not usable (lasting): {u.Failure}"),
        EppLoginUnreachable u => new SessionAnswer(RrpResponseCode.ServerErrorTryAgain, false, false, $"registry not reached: {u.Failure}"),
        EppLoginRefused r => ForRefusal(r),
        _ => new SessionAnswer(RrpResponseCode.CommandFailed, false, false, "unknown login outcome"),
    };

    private static SessionAnswer ForRefusal(EppLoginRefused refused)
    {
        var response = refused.Response;
        var code = (int)response.Code;
        var detail = $"EPP {code}";
        var namesNewPassword = response.Values.Any(v => string.Equals(v.LocalName, "newPW", StringComparison.Ordinal));
        return response.Code switch
        {
            EppResultCode.AuthenticationError => new(RrpResponseCode.AuthenticationFailed, true, false, detail),
            EppResultCode.AuthenticationErrorServerClosing => new(RrpResponseCode.AuthenticationFailed, true, true, detail),
            EppResultCode.SessionLimitExceededServerClosing => new(RrpResponseCode.TooManySessions, false, true, detail),
            EppResultCode.AuthorizationError => new(RrpResponseCode.AuthorizationFailed, true, false, detail),
            EppResultCode.ParameterValueRangeError or EppResultCode.ParameterValueSyntaxError or EppResultCode.ParameterValuePolicyError when namesNewPassword
                => new(RrpResponseCode.InvalidOptionValue, false, false, detail + " on newPW"),
            EppResultCode.ParameterValueRangeError or EppResultCode.ParameterValueSyntaxError
                => new(RrpResponseCode.AuthenticationFailed, true, false, detail),
            EppResultCode.CommandFailedServerClosing => new(RrpResponseCode.ServerErrorClosing, false, true, detail),
            _ => new(RrpResponseCode.CommandFailed, false, false, detail + " (a gateway or profile fault)"),
        };
    }

    private static bool IsEppPassword(string password) =>
        password.Length is >= 6 and <= 16
        && password[0] != ' ' && password[^1] != ' '
        && !password.Contains("  ", StringComparison.Ordinal);
}
