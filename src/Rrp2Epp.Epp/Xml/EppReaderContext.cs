using System.Xml;

namespace Rrp2Epp.Epp.Xml;

/// <summary>
/// Per-thread reader settings and <see cref="NameTable"/>. A name table is not thread-safe for
/// adding names, so instead of one global table each thread keeps its own, pre-filled with the EPP
/// namespaces so that their strings are atomised once and compare by reference.
/// </summary>
internal sealed class EppReaderContext
{
    [ThreadStatic]
    private static EppReaderContext? t_current;

    private EppReaderContext(int maxCharacters)
    {
        NameTable = new NameTable();
        foreach (var ns in EppSchemas.Namespaces)
        {
            NameTable.Add(ns);
        }

        Settings = EppSchemas.SecureReaderSettings.Clone();
        Settings.NameTable = NameTable;
        Settings.MaxCharactersInDocument = maxCharacters;
        MaxCharacters = maxCharacters;
    }

    public NameTable NameTable { get; }

    public XmlReaderSettings Settings { get; }

    public int MaxCharacters { get; }

    /// <summary>This thread's context, with a document cap of at least <paramref name="maxCharacters"/>.</summary>
    public static EppReaderContext For(int maxCharacters)
    {
        var current = t_current;
        if (current is null || current.MaxCharacters != maxCharacters)
        {
            current = new EppReaderContext(maxCharacters);
            t_current = current;
        }

        return current;
    }
}
