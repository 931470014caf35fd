using PiplWatch.Core.Hosting;
using PiplWatch.TestSupport;

namespace PiplWatch.Core.Tests.Hosting;

public sealed class DataDirectoryTests
{
    private static readonly string Cwd = Path.GetTempPath();

    [Fact]
    public void Resolve_OptionWins() =>
        Assert.Equal(Path.GetFullPath("/srv/pw"), DataDirectory.Resolve("/srv/pw", _ => "/env/pw", Cwd));

    [Fact]
    public void Resolve_EnvironmentWhenNoOption() =>
        Assert.Equal(Path.GetFullPath("/env/pw"), DataDirectory.Resolve(null, v => v == DataDirectory.EnvironmentVariable ? "/env/pw" : null, Cwd));

    [Fact]
    public void Resolve_DefaultIsDataBesideTheCurrentDirectory() =>
        Assert.Equal(Path.Combine(Path.GetFullPath(Cwd), "data"), DataDirectory.Resolve(" ", _ => string.Empty, Cwd));

    [Fact]
    public void Resolve_RelativeOption_IsRelativeToCurrentDirectory() =>
        Assert.Equal(Path.Combine(Path.GetFullPath(Cwd), "x", "y"), DataDirectory.Resolve("x/y", _ => null, Cwd));

    [Fact]
    public void ResolveAndCreate_CreatesFolderAndReferenceFolder()
    {
        using var temp = new TemporaryDirectory();
        var target = temp.Combine("nested", "data");

        var path = DataDirectory.ResolveAndCreate(target);

        Assert.True(Directory.Exists(path));
        Assert.True(Directory.Exists(DataDirectory.ReferenceFolder(path)));
    }
}
