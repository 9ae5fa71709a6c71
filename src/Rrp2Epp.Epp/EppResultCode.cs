namespace Rrp2Epp.Epp;

/// <summary>
/// The closed set of EPP result codes (RFC 5730 §3; <c>resultCodeType</c> in epp-1.0.xsd).
/// The numeric value is the code.
/// </summary>
public enum EppResultCode
{
    Success = 1000,
    SuccessPending = 1001,
    SuccessNoMessages = 1300,
    SuccessAckToDequeue = 1301,
    SuccessEndingSession = 1500,
    UnknownCommand = 2000,
    CommandSyntaxError = 2001,
    CommandUseError = 2002,
    RequiredParameterMissing = 2003,
    ParameterValueRangeError = 2004,
    ParameterValueSyntaxError = 2005,
    UnimplementedProtocolVersion = 2100,
    UnimplementedCommand = 2101,
    UnimplementedOption = 2102,
    UnimplementedExtension = 2103,
    BillingFailure = 2104,
    NotEligibleForRenewal = 2105,
    NotEligibleForTransfer = 2106,
    AuthenticationError = 2200,
    AuthorizationError = 2201,
    InvalidAuthorizationInformation = 2202,
    ObjectPendingTransfer = 2300,
    ObjectNotPendingTransfer = 2301,
    ObjectExists = 2302,
    ObjectDoesNotExist = 2303,
    ObjectStatusProhibitsOperation = 2304,
    ObjectAssociationProhibitsOperation = 2305,
    ParameterValuePolicyError = 2306,
    UnimplementedObjectService = 2307,
    DataManagementPolicyViolation = 2308,
    CommandFailed = 2400,
    CommandFailedServerClosing = 2500,
    AuthenticationErrorServerClosing = 2501,
    SessionLimitExceededServerClosing = 2502,
}

/// <summary>Facts about <see cref="EppResultCode"/> values.</summary>
public static class EppResultCodes
{
    /// <summary>True for a code in RFC 5730's closed list.</summary>
    public static bool IsDefined(int code) => Enum.IsDefined(typeof(EppResultCode), code);

    /// <summary>1xxx codes.</summary>
    public static bool IsSuccess(this EppResultCode code) => (int)code is >= 1000 and < 2000;

    /// <summary>The x5xx codes after which the server closes the connection (RFC 5730 §3).</summary>
    public static bool ClosesConnection(this EppResultCode code) =>
        code is EppResultCode.SuccessEndingSession or EppResultCode.CommandFailedServerClosing
            or EppResultCode.AuthenticationErrorServerClosing or EppResultCode.SessionLimitExceededServerClosing;

    /// <summary>The standard English message of RFC 5730 §3.</summary>
    public static string StandardMessage(this EppResultCode code) => code switch
    {
        EppResultCode.Success => "Command completed successfully",
        EppResultCode.SuccessPending => "Command completed successfully; action pending",
        EppResultCode.SuccessNoMessages => "Command completed successfully; no messages",
        EppResultCode.SuccessAckToDequeue => "Command completed successfully; ack to dequeue",
        EppResultCode.SuccessEndingSession => "Command completed successfully; ending session",
        EppResultCode.UnknownCommand => "Unknown command",
        EppResultCode.CommandSyntaxError => "Command syntax error",
        EppResultCode.CommandUseError => "Command use error",
        EppResultCode.RequiredParameterMissing => "Required parameter missing",
        EppResultCode.ParameterValueRangeError => "Parameter value range error",
        EppResultCode.ParameterValueSyntaxError => "Parameter value syntax error",
        EppResultCode.UnimplementedProtocolVersion => "Unimplemented protocol version",
        EppResultCode.UnimplementedCommand => "Unimplemented command",
        EppResultCode.UnimplementedOption => "Unimplemented option",
        EppResultCode.UnimplementedExtension => "Unimplemented extension",
        EppResultCode.BillingFailure => "Billing failure",
        EppResultCode.NotEligibleForRenewal => "Object is not eligible for renewal",
        EppResultCode.NotEligibleForTransfer => "Object is not eligible for transfer",
        EppResultCode.AuthenticationError => "Authentication error",
        EppResultCode.AuthorizationError => "Authorization error",
        EppResultCode.InvalidAuthorizationInformation => "Invalid authorization information",
        EppResultCode.ObjectPendingTransfer => "Object pending transfer",
        EppResultCode.ObjectNotPendingTransfer => "Object not pending transfer",
        EppResultCode.ObjectExists => "Object exists",
        EppResultCode.ObjectDoesNotExist => "Object does not exist",
        EppResultCode.ObjectStatusProhibitsOperation => "Object status prohibits operation",
        EppResultCode.ObjectAssociationProhibitsOperation => "Object association prohibits operation",
        EppResultCode.ParameterValuePolicyError => "Parameter value policy error",
        EppResultCode.UnimplementedObjectService => "Unimplemented object service",
        EppResultCode.DataManagementPolicyViolation => "Data management policy violation",
        EppResultCode.CommandFailed => "Command failed",
        EppResultCode.CommandFailedServerClosing => "Command failed; server closing connection",
        EppResultCode.AuthenticationErrorServerClosing => "Authentication error; server closing connection",
        EppResultCode.SessionLimitExceededServerClosing => "Session limit exceeded; server closing connection",
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "not an RFC 5730 result code"),
    };
}
