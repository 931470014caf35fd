using System.Text;
using PiplWatch.Cli.Infrastructure;
using PiplWatch.Core;

namespace PiplWatch.Cli.Scan;

/// <summary>Writes to a file atomically (nothing half-written on failure), or to standard output.</summary>
internal static class OutputTarget
{
    public static async Task WriteAsync(string? path, CliContext context, Func<TextWriter, Task> write, CancellationToken cancellationToken)
    {
        if (path is null)
        {
            await write(context.Output);
            await context.Output.FlushAsync(cancellationToken);
            return;
        }

        await AtomicFile.WriteAsync(path, async stream =>
        {
            await using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
            await write(writer);
            await writer.FlushAsync(cancellationToken);
        }, cancellationToken);
    }
}
