using System.Text;

namespace Rrp2Epp.Rrp.Tests;

/// <summary>Helpers to write requests in tests: lines joined with CRLF and terminated by the lone dot.</summary>
internal static class Wire
{
    public static readonly RrpParserOptions V1 = RrpParserOptions.V1_1_0;
    public static readonly RrpParserOptions V2 = RrpParserOptions.Default;
    public static readonly RrpParserOptions V2AuthInfo = new() { AcceptAuthInfo = true };

    /// <summary>"a", "b" → "a\r\nb\r\n.\r\n".</summary>
    public static string Request(params string[] lines) => string.Concat(lines.Select(l => l + "\r\n")) + ".\r\n";

    public static byte[] Bytes(string text) => Encoding.Latin1.GetBytes(text);

    public static RrpParserOptions Options(string version) => version == "1.1.0" ? V1 : V2;

    public static RrpParseResult Parse(RrpParserOptions options, params string[] lines) => RrpRequestParser.Parse(Request(lines), options);
}
