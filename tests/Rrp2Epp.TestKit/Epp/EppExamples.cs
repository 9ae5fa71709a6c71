namespace Rrp2Epp.TestKit.Epp;

/// <summary>
/// The 93 valid EPP frames of <c>Epp/examples/</c> (indexed in its README): commands,
/// responses, the greeting and hello, written from the RFC definitions.
/// </summary>
public static class EppExamples
{
    /// <summary>The folder holding the frames.</summary>
    public static string Folder => RepositoryPaths.Combine("tests", "Rrp2Epp.TestKit", "Epp", "examples");

    /// <summary>Every example file name (without folder), sorted.</summary>
    public static IReadOnlyList<string> All =>
        Directory.GetFiles(Folder, "*.xml").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList()!;

    /// <summary>The text of one example.</summary>
    public static string Read(string name) => File.ReadAllText(Path.Combine(Folder, name));

    /// <summary>The UTF-8 bytes of one example.</summary>
    public static byte[] ReadBytes(string name) => File.ReadAllBytes(Path.Combine(Folder, name));
}
