namespace Rrp2Epp.TestKit;

/// <summary>Locates files of this repository from a test's output folder, so tests never depend on the working directory.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The folder that holds <c>Rrp2Epp.sln</c>.</summary>
    public static string Root => RootPath.Value;

    /// <summary>An absolute path under the repository root.</summary>
    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Rrp2Epp.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Rrp2Epp.sln not found above {AppContext.BaseDirectory}");
    }
}
