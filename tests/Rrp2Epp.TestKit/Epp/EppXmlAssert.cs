using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Xunit.Sdk;

namespace Rrp2Epp.TestKit.Epp;

/// <summary>
/// Compares EPP XML by meaning, never as strings: element and attribute names by namespace URI
/// (prefixes and namespace declarations are ignored), attributes in any order, insignificant
/// white space ignored, and two values equal when their text matches or both are the same
/// xs:dateTime instant (<c>…00.0Z</c> equals <c>…00Z</c>).
/// </summary>
public static class EppXmlAssert
{
    /// <summary>Fails with the path of the first difference.</summary>
    public static void Equivalent(string expectedXml, string actualXml)
    {
        var expected = Parse(expectedXml, "expected");
        var actual = Parse(actualXml, "actual");
        var difference = FirstDifference(expected.Root!, actual.Root!, "/" + expected.Root!.Name.LocalName);
        if (difference is not null)
        {
            throw new XunitException($"EPP XML differs at {difference}{Environment.NewLine}expected: {expectedXml}{Environment.NewLine}actual:   {actualXml}");
        }
    }

    /// <summary>Compares with UTF-8 bytes as the actual document.</summary>
    public static void Equivalent(string expectedXml, ReadOnlyMemory<byte> actualXml) =>
        Equivalent(expectedXml, Encoding.UTF8.GetString(actualXml.Span));

    /// <summary>Parses XML with DTDs prohibited (test helpers get no more trust than production code).</summary>
    public static XDocument Parse(string xml, string what = "document")
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            return XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            throw new XunitException($"the {what} is not well formed: {e.Message}");
        }
    }

    private static string? FirstDifference(XElement expected, XElement actual, string path)
    {
        if (expected.Name != actual.Name)
        {
            return $"{path}: element {actual.Name} where {expected.Name} was expected";
        }

        var expectedAttributes = Attributes(expected);
        var actualAttributes = Attributes(actual);
        if (!expectedAttributes.SequenceEqual(actualAttributes, AttributeComparer.Instance))
        {
            return $"{path}: attributes [{string.Join(", ", actualAttributes)}] where [{string.Join(", ", expectedAttributes)}] were expected";
        }

        var expectedChildren = expected.Elements().ToList();
        var actualChildren = actual.Elements().ToList();
        if (expectedChildren.Count == 0 && actualChildren.Count == 0)
        {
            return SameValue(expected.Value.Trim(), actual.Value.Trim())
                ? null
                : $"{path}: text '{actual.Value.Trim()}' where '{expected.Value.Trim()}' was expected";
        }

        if (expectedChildren.Count != actualChildren.Count)
        {
            return $"{path}: {actualChildren.Count} child elements ({string.Join(", ", actualChildren.Select(c => c.Name.LocalName))}) where {expectedChildren.Count} ({string.Join(", ", expectedChildren.Select(c => c.Name.LocalName))}) were expected";
        }

        for (var i = 0; i < expectedChildren.Count; i++)
        {
            var difference = FirstDifference(expectedChildren[i], actualChildren[i], $"{path}/{expectedChildren[i].Name.LocalName}[{i}]");
            if (difference is not null)
            {
                return difference;
            }
        }

        return null;
    }

    private static List<XAttribute> Attributes(XElement element) =>
        element.Attributes().Where(a => !a.IsNamespaceDeclaration).OrderBy(a => a.Name.ToString(), StringComparer.Ordinal).ToList();

    private static bool SameValue(string expected, string actual)
    {
        if (string.Equals(expected, actual, StringComparison.Ordinal))
        {
            return true;
        }

        return expected.Contains('T', StringComparison.Ordinal) && actual.Contains('T', StringComparison.Ordinal)
            && DateTimeOffset.TryParse(expected, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var e)
            && DateTimeOffset.TryParse(actual, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var a)
            && e == a;
    }

    private sealed class AttributeComparer : IEqualityComparer<XAttribute>
    {
        public static readonly AttributeComparer Instance = new();

        public bool Equals(XAttribute? x, XAttribute? y) =>
            x is not null && y is not null && x.Name == y.Name && SameValue(x.Value, y.Value);

        public int GetHashCode(XAttribute obj) => obj.Name.GetHashCode();
    }
}
