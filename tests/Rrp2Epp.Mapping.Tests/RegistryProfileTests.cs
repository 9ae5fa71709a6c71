using Rrp2Epp.Mapping.Profiles;

namespace Rrp2Epp.Mapping.Tests;

public sealed class RegistryProfileTests
{
    private static readonly RegistryProfile Valid = new() { Name = "verisign", Zones = ["com", "net"] };

    [Fact]
    public void The_defaults_are_those_the_brief_and_the_spec_name()
    {
        Assert.Empty(Valid.Validate());
        Assert.Same(Valid, Valid.EnsureValid());
        Assert.Equal(ContactModel.Thin, Valid.Contacts);
        Assert.Equal(HostModel.Objects, Valid.Hosts);
        Assert.Equal(TimeZoneInfo.Utc, Valid.TimeZone);
        Assert.Equal(1, Valid.DefaultRenewPeriod);
        Assert.Equal(10, Valid.MaximumTerm);
        Assert.Equal(RrpRules.Strict, Valid.RrpRules);
        Assert.True(Valid.RrpExtendedStatuses);
        Assert.Equal(UpdateLockRemoval.Combined, Valid.UpdateLockRemoval);
        Assert.Equal(RestoreMode.RequestOnly, Valid.Restore);
        Assert.Null(Valid.RegistryDeleteNotifyMarker);
        Assert.True(Valid.DeleteCascade);
        Assert.False(Valid.AllowDocumentationAddresses);
    }

    [Fact]
    public void Every_problem_is_reported_at_once_naming_its_field()
    {
        var bad = Valid with
        {
            Zones = ["COM", ".net"],
            Contacts = ContactModel.Thick,
            DefaultRenewPeriod = 0,
            MaximumTerm = 100,
            Restore = RestoreMode.RequestAndReport,
            ClockSkew = TimeSpan.FromHours(2),
            AuthInfo = new AuthInfoRules(Length: 4, Alphabet: "aab"),
            RegistryDeleteNotifyMarker = new DeleteNotifyMarker(DeleteNotifyMarkerKind.Extension, "deleteNotify"),
        };

        var e = Assert.Throws<RegistryProfileException>(() => bad.EnsureValid());

        foreach (var field in new[]
                 {
                     "Zones: 'COM'", "Zones: '.net'", "ContactHandles: a thick registry", "MaximumTerm", "DefaultRenewPeriod",
                     "RestoreReport: required", "ClockSkew", "AuthInfo.Length", "AuthInfo.Alphabet: needs at least 10", "RegistryDeleteNotifyMarker",
                 })
        {
            Assert.Contains(e.Errors, x => x.Contains(field, StringComparison.Ordinal));
        }

        Assert.Equal(10, e.Errors.Count);
        Assert.All(e.Errors, x => Assert.StartsWith("RegistryProfile 'verisign'.", x, StringComparison.Ordinal));
    }

    [Fact]
    public void Thick_handles_must_be_EPP_handles()
    {
        var thick = Valid with
        {
            Contacts = ContactModel.Thick,
            ContactHandles = new Dictionary<string, RegistrarContacts>(StringComparer.Ordinal)
            {
                ["RegistrarA"] = new("REG-A-1", Admin: "AD", Tech: "TECH-A-1"),
            },
        };

        var errors = thick.Validate();

        Assert.Equal(["RegistryProfile 'verisign'.ContactHandles['RegistrarA'].Admin: must be an EPP handle of 3-16 characters"], errors);
    }

    [Fact]
    public void A_report_needs_every_text()
    {
        var profile = Valid with { Restore = RestoreMode.RequestAndReport, RestoreReport = new RestoreReportTemplate("pre", "post", " ", "s1", "s2") };

        Assert.Equal(["RegistryProfile 'verisign'.RestoreReport.Reason: required"], profile.Validate());
    }

    [Theory]
    [InlineData("ns1.example.com", "example.com")]
    [InlineData("a.b.example.net", "example.net")]
    [InlineData("NS1.Example.COM", "example.com")]
    [InlineData("ns1.example.org", null)]
    [InlineData("example.com", null)]
    public void A_host_in_a_served_zone_has_its_second_level_parent(string host, string? parent)
    {
        Assert.Equal(parent, Valid.InZoneParentOf(host));
    }

    [Fact]
    public void Generated_authInfo_values_follow_the_rules_and_differ()
    {
        var rules = new AuthInfoRules();
        var values = Enumerable.Range(0, 200).Select(_ => rules.Generate()).ToList();

        Assert.All(values, v => Assert.True(rules.IsSatisfiedBy(v)));
        Assert.Equal(values.Count, values.Distinct(StringComparer.Ordinal).Count());
        Assert.All(values, v => Assert.Contains(v, c => !char.IsAsciiLetterOrDigit(c)));
        Assert.False(rules.IsSatisfiedBy("short"));
        Assert.False(rules.IsSatisfiedBy("abcdefghijklmnop"));
        Assert.False(rules.IsSatisfiedBy(null));
        Assert.DoesNotContain(values[0], rules.ToString(), StringComparison.Ordinal);
        Assert.True(AuthInfoRules.IsAcceptable("abcdefgh"));
        Assert.False(AuthInfoRules.IsAcceptable("abc defgh"));
        Assert.False(AuthInfoRules.IsAcceptable("abcdefg"));
    }

    [Fact]
    public void A_weak_alphabet_is_refused_for_its_entropy()
    {
        var errors = new AuthInfoRules(Length: 10, Alphabet: "0123456789").Validate();

        Assert.Contains(errors, e => e.Contains("33 bits of entropy, below the minimum of 64", StringComparison.Ordinal));
    }

    [Fact]
    public void Inputs_never_print_their_secrets()
    {
        var inputs = new TranslationInputs("Secret-One-1234!", "Secret-Two-1234!", "Secret-Three-12!") { Now = DateTimeOffset.UnixEpoch };

        var text = inputs.ToString();

        Assert.DoesNotContain("Secret", text, StringComparison.Ordinal);
        Assert.Contains("GeneratedAuthInfo = ***", text, StringComparison.Ordinal);
        Assert.Contains("(none)", TranslationInputs.None.ToString(), StringComparison.Ordinal);
        var context = Support.TestContexts.Create() with { Inputs = inputs };
        Assert.DoesNotContain("Secret", context.ToString(), StringComparison.Ordinal);
    }
}
