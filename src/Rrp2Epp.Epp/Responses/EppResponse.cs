using System.Text;

namespace Rrp2Epp.Epp.Responses;

/// <summary>
/// A server response (RFC 5730 §2.6): results, optional message queue, typed response data and
/// extensions, transaction ids. Unknown resData or extension elements are kept as
/// <see cref="UnknownResponseData"/> / <see cref="UnknownExtensionData"/>; anything that departs
/// from the schema in the parts read is listed in <see cref="Anomalies"/>, and the code stays usable
/// (result-mapping.md §4 G11 b).
/// </summary>
public sealed record EppResponse : EppMessage
{
    /// <summary>The results, at least one; a success has exactly one.</summary>
    public required IReadOnlyList<EppResult> Results { get; init; }

    /// <summary>The code of the first result.</summary>
    public EppResultCode Code => Results[0].Code;

    /// <summary>The message of the first result.</summary>
    public string Message => Results[0].Message;

    /// <summary>True for a 1xxx code.</summary>
    public bool IsSuccess => Code.IsSuccess();

    /// <summary>True for 1500/2500/2501/2502, after which the server closes the connection.</summary>
    public bool ClosesConnection => Code.ClosesConnection();

    /// <summary>Every value and extValue of every result, in order.</summary>
    public IEnumerable<EppResultValue> Values => Results.SelectMany(r => r.Values);

    /// <summary>The message queue element, when present.</summary>
    public EppMessageQueue? MessageQueue { get; init; }

    /// <summary>The children of <c>&lt;resData&gt;</c>, typed where this library knows them.</summary>
    public IReadOnlyList<EppResponseData> Data { get; init; } = [];

    /// <summary>The children of <c>&lt;extension&gt;</c>, typed where this library knows them.</summary>
    public IReadOnlyList<EppExtensionData> Extensions { get; init; } = [];

    /// <summary>The echoed clTRID (absent when none was sent or the server could not read it).</summary>
    public string? ClientTransactionId { get; init; }

    /// <summary>The server's svTRID.</summary>
    public string? ServerTransactionId { get; init; }

    /// <summary>Departures from the schema in the parts read (a missing element, a value that does not parse).</summary>
    public IReadOnlyList<string> Anomalies { get; init; } = [];

    /// <summary>The first response data of type <typeparamref name="T"/>, or null.</summary>
    public T? GetData<T>() where T : EppResponseData => First<EppResponseData, T>(Data);

    /// <summary>The first extension data of type <typeparamref name="T"/>, or null.</summary>
    public T? GetExtension<T>() where T : EppExtensionData => First<EppExtensionData, T>(Extensions);

    /// <summary>The RGP statuses of an info (<c>rgp:infData</c>) or update (<c>rgp:upData</c>) response; empty when none.</summary>
    public IReadOnlyList<EppStatus> RgpStatuses =>
        GetExtension<RgpInfoData>()?.Statuses ?? GetExtension<RgpUpdateData>()?.Statuses ?? [];

    /// <inheritdoc />
    public override string ToString()
    {
        var text = new StringBuilder("EppResponse { ");
        text.Append(string.Join(" | ", Results)).Append(", ClientTransactionId = ").Append(ClientTransactionId)
            .Append(", ServerTransactionId = ").Append(ServerTransactionId);
        if (MessageQueue is not null)
        {
            text.Append(", ").Append(MessageQueue);
        }

        if (Data.Count > 0)
        {
            text.Append(", Data = [").Append(string.Join(", ", Data)).Append(']');
        }

        if (Extensions.Count > 0)
        {
            text.Append(", Extensions = [").Append(string.Join(", ", Extensions)).Append(']');
        }

        if (Anomalies.Count > 0)
        {
            text.Append(", Anomalies = [").Append(string.Join("; ", Anomalies)).Append(']');
        }

        return text.Append(" }").ToString();
    }

    // A loop rather than OfType().FirstOrDefault(): translations ask for their data on every answer, and the iterator
    // was an allocation each time.
    private static T? First<TBase, T>(IReadOnlyList<TBase> items) where T : class, TBase
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is T match)
            {
                return match;
            }
        }

        return null;
    }
}
