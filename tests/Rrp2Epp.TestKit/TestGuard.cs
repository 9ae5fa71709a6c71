namespace Rrp2Epp.TestKit;

/// <summary>
/// A safety net against hangs: a token that cancels long after any sane run of one step, so a
/// broken peer fails a test instead of blocking the suite. It is never a timing assertion.
/// </summary>
public static class TestGuard
{
    /// <summary>How long one awaited step may block before the test is failed as hung.</summary>
    public static readonly TimeSpan HangLimit = TimeSpan.FromMinutes(2);

    /// <summary>A fresh token that cancels after <see cref="HangLimit"/>.</summary>
    public static CancellationToken Token => new CancellationTokenSource(HangLimit).Token;
}
