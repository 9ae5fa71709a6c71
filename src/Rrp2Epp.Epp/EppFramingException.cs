namespace Rrp2Epp.Epp;

/// <summary>Why a data unit could not be read.</summary>
public enum EppFramingError
{
    /// <summary>The Total Length field is below 5: it counts its own 4 octets, and an instance is never empty.</summary>
    LengthTooSmall,

    /// <summary>The Total Length field exceeds the configured cap; the body was not read.</summary>
    FrameTooLarge,

    /// <summary>The peer closed the connection inside a header or a body.</summary>
    ClosedMidFrame,
}

/// <summary>
/// A broken RFC 5734 stream. The connection cannot be resynchronised after this and must be
/// closed: framing errors are transport failures, not protocol outcomes.
/// </summary>
public sealed class EppFramingException : IOException
{
    /// <summary>Creates the exception.</summary>
    public EppFramingException(EppFramingError error, long declaredLength, string message)
        : base(message)
    {
        Error = error;
        DeclaredLength = declaredLength;
    }

    /// <summary>What went wrong.</summary>
    public EppFramingError Error { get; }

    /// <summary>The Total Length the header declared (0 when the header itself was cut short).</summary>
    public long DeclaredLength { get; }
}
