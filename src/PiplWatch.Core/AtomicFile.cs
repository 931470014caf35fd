using System.Text;

namespace PiplWatch.Core;

/// <summary>Writes files under a temporary name in the same folder and renames them into place, so nothing is left half-written.</summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="contents"/> as UTF-8 (no BOM) to <paramref name="path"/>.</summary>
    public static async Task WriteAllTextAsync(string path, string contents, CancellationToken cancellationToken = default)
    {
        await WriteAsync(path, stream => stream.WriteAsync(new UTF8Encoding(false).GetBytes(contents), cancellationToken).AsTask(), cancellationToken);
    }

    /// <summary>
    /// Writes <paramref name="contents"/> to <paramref name="path"/>, synchronously (small files), in
    /// <paramref name="encoding"/> (default UTF-8 without BOM; a CSV for Excel wants the BOM).
    /// </summary>
    public static void WriteAllText(string path, string contents, Encoding? encoding = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temporary, contents, encoding ?? new UTF8Encoding(false));
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>Lets <paramref name="write"/> fill a temporary file, then moves it over <paramref name="path"/>.</summary>
    public static async Task WriteAsync(string path, Func<Stream, Task> write, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(write);
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await write(stream);
                await stream.FlushAsync(cancellationToken);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
