using System.Collections.Concurrent;

namespace PiplWatch.Detection.Scanning;

/// <summary>
/// Scans files and folders (recursively) on every core. Files stream through one at a time per core and results go
/// straight to the caller's callbacks, so memory stays flat however large the folder grows.
/// </summary>
public sealed class FolderScanner(FileScanner files)
{
    /// <summary>
    /// Scans <paramref name="paths"/>. <paramref name="onHit"/> and <paramref name="onFile"/> are called from several
    /// threads at once and must be thread-safe. Paths in reports are relative to the folder given, or the file name.
    /// </summary>
    /// <exception cref="FileNotFoundException">A path names neither a file nor a folder.</exception>
    public void Scan(IEnumerable<string> paths, Action<ScanHit> onHit, Action<FileSummary> onFile, int? parallelism = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var roots = paths.Select(Path.GetFullPath).ToList();
        foreach (var root in roots.Where(r => !File.Exists(r) && !Directory.Exists(r)))
        {
            throw new FileNotFoundException($"'{root}' is neither a file nor a folder.", root);
        }

        var work = roots.SelectMany(Expand);
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism ?? Environment.ProcessorCount, CancellationToken = cancellationToken };
        Parallel.ForEach(Partitioner.Create(work, EnumerablePartitionerOptions.NoBuffering), options, item =>
        {
            foreach (var summary in files.Scan(item.FullPath, item.DisplayPath, onHit, cancellationToken))
            {
                onFile(summary);
            }
        });
    }

    /// <summary>The files under a root, in a stable order, with the path each is reported under.</summary>
    public static IEnumerable<(string FullPath, string DisplayPath)> Expand(string root)
    {
        if (File.Exists(root))
        {
            yield return (root, Path.GetFileName(root));
            yield break;
        }

        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint };
        foreach (var file in Directory.EnumerateFiles(root, "*", options).Order(StringComparer.Ordinal))
        {
            yield return (file, Path.GetRelativePath(root, file).Replace('\\', '/'));
        }
    }
}
