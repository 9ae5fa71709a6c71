using System.Text;
using Rrp2Epp.TestKit.Epp;

namespace Rrp2Epp.Epp.Tests;

public sealed class EppSchemaValidatorTests
{
    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var name in EppExamples.All)
        {
            data.Add(name);
        }

        return data;
    }

    [Fact]
    public void The_embedded_schemas_compile_with_every_namespace()
    {
        var set = EppSchemas.Set;
        Assert.True(set.IsCompiled);
        foreach (var ns in EppSchemas.Namespaces)
        {
            Assert.True(set.Contains(ns), $"{ns} missing from the schema set");
        }

        Assert.Equal(8, EppSchemas.SchemaFileNames.Count);
    }

    [Fact]
    public void All_93_examples_are_present()
    {
        Assert.Equal(93, EppExamples.All.Count);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_example_frame_is_valid(string name)
    {
        var result = EppSchemaValidator.Validate(EppExamples.ReadBytes(name));
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors));
    }

    [Fact]
    public void A_create_without_authInfo_is_invalid()
    {
        var xml = EppExamples.Read("domain-create.command.xml");
        var start = xml.IndexOf("<domain:authInfo>", StringComparison.Ordinal);
        var end = xml.IndexOf("</domain:authInfo>", StringComparison.Ordinal) + "</domain:authInfo>".Length;
        Assert.True(start > 0 && end > start);
        var broken = xml.Remove(start, end - start);

        Assert.False(EppSchemaValidator.Validate(broken).IsValid);
    }

    [Fact]
    public void An_unknown_namespace_under_a_command_is_invalid()
    {
        var xml = EppExamples.Read("domain-check.command.xml")
            .Replace("urn:ietf:params:xml:ns:domain-1.0", "urn:example:unknown-1.0", StringComparison.Ordinal);

        var result = EppSchemaValidator.Validate(xml);

        Assert.False(result.IsValid);
    }

    [Fact]
    public void A_login_password_under_six_characters_is_invalid()
    {
        var xml = EppExamples.Read("session-login.command.xml");
        var start = xml.IndexOf("<pw>", StringComparison.Ordinal) + 4;
        var end = xml.IndexOf("</pw>", StringComparison.Ordinal);
        var broken = string.Concat(xml.AsSpan(0, start), "abc", xml.AsSpan(end));

        Assert.False(EppSchemaValidator.Validate(broken).IsValid);
    }

    [Fact]
    public void A_result_code_outside_the_closed_list_is_invalid()
    {
        var xml = EppExamples.Read("domain-check.response-1000.xml").Replace("code=\"1000\"", "code=\"1999\"", StringComparison.Ordinal);

        Assert.False(EppSchemaValidator.Validate(xml).IsValid);
    }

    [Fact]
    public void A_document_type_declaration_is_refused_not_expanded()
    {
        const string bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE epp [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><hello/></epp>
            """;

        var result = EppSchemaValidator.Validate(bomb);

        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.Contains("DTD", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Garbage_is_reported_not_thrown()
    {
        var result = EppSchemaValidator.Validate(Encoding.UTF8.GetBytes("<epp><unclosed>"));

        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.StartsWith("Not well formed", StringComparison.Ordinal));
    }

    [Fact]
    public void A_root_outside_the_epp_namespace_is_invalid()
    {
        var result = EppSchemaValidator.Validate("<epp><hello/></epp>");

        Assert.False(result.IsValid);
    }

    [Fact]
    public void A_leading_byte_order_mark_is_accepted()
    {
        var body = EppExamples.ReadBytes("session-hello.xml");
        var withBom = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(body).ToArray();

        Assert.True(EppSchemaValidator.Validate(withBom).IsValid);
    }

    [Fact]
    public void Errors_inside_passwords_and_authInfo_never_quote_the_value()
    {
        var login = EppExamples.Read("session-login.command.xml").Replace("<pw>s3cret-Pw1</pw>", "<pw>Qx7</pw>", StringComparison.Ordinal)
            .Replace("<clID>RegistrarA</clID>", "<clID>Zy</clID>", StringComparison.Ordinal);

        var result = EppSchemaValidator.Validate(login);

        Assert.False(result.IsValid);
        Assert.DoesNotContain(result.Errors, e => e.Contains("Qx7", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Contains("details withheld", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Contains("Zy", StringComparison.Ordinal));
    }
}
