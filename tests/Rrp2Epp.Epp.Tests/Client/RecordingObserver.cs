using System.Collections.Concurrent;
using Rrp2Epp.Epp.Client;

namespace Rrp2Epp.Epp.Tests.Client;

/// <summary>Keeps every exchange and redacted frame it is shown.</summary>
internal sealed class RecordingObserver(bool wantsFrames = true) : IEppExchangeObserver
{
    public ConcurrentQueue<EppExchange> Exchanges { get; } = new();

    public ConcurrentQueue<(EppFrameDirection Direction, string Xml)> Frames { get; } = new();

    public bool WantsFrames => wantsFrames;

    public void OnExchange(EppExchange exchange) => Exchanges.Enqueue(exchange);

    public void OnFrame(string connectionId, EppFrameDirection direction, string redactedXml) => Frames.Enqueue((direction, redactedXml));
}
