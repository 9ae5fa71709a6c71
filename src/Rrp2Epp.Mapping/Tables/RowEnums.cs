namespace Rrp2Epp.Mapping.Tables;

/// <summary>What a result row decides, beside an RRP code.</summary>
public enum RowAction
{
    /// <summary>Answer with the row's RRP code.</summary>
    Answer,

    /// <summary><c>proceed</c>: the check passed; go on with the plan.</summary>
    Proceed,

    /// <summary><c>resend</c>: send the same command once more (a fresh session; for a create, with the spare authInfo).</summary>
    Resend,

    /// <summary><c>malformed</c>: the answer cannot answer this command (§4 G11): a query gets 549, a transform is reconciled.</summary>
    Malformed,

    /// <summary><c>request</c>: TRANSFER sends <c>op="request"</c>.</summary>
    Request,

    /// <summary><c>approve</c>: TRANSFER sends <c>op="approve"</c>.</summary>
    Approve,

    /// <summary><c>reject</c>: TRANSFER sends <c>op="reject"</c>.</summary>
    Reject,

    /// <summary><c>cancel</c>: TRANSFER sends <c>op="cancel"</c>.</summary>
    Cancel,
}

/// <summary>What happens to the RRP session after the answer.</summary>
public enum RowSession
{
    /// <summary><c>stays</c> open (for SESSION: the attempt is not counted).</summary>
    Stays,

    /// <summary><c>closes</c> after the answer.</summary>
    Closes,

    /// <summary><c>counted</c> (SESSION only): a failed attempt; PRE moves to WFR.</summary>
    Counted,
}

/// <summary>A side effect the row asks for.</summary>
public enum RowEffect
{
    /// <summary><c>-</c>: none.</summary>
    None,

    /// <summary><c>alert</c>: an operator must look (a lasting mismatch, a report that did not go through).</summary>
    Alert,

    /// <summary><c>watch</c>: a pending action (1001) whose outcome arrives through the poll queue.</summary>
    Watch,

    /// <summary><c>unresolved</c>: mark the object unresolved (§4 G7), so the next command reconciles first.</summary>
    Unresolved,
}

/// <summary>Where a row's pairing comes from (result-mapping.md's tags).</summary>
[Flags]
public enum RowTags
{
    /// <summary>No tag (invalid in a file).</summary>
    None = 0,

    /// <summary><c>RFC</c>: follows from the RFC texts.</summary>
    Rfc = 1,

    /// <summary><c>Net::DRI</c>: Net::DRI's code table pairs the codes.</summary>
    NetDri = 2,

    /// <summary><c>Rec</c>: the project's recommendation.</summary>
    Rec = 4,
}
