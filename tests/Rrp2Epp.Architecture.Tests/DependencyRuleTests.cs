using System.Xml.Linq;

namespace Rrp2Epp.Architecture.Tests;

/// <summary>
/// Enforces the dependency rule of DESIGN.md §2 by reading the project files: the codecs use the
/// BCL only, and no layer references one above it.
/// </summary>
public sealed class DependencyRuleTests
{
    // project → the projects it may reference, and whether it may reference packages or frameworks.
    private static readonly Dictionary<string, (string[] Projects, bool Packages)> Rules = new(StringComparer.Ordinal)
    {
        ["Rrp2Epp.Rrp"] = ([], false),
        ["Rrp2Epp.Epp"] = ([], false),
        ["Rrp2Epp.Mapping"] = (["Rrp2Epp.Rrp", "Rrp2Epp.Epp"], false),
        ["Rrp2Epp.Sandbox"] = (["Rrp2Epp.Epp"], false),
        ["Rrp2Epp.Gateway"] = (["Rrp2Epp.Rrp", "Rrp2Epp.Epp", "Rrp2Epp.Mapping"], true),
        ["Rrp2Epp.Cli"] = (["Rrp2Epp.Rrp", "Rrp2Epp.Epp", "Rrp2Epp.Mapping", "Rrp2Epp.Gateway", "Rrp2Epp.Sandbox"], true),
    };

    public static TheoryData<string> SourceProjects()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(Path.Combine(Root, "src")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(dir));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SourceProjects))]
    public void Project_references_only_what_its_layer_allows(string project)
    {
        Assert.True(Rules.ContainsKey(project), $"src/{project} has no dependency rule; add it to DESIGN.md §2 and this test");
        var (allowedProjects, packagesAllowed) = Rules[project];
        var doc = LoadProject(project);

        var projectRefs = doc.Descendants("ProjectReference")
            .Select(e => Path.GetFileNameWithoutExtension(((string?)e.Attribute("Include") ?? "").Replace('\\', '/')))
            .ToList();
        var forbidden = projectRefs.Where(r => !allowedProjects.Contains(r, StringComparer.Ordinal)).ToList();
        Assert.True(forbidden.Count == 0, $"{project} must not reference {string.Join(", ", forbidden)}");

        if (!packagesAllowed)
        {
            var packages = doc.Descendants("PackageReference").Select(e => (string?)e.Attribute("Include")).ToList();
            var frameworks = doc.Descendants("FrameworkReference").Select(e => (string?)e.Attribute("Include")).ToList();
            Assert.True(packages.Count == 0, $"{project} must use the BCL only, but references packages {string.Join(", ", packages)}");
            Assert.True(frameworks.Count == 0, $"{project} must use the BCL only, but references frameworks {string.Join(", ", frameworks)}");
            var sdk = (string?)doc.Root?.Attribute("Sdk");
            Assert.Equal("Microsoft.NET.Sdk", sdk);
        }
    }

    [Fact]
    public void Codec_projects_exist_and_use_the_BCL_only()
    {
        foreach (var project in new[] { "Rrp2Epp.Rrp", "Rrp2Epp.Epp" })
        {
            var doc = LoadProject(project);
            Assert.Empty(doc.Descendants("PackageReference"));
            Assert.Empty(doc.Descendants("ProjectReference"));
            Assert.Empty(doc.Descendants("FrameworkReference"));
            Assert.Empty(doc.Descendants("Reference"));
        }
    }

    [Fact]
    public void Solution_is_the_classic_format_and_lists_every_project()
    {
        var sln = Path.Combine(Root, "Rrp2Epp.sln");
        Assert.True(File.Exists(sln), "Rrp2Epp.sln is missing");
        Assert.False(File.Exists(Path.Combine(Root, "Rrp2Epp.slnx")), "use the classic .sln format only");
        var text = File.ReadAllText(sln);
        Assert.Contains("Microsoft Visual Studio Solution File", text, StringComparison.Ordinal);
        foreach (var csproj in Directory.GetFiles(Root, "*.csproj", SearchOption.AllDirectories)
                     .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                 && !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var relative = Path.GetRelativePath(Root, csproj).Replace('/', '\\');
            Assert.True(text.Contains(relative, StringComparison.Ordinal), $"{relative} is not in Rrp2Epp.sln");
        }
    }

    private static string Root => TestKit.RepositoryPaths.Root;

    private static XDocument LoadProject(string project)
    {
        var path = Path.Combine(Root, "src", project, project + ".csproj");
        Assert.True(File.Exists(path), $"{path} is missing");
        return XDocument.Load(path);
    }
}
