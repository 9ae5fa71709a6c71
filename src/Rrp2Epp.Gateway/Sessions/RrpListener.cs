using Rrp2Epp.Gateway.Options;
using Rrp2Epp.Rrp;

namespace Rrp2Epp.Gateway.Sessions;

/// <summary>One configured RRP listener as the sessions see it: its options, version and parser settings.</summary>
public sealed class RrpListener
{
    /// <summary>Builds the runtime view of <paramref name="options"/> (already validated).</summary>
    public RrpListener(RrpListenerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        Version = RrpVersions.TryParse(options.Version, out var version) ? version : RrpVersion.V2_0_0;
        ParserOptions = new RrpParserOptions { Version = Version, AcceptAuthInfo = options.AcceptAuthInfo };
    }

    /// <summary>The listener's options.</summary>
    public RrpListenerOptions Options { get; }

    /// <summary>The version it speaks.</summary>
    public RrpVersion Version { get; }

    /// <summary>The codec settings for its requests.</summary>
    public RrpParserOptions ParserOptions { get; }

    /// <summary>The bound endpoint once the host has started (the real port when the options asked for 0).</summary>
    public System.Net.IPEndPoint? BoundEndPoint { get; internal set; }

    /// <summary>Kestrel's options for this listener (they carry the bound port after start).</summary>
    internal Microsoft.AspNetCore.Server.Kestrel.Core.ListenOptions? KestrelOptions { get; set; }
}
