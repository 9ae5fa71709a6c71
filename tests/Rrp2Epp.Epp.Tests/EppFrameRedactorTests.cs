using System.Text;
using Rrp2Epp.Epp.Commands;
using Rrp2Epp.Epp.Tests.Commands;
using Rrp2Epp.TestKit.Epp;

namespace Rrp2Epp.Epp.Tests;

public sealed class EppFrameRedactorTests
{
    public static TheoryData<string> CatalogNames()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in CommandCatalog.All)
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CatalogNames))]
    public void Redacted_frames_show_no_secret_and_keep_everything_else(string name)
    {
        var command = CommandCatalog.All.Single(c => c.Name == name).Command;
        using var frame = EppCommandWriter.Write(command, "RRPGW-0001");
        var original = Encoding.UTF8.GetString(frame.Payload.Span);

        var redacted = EppFrameRedactor.Redact(frame.Payload);

        foreach (var secret in new[] { CommandCatalog.Secret, "S3cr&amp;t", "s3cret-Pw1", "n3w-Secret2" })
        {
            Assert.DoesNotContain(secret, redacted, StringComparison.Ordinal);
        }

        EppXmlAssert.Equivalent(Mask(original), redacted);
    }

    [Theory]
    [InlineData("session-login-newpw.command.xml", "s3cret-Pw1", "n3w-Secret2")]
    [InlineData("domain-info.response-1000.xml", "Tr4nsfer-Key", null)]
    [InlineData("contact-create.command.xml", "C0ntact-Key", null)]
    [InlineData("domain-update.command.xml", "N3w-Tr4nsfer", null)]
    public void Example_frames_lose_their_secrets(string example, string secret, string? secret2)
    {
        var redacted = EppFrameRedactor.Redact(EppExamples.ReadBytes(example));

        Assert.DoesNotContain(secret, redacted, StringComparison.Ordinal);
        if (secret2 is not null)
        {
            Assert.DoesNotContain(secret2, redacted, StringComparison.Ordinal);
        }

        Assert.Contains("***", redacted, StringComparison.Ordinal);
    }

    [Fact]
    public void Prefixes_CDATA_and_entities_do_not_hide_a_secret()
    {
        const string xml = """
            <e:epp xmlns:e="urn:ietf:params:xml:ns:epp-1.0"><e:command><e:login><e:clID>RegistrarA</e:clID>
            <e:pw><![CDATA[Cd4ta-Secret]]></e:pw><e:newPW>&#x4E;ew-&amp;Secret</e:newPW></e:login></e:command></e:epp>
            """;

        var redacted = EppFrameRedactor.Redact(xml);

        Assert.DoesNotContain("Cd4ta", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("Secret", redacted, StringComparison.Ordinal);
        Assert.Contains("RegistrarA", redacted, StringComparison.Ordinal);
    }

    [Fact]
    public void A_frame_that_is_not_well_formed_is_withheld_whole()
    {
        var redacted = EppFrameRedactor.Redact("<epp><command><login><pw>Br0ken-Secret</pw>");

        Assert.DoesNotContain("Br0ken", redacted, StringComparison.Ordinal);
        Assert.StartsWith("[not well-formed XML", redacted, StringComparison.Ordinal);
    }

    [Fact]
    public void A_DTD_is_refused_rather_than_expanded()
    {
        var redacted = EppFrameRedactor.Redact("<!DOCTYPE epp [<!ENTITY x \"boom\">]><epp>&x;</epp>");

        Assert.StartsWith("[not well-formed XML", redacted, StringComparison.Ordinal);
    }

    /// <summary>The original with every secret text replaced, built with LINQ to XML (an independent way).</summary>
    private static string Mask(string xml)
    {
        var doc = EppXmlAssert.Parse(xml);
        foreach (var element in doc.Descendants().ToList())
        {
            var secret = element.Name.LocalName == "authInfo"
                || (element.Name.NamespaceName == EppNamespaces.Epp && element.Name.LocalName is "pw" or "newPW");
            if (!secret)
            {
                continue;
            }

            foreach (var inner in element.DescendantsAndSelf().Where(e => !e.HasElements && !e.IsEmpty))
            {
                inner.Value = "***";
            }
        }

        return doc.ToString();
    }
}
