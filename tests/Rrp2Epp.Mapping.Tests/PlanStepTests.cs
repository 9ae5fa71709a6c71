using Rrp2Epp.Mapping.Plans;
using Rrp2Epp.Rrp;

namespace Rrp2Epp.Mapping.Tests;

public sealed class PlanStepTests
{
    [Theory]
    [InlineData(RrpResponseCode.Success, false)]
    [InlineData(RrpResponseCode.SuccessClosing, true)]
    [InlineData(RrpResponseCode.ServerErrorClosing, true)]
    [InlineData(RrpResponseCode.TooManySessions, true)]
    [InlineData(RrpResponseCode.CommandFailed, false)]
    public void A_plain_answer_closes_the_session_exactly_for_the_closing_codes(RrpResponseCode code, bool closes)
    {
        var step = FinishStep.Answer(RrpResponse.Of(code));

        Assert.Equal(closes, step.CloseSession);
        Assert.Empty(step.Effects);
    }

    [Fact]
    public void A_stored_authInfo_effect_never_prints_the_secret()
    {
        var effect = new StoreAuthInfoEffect("example.com", "Sup3r-Secret!");

        Assert.DoesNotContain("Sup3r-Secret!", effect.ToString(), StringComparison.Ordinal);
        Assert.Contains("example.com", effect.ToString(), StringComparison.Ordinal);
    }
}
