using System.Xml;

namespace Rrp2Epp.Epp.Xml;

/// <summary>
/// Per-thread <see cref="XmlWriter"/> over a <see cref="PooledWriteStream"/>, kept from frame to frame. Creating an
/// XML writer allocates its 6 KB encoding buffer and its element and namespace stacks, which for a typical command
/// frame was most of what writing it allocated; one writer per thread, flushed after each frame, writes every frame
/// of that thread instead. The writer works at fragment level (each frame's <c>&lt;epp&gt;</c> is a top-level
/// element that opens and closes its own namespace scope), so the XML declaration is written before it as bytes.
/// A writer that failed half-way is never reused (<see cref="Discard"/>).
/// </summary>
internal sealed class EppWriterContext
{
    /// <summary>The declaration an XML writer with <see cref="EppXml.Utf8"/> writes at document level.</summary>
    public static ReadOnlySpan<byte> Declaration => "<?xml version=\"1.0\" encoding=\"utf-8\"?>"u8;

    [ThreadStatic]
    private static EppWriterContext? t_current;

    private EppWriterContext()
    {
        Output = new PooledWriteStream();
        Writer = XmlWriter.Create(Output, EppXml.WriterSettings);
    }

    public PooledWriteStream Output { get; }

    public XmlWriter Writer { get; }

    /// <summary>This thread's writer, empty and ready for a frame.</summary>
    public static EppWriterContext Current => t_current ??= new EppWriterContext();

    /// <summary>Forgets this thread's writer after a failure (its state and output are unusable) and frees its buffer.</summary>
    public void Discard()
    {
        if (ReferenceEquals(t_current, this))
        {
            t_current = null;
        }

        Output.Discard();
        Output.Dispose();
    }
}
