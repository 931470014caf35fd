namespace PiplWatch.Cli.Tests;

public sealed class MaskCommandTests : CliTestBase
{
    private string Source()
    {
        var folder = Path.Combine(Cli.DataDirectory, "site");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "list.csv"), "姓名,身份证号\n张三丰,11010519491231002X\n");
        File.WriteAllText(Path.Combine(folder, "note.txt"), "联系电话 13812345678");
        File.WriteAllBytes(Path.Combine(folder, "scan.pdf"), "%PDF-1.7"u8.ToArray());
        return folder;
    }

    [Fact]
    public async Task Mask_Folder_WritesMaskedCopiesAndWarnsAboutUnsupportedFormats()
    {
        var source = Source();
        var target = Path.Combine(Cli.DataDirectory, "masked");

        var result = await Cli.RunAsync("mask", source, "--policy", "public-notice", "--out", target);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("姓名,身份证号\n张*丰,110105********002X\n", File.ReadAllText(Path.Combine(target, "list.csv")).ReplaceLineEndings("\n"));
        Assert.Contains("138****5678", File.ReadAllText(Path.Combine(target, "note.txt")), StringComparison.Ordinal);
        Assert.Contains("warning: scan.pdf", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(target, "scan.pdf")));
        Assert.Contains("11010519491231002X", File.ReadAllText(Path.Combine(source, "list.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mask_PseudonymizeWithoutKey_FailsNamingTheVariable()
    {
        var result = await Cli.RunAsync("mask", Source(), "--policy", "pseudonymize", "--out", Path.Combine(Cli.DataDirectory, "p"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("PIPLWATCH_PSEUDONYM_KEY", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mask_OntoItself_IsRefused()
    {
        var source = Source();

        var result = await Cli.RunAsync("mask", source, "--policy", "display", "--out", source);

        Assert.Equal(2, result.ExitCode);
        result.AssertOneLineError();
    }

    [Fact]
    public async Task Mask_UnknownPolicy_IsBadUsage()
    {
        var result = await Cli.RunAsync("mask", Source(), "--policy", "blackout", "--out", "x");

        Assert.Equal(2, result.ExitCode);
    }
}
