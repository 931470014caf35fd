using System.Reflection;
using System.Xml.Linq;

namespace PiplWatch.TestSupport;

/// <summary>
/// The "may reference" column of DESIGN.md, checked for the project this test project covers (named by dropping
/// ".Tests"): both in its project file and in its compiled assembly. Linked into every test project.
/// </summary>
public sealed class ProjectDependencyTests
{
    // The hosts carry the case store's migrations so EF Core finds them at run time; nothing else may.
    private static readonly string[] CaseMigrations = ["PiplWatch.Cases.Migrations.Sqlite", "PiplWatch.Cases.Migrations.PostgreSql"];

    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["PiplWatch.Core"] = [],
        ["PiplWatch.Detection"] = ["PiplWatch.Core"],
        ["PiplWatch.Analytics"] = ["PiplWatch.Core", "PiplWatch.Detection"],
        ["PiplWatch.Cases"] = ["PiplWatch.Core", "PiplWatch.Detection"],
        ["PiplWatch.Web"] = ["PiplWatch.Core", "PiplWatch.Detection", "PiplWatch.Analytics", "PiplWatch.Cases", .. CaseMigrations],
        ["PiplWatch.Cli"] = ["PiplWatch.Core", "PiplWatch.Detection", "PiplWatch.Analytics", "PiplWatch.Cases", .. CaseMigrations],
    };

    private static string ProjectUnderTest =>
        typeof(ProjectDependencyTests).Assembly.GetName().Name!.Replace(".Tests", string.Empty, StringComparison.Ordinal);

    [Fact]
    public void ProjectFile_ReferencesOnlyWhatDesignAllows()
    {
        // Arrange
        var project = ProjectUnderTest;
        var file = RepositoryPaths.Source(project, project + ".csproj");

        // Act
        var references = XDocument.Load(file).Descendants("ProjectReference")
            .Select(e => Path.GetFileNameWithoutExtension(e.Attribute("Include")!.Value.Replace('\\', '/')))
            .ToList();

        // Assert
        Assert.All(references, r => Assert.Contains(r, Allowed[project]));
    }

    [Fact]
    public void CompiledAssembly_ReferencesOnlyWhatDesignAllows()
    {
        // Arrange
        var project = ProjectUnderTest;
        var assembly = Assembly.Load(project == "PiplWatch.Cli" ? "piplwatch" : project);

        // Act
        var ours = assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("PiplWatch", StringComparison.Ordinal)).ToList();

        // Assert
        Assert.All(ours, r => Assert.Contains(r, Allowed[project]));
        if (project == "PiplWatch.Core")
        {
            // Core references nothing but the BCL.
            var foreign = assembly.GetReferencedAssemblies().Select(a => a.Name!)
                .Where(n => !(n.StartsWith("System", StringComparison.Ordinal) || n is "netstandard" or "mscorlib" || n.StartsWith("Microsoft.Win32", StringComparison.Ordinal)))
                .ToList();
            Assert.Empty(foreign);
        }
    }
}
