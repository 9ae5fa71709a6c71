namespace Rrp2Epp.TestKit.Rrp;

/// <summary>
/// One RRP exchange as the reference writes it: lines prefixed <c>C:</c> (client) and <c>S:</c> (server). On the
/// wire every line ends with CRLF. Plain text on purpose, so any test project (codec, gateway end-to-end, tools)
/// can replay it without referencing the codec.
/// </summary>
/// <param name="Name">A unique, readable name (used as the test case name).</param>
/// <param name="Version">"1.1.0" or "2.0.0": the listener version the exchange belongs to.</param>
/// <param name="Source">Where the exchange comes from: an RFC section or the client whose style it shows.</param>
/// <param name="Text">The transcript, one <c>C:</c>/<c>S:</c> line per wire line.</param>
public sealed record RrpTranscript(string Name, string Version, string Source, string Text)
{
    /// <summary>The client's bytes as sent: every <c>C:</c> line, CRLF-terminated.</summary>
    public string ClientWire => Wire("C:");

    /// <summary>The server's bytes as sent: every <c>S:</c> line, CRLF-terminated.</summary>
    public string ServerWire => Wire("S:");

    /// <summary>The client's lines, without prefix or line end (for line-by-line replay).</summary>
    public IReadOnlyList<string> ClientLines => Lines("C:");

    /// <summary>The server's lines, without prefix or line end.</summary>
    public IReadOnlyList<string> ServerLines => Lines("S:");

    /// <inheritdoc/>
    public override string ToString() => Name;

    private string Wire(string prefix) => string.Concat(Lines(prefix).Select(l => l + "\r\n"));

    private List<string> Lines(string prefix) =>
        [.. Text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith(prefix, StringComparison.Ordinal)).Select(l => l[prefix.Length..])];
}
