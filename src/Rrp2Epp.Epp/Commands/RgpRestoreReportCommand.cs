using System.Globalization;
using System.Xml;
using Rrp2Epp.Epp.Xml;

namespace Rrp2Epp.Epp.Commands;

/// <summary>
/// An RGP restore report (RFC 3915 §4.2.5): a <c>domain:update</c> with an empty
/// <c>&lt;domain:chg/&gt;</c> and <c>&lt;rgp:restore op="report"&gt;&lt;rgp:report&gt;…</c>.
/// </summary>
/// <param name="DomainName">The domain in pendingRestore.</param>
/// <param name="Report">The report.</param>
public sealed record RgpRestoreReportCommand(string DomainName, RgpRestoreReport Report) : EppCommand
{
    /// <inheritdoc />
    public override EppCommandKind Kind => EppCommandKind.RgpRestoreReport;

    /// <inheritdoc />
    public override string? ObjectName => DomainName;

    internal override void Validate(List<string> errors)
    {
        CommandChecks.Label(errors, nameof(DomainName), DomainName);
        if (Report is null)
        {
            errors.Add($"{nameof(Report)} is required");
            return;
        }

        foreach (var (field, value) in new[]
                 {
                     (nameof(Report.PreData), Report.PreData), (nameof(Report.PostData), Report.PostData),
                     (nameof(Report.Reason), Report.Reason), (nameof(Report.Statement1), Report.Statement1),
                     (nameof(Report.Statement2), Report.Statement2),
                 })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                errors.Add($"{nameof(Report)}.{field} is required");
            }
        }
    }

    internal override void WriteBody(XmlWriter writer)
    {
        const string p = "rgp";
        const string ns = EppNamespaces.Rgp;
        RgpRestoreRequestCommand.WriteEmptyUpdate(writer, DomainName);
        writer.WriteStartElement("extension", EppNamespaces.Epp);
        writer.WriteStartElement(p, "update", ns);
        writer.WriteStartElement(p, "restore", ns);
        writer.WriteAttributeString("op", "report");
        writer.WriteStartElement(p, "report", ns);
        writer.Element(p, "preData", ns, Report.PreData);
        writer.Element(p, "postData", ns, Report.PostData);
        writer.Element(p, "delTime", ns, FormatDateTime(Report.DeletedAt));
        writer.Element(p, "resTime", ns, FormatDateTime(Report.RestoreRequestedAt));
        WriteText(writer, "resReason", Report.Reason, Report.Language);
        WriteText(writer, "statement", Report.Statement1, Report.Language);
        WriteText(writer, "statement", Report.Statement2, Report.Language);
        if (Report.Other is not null)
        {
            writer.Element(p, "other", ns, Report.Other);
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    /// <summary>An xs:dateTime in UTC with a <c>Z</c>, as EPP servers expect.</summary>
    internal static string FormatDateTime(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    private static void WriteText(XmlWriter writer, string localName, string text, string? language)
    {
        writer.WriteStartElement("rgp", localName, EppNamespaces.Rgp);
        if (language is not null)
        {
            writer.WriteAttributeString("lang", language);
        }

        writer.WriteString(text);
        writer.WriteEndElement();
    }
}
