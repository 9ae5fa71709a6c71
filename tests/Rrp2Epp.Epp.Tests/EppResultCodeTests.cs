using System.Xml.Linq;

namespace Rrp2Epp.Epp.Tests;

public sealed class EppResultCodeTests
{
    [Fact]
    public void The_enum_is_exactly_the_schema_enumeration()
    {
        using var stream = EppSchemas.OpenSchema("epp-1.0.xsd");
        XNamespace xs = "http://www.w3.org/2001/XMLSchema";
        var schemaCodes = XDocument.Load(stream).Descendants(xs + "simpleType")
            .Single(e => (string?)e.Attribute("name") == "resultCodeType")
            .Descendants(xs + "enumeration").Select(e => int.Parse((string)e.Attribute("value")!, System.Globalization.CultureInfo.InvariantCulture))
            .Order().ToList();

        Assert.Equal(schemaCodes, Enum.GetValues<EppResultCode>().Select(c => (int)c).Order().ToList());
    }

    [Fact]
    public void Only_the_connection_management_codes_close_the_connection()
    {
        var closing = Enum.GetValues<EppResultCode>().Where(c => c.ClosesConnection()).Select(c => (int)c).ToList();

        Assert.Equal([1500, 2500, 2501, 2502], closing);
    }

    [Fact]
    public void Every_code_has_its_standard_message()
    {
        Assert.All(Enum.GetValues<EppResultCode>(), c => Assert.False(string.IsNullOrWhiteSpace(c.StandardMessage())));
        Assert.Equal("Object does not exist", EppResultCode.ObjectDoesNotExist.StandardMessage());
        Assert.True(EppResultCodes.IsDefined(2308));
        Assert.False(EppResultCodes.IsDefined(1999));
    }
}
