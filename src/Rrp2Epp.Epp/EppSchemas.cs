using System.Xml;
using System.Xml.Schema;

namespace Rrp2Epp.Epp;

/// <summary>
/// The official EPP schemas, embedded in this assembly and compiled once into one
/// <see cref="XmlSchemaSet"/>. Imports resolve by namespace inside the set, so no file or
/// network access happens (no <see cref="XmlResolver"/> is ever used).
/// </summary>
public static class EppSchemas
{
    // Order matters: each schema's imports must already be in the set.
    private static readonly string[] SchemaFiles =
    [
        "eppcom-1.0.xsd", "epp-1.0.xsd", "host-1.0.xsd", "domain-1.0.xsd", "contact-1.0.xsd",
        "rgp-1.0.xsd", "secDNS-1.1.xsd", "changePoll-1.0.xsd",
    ];

    private static readonly Lazy<XmlSchemaSet> CompiledSet = new(Compile, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The compiled, read-only schema set (thread-safe to share for validation).</summary>
    public static XmlSchemaSet Set => CompiledSet.Value;

    /// <summary>The namespaces whose schemas are loaded.</summary>
    public static IReadOnlyList<string> Namespaces { get; } =
    [
        EppNamespaces.EppCom, EppNamespaces.Epp, EppNamespaces.Host, EppNamespaces.Domain, EppNamespaces.Contact,
        EppNamespaces.Rgp, EppNamespaces.SecDns, EppNamespaces.ChangePoll,
    ];

    /// <summary>
    /// Reader settings for untrusted EPP input without validation: no DTDs, no external
    /// resolution, comments and insignificant whitespace skipped.
    /// </summary>
    public static XmlReaderSettings SecureReaderSettings { get; } = CreateSecureSettings();

    /// <summary>Opens the text of one embedded schema (for tools that want to show or export it).</summary>
    public static Stream OpenSchema(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        return typeof(EppSchemas).Assembly.GetManifestResourceStream("Rrp2Epp.Epp.Schemas." + fileName)
               ?? throw new ArgumentException($"no embedded schema named {fileName}", nameof(fileName));
    }

    /// <summary>The names of the embedded schema files, in compile order.</summary>
    public static IReadOnlyList<string> SchemaFileNames => SchemaFiles;

    /// <summary>Reader settings that validate against <see cref="Set"/>; errors reach <paramref name="onError"/>.</summary>
    public static XmlReaderSettings CreateValidatingSettings(ValidationEventHandler onError)
    {
        var settings = CreateSecureSettings();
        settings.ValidationType = ValidationType.Schema;
        settings.Schemas = Set;
        settings.ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += onError;
        return settings;
    }

    private static XmlReaderSettings CreateSecureSettings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = false,
        MaxCharactersFromEntities = 0,
    };

    private static XmlSchemaSet Compile()
    {
        var set = new XmlSchemaSet { XmlResolver = null };
        var errors = new List<string>();
        set.ValidationEventHandler += (_, e) => errors.Add(e.Message);
        foreach (var file in SchemaFiles)
        {
            using var stream = OpenSchema(file);
            using var reader = XmlReader.Create(stream, CreateSecureSettings(), "embedded:///" + file);
            var schema = XmlSchema.Read(reader, (_, e) => errors.Add($"{file}: {e.Message}"))
                         ?? throw new InvalidOperationException($"embedded schema {file} could not be read");
            set.Add(schema);
        }

        set.Compile();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The embedded EPP schemas do not compile: " + string.Join("; ", errors));
        }

        return set;
    }
}
