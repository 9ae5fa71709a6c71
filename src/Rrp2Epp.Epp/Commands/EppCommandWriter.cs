using System.Xml;
using Rrp2Epp.Epp.Xml;

namespace Rrp2Epp.Epp.Commands;

/// <summary>
/// Writes commands as EPP frames: an <see cref="XmlWriter"/> with shared settings (UTF-8 without a
/// BOM, no indentation) over a pooled buffer. Values are always written through the XML writer,
/// which escapes them; no frame is ever assembled from strings.
/// </summary>
public static class EppCommandWriter
{
    /// <summary>The shortest and longest clTRID the schema allows.</summary>
    public const int MinTransactionIdLength = 3, MaxTransactionIdLength = 64;

    /// <summary>
    /// Writes <paramref name="command"/> with an optional clTRID. The caller owns the returned frame
    /// and must dispose it.
    /// </summary>
    /// <exception cref="ArgumentException">The command or clTRID is invalid (the message names fields, never values).</exception>
    public static EppFrame Write(EppCommand command, string? clientTransactionId)
    {
        EnsureValid(command);
        if (clientTransactionId is not null && !IsValidTransactionId(clientTransactionId))
        {
            throw new ArgumentException("a clTRID must be 3 to 64 characters without surrounding or repeated white space", nameof(clientTransactionId));
        }

        return WriteFrame(command.Kind, (command, clientTransactionId), static (writer, state) =>
        {
            writer.WriteStartElement("command", EppNamespaces.Epp);
            state.command.WriteBody(writer);
            if (state.clientTransactionId is not null)
            {
                writer.WriteElementString("clTRID", EppNamespaces.Epp, state.clientTransactionId);
            }

            writer.WriteEndElement();
        });
    }

    /// <summary>Writes <c>&lt;hello/&gt;</c> (it has no command wrapper and no clTRID).</summary>
    public static EppFrame WriteHello() => WriteFrame(EppCommandKind.Hello, 0, static (writer, _) =>
    {
        writer.WriteStartElement("hello", EppNamespaces.Epp);
        writer.WriteEndElement();
    });

    /// <summary>Every problem with <paramref name="command"/>, by field name; empty when it can be written.</summary>
    public static IReadOnlyList<string> Check(EppCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var errors = new List<string>();
        command.Validate(errors);
        return errors;
    }

    /// <summary>Throws if <paramref name="command"/> cannot be written.</summary>
    /// <exception cref="ArgumentException">Lists every problem (field names only).</exception>
    public static void EnsureValid(EppCommand command)
    {
        var errors = Check(command);
        if (errors.Count > 0)
        {
            throw new ArgumentException($"invalid {command.Kind.LogName()} command: {string.Join("; ", errors)}", nameof(command));
        }
    }

    /// <summary>True for a string the schema accepts as clTRID/svTRID (a token of 3-64 characters).</summary>
    public static bool IsValidTransactionId(string value)
    {
        if (value.Length is < MinTransactionIdLength or > MaxTransactionIdLength)
        {
            return false;
        }

        if (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsControl(c) || (c == ' ' && value[i - 1] == ' ') || (char.IsWhiteSpace(c) && c != ' '))
            {
                return false;
            }
        }

        return true;
    }

    // The state argument keeps the body a static lambda: no closure per frame.
    private static EppFrame WriteFrame<TState>(EppCommandKind kind, TState state, Action<XmlWriter, TState> body)
    {
        var context = EppWriterContext.Current;
        try
        {
            context.Output.Write(EppWriterContext.Declaration);
            var writer = context.Writer;
            writer.WriteStartElement(string.Empty, "epp", EppNamespaces.Epp);
            body(writer, state);
            writer.WriteEndElement();
            writer.Flush();
            return context.Output.DetachFrame();
        }
        catch (ArgumentException)
        {
            // The XML writer's message quotes the offending character, which may belong to a
            // secret; say only which command it was.
            context.Discard();
            throw new ArgumentException($"the {kind.LogName()} command holds a character XML 1.0 cannot carry");
        }
        catch
        {
            context.Discard();
            throw;
        }
    }
}
