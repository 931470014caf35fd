using System.CommandLine;

namespace PiplWatch.Cli.Infrastructure;

/// <summary>Options every command accepts.</summary>
internal static class CommonOptions
{
    public static readonly Option<string?> Data = new("--data")
    {
        Description = "数据目录 Data directory (default: $PIPLWATCH_DATA, else ./data)",
        Recursive = true,
    };

    public static readonly Option<bool> Json = new("--json")
    {
        Description = "输出 JSON Write JSON for scripts instead of a table",
        Recursive = true,
    };
}
