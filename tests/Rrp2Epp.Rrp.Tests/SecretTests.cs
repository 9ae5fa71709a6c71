namespace Rrp2Epp.Rrp.Tests;

/// <summary>Passwords and authInfo never reach ToString(), parse details or frame descriptions.</summary>
public sealed class SecretTests
{
    private const string Password = "Pa55:w0rd";
    private const string NewPassword = "N3w-Pa55";
    private const string AuthInfo = "Auth-1nfo-Secret";

    [Fact]
    public void SESSION_prints_its_id_but_not_its_passwords()
    {
        var request = new SessionRequest("registrarA", Password, NewPassword);
        var text = request.ToString();
        Assert.Contains("registrarA", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, text, StringComparison.Ordinal);
        Assert.DoesNotContain(NewPassword, text, StringComparison.Ordinal);
        Assert.Contains("***", text, StringComparison.Ordinal);
        Assert.Contains("NewPassword = (none)", new SessionRequest("registrarA", Password, null).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TRANSFER_prints_its_domain_but_not_its_authInfo()
    {
        var text = new TransferRequest("example.com", true, AuthInfo).ToString();
        Assert.Contains("example.com", text, StringComparison.Ordinal);
        Assert.Contains("Approve = Yes", text, StringComparison.Ordinal);
        Assert.DoesNotContain(AuthInfo, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_results_of_secret_requests_print_no_secrets()
    {
        var ok = Wire.Parse(Wire.V2, "session", "-Id:registrarA", "-Password:" + Password, "-NewPassword:" + NewPassword);
        Assert.DoesNotContain(Password, ok.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(NewPassword, ok.ToString(), StringComparison.Ordinal);
        var transfer = Wire.Parse(Wire.V2AuthInfo, "transfer", "EntityName:Domain", "DomainName:example.com", "AuthInfo:" + AuthInfo);
        Assert.DoesNotContain(AuthInfo, transfer.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-Password:" + Password, "-NewPassword:x")]
    [InlineData("-Password:" + Password, "-NewPassword:" + NewPassword + NewPassword + NewPassword)]
    [InlineData("-Password:" + Password, "-Bogus:" + NewPassword)]
    [InlineData("-Password:" + Password + Password, "-NewPassword:" + NewPassword)]
    [InlineData("-Password:" + Password, "-Password:" + NewPassword)]
    public void Failed_SESSION_details_hold_no_secret(string password, string other)
    {
        var result = Wire.Parse(Wire.V2, "session", "-Id:registrarA", password, other);
        Assert.False(result.IsSuccess);
        foreach (var text in new[] { result.ErrorDetail!, result.ToString() })
        {
            Assert.DoesNotContain(Password, text, StringComparison.Ordinal);
            Assert.DoesNotContain(NewPassword, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Failed_TRANSFER_details_hold_no_authInfo()
    {
        var result = Wire.Parse(Wire.V2AuthInfo, "transfer", "EntityName:Domain", "DomainName:example.com", "AuthInfo:" + AuthInfo + " x");
        Assert.Equal(RrpResponseCode.InvalidAttributeValueSyntax, result.ErrorCode);
        Assert.DoesNotContain(AuthInfo, result.ToString(), StringComparison.Ordinal);
        var off = Wire.Parse(Wire.V2, "transfer", "EntityName:Domain", "DomainName:example.com", "AuthInfo:" + AuthInfo);
        Assert.DoesNotContain(AuthInfo, off.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_still_compares_the_secrets()
    {
        Assert.NotEqual(new SessionRequest("a", Password, null), new SessionRequest("a", NewPassword, null));
        Assert.NotEqual(new TransferRequest("example.com", null, AuthInfo), new TransferRequest("example.com", null, null));
    }
}
