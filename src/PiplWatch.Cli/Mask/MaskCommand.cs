using System.CommandLine;
using System.Globalization;
using System.Text;
using PiplWatch.Cli.Infrastructure;
using PiplWatch.Detection;
using PiplWatch.Detection.Masking;
using PiplWatch.Detection.Scanning;

namespace PiplWatch.Cli.Mask;

/// <summary>
/// <c>piplwatch mask PATH --policy NAME --out PATH</c>: a masked copy of a file, or of every supported file of a folder,
/// with structure kept. The key of the pseudonymize policy comes from PIPLWATCH_PSEUDONYM_KEY, never the command line.
/// </summary>
internal static class MaskCommand
{
    public const string KeyVariable = "PIPLWATCH_PSEUDONYM_KEY";

    private static readonly Argument<string> Source = new("path") { Description = "要脱敏的文件或文件夹 File or folder to mask" };
    private static readonly Option<string> Policy = new("--policy") { Description = "脱敏策略 public-notice, display, pseudonymize, generalize or suppress", Required = true };
    private static readonly Option<string> Out = new("--out") { Description = "输出文件或文件夹 Where the masked copy goes", Required = true };

    public static Command Create(CliContext context)
    {
        Policy.AcceptOnlyFromAmong([.. MaskingPolicies.Names]);
        var command = new Command("mask", "生成脱敏副本 Write a masked copy with the document's structure kept") { Source, Policy, Out };
        command.SetAction(parse => Run(context, parse));
        return command;
    }

    private static int Run(CliContext context, ParseResult parse)
    {
        var source = Path.GetFullPath(parse.GetRequiredValue(Source));
        var target = Path.GetFullPath(parse.GetRequiredValue(Out));
        if (!File.Exists(source) && !Directory.Exists(source))
        {
            throw new CliFailure($"'{source}' is neither a file nor a folder");
        }

        if (string.Equals(source, target, StringComparison.Ordinal))
        {
            throw CliFailure.Usage("--out must differ from the source: the original is evidence and is never overwritten");
        }

        var policy = CreatePolicy(parse.GetRequiredValue(Policy));
        var masker = new FileMasker(new PiiDetector(context.Reference(parse).Regions), policy);
        var files = File.Exists(source)
            ? [(source, target)]
            : FolderScanner.Expand(source).Select(f => (f.FullPath, Path.Combine(target, f.DisplayPath))).ToList();
        var total = 0;
        var written = 0;
        foreach (var (from, to) in files)
        {
            try
            {
                total += masker.Mask(from, to);
                written++;
            }
            catch (NotSupportedException ex)
            {
                context.Error.WriteLine($"warning: {Path.GetFileName(from)}: not masked: {ex.Message}");
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                context.Error.WriteLine($"warning: {Path.GetFileName(from)}: not masked: {ex.Message}");
            }
        }

        if (written == 0)
        {
            throw new CliFailure("no file could be masked");
        }

        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"masked {total} values in {written} files with policy {policy.Name} ({policy.Technique}) → {target}"));
        return ExitCodes.Success;
    }

    private static MaskingPolicy CreatePolicy(string name)
    {
        if (name != "pseudonymize")
        {
            return MaskingPolicies.Get(name);
        }

        var key = Environment.GetEnvironmentVariable(KeyVariable);
        if (string.IsNullOrEmpty(key) || Encoding.UTF8.GetByteCount(key) < 16)
        {
            throw new CliFailure($"the pseudonymize policy needs a secret of at least 16 bytes in the environment variable {KeyVariable}");
        }

        return MaskingPolicies.Get(name, Encoding.UTF8.GetBytes(key));
    }
}
