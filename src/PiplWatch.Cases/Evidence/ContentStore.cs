using System.Security.Cryptography;
using PiplWatch.Core;

namespace PiplWatch.Cases.Evidence;

/// <summary>
/// Content-addressed files under <c>&lt;data&gt;/evidence/ab/abcdef…</c>: named by their SHA-256, written once (to a
/// temporary name, then renamed) and never changed, so the same bytes are stored once and any change shows.
/// </summary>
public sealed class ContentStore(string dataDirectory)
{
    /// <summary>The folder.</summary>
    public string Folder => Path.Combine(dataDirectory, "evidence");

    /// <summary>Where the content with <paramref name="sha256"/> is kept.</summary>
    public string PathOf(string sha256)
    {
        ArgumentNullException.ThrowIfNull(sha256);
        return Path.Combine(Folder, sha256[..2], sha256);
    }

    /// <summary>Stores <paramref name="content"/>; returns its SHA-256.</summary>
    public string Put(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var sha = Convert.ToHexStringLower(SHA256.HashData(content));
        var target = PathOf(sha);
        if (!File.Exists(target))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            AtomicFile.WriteAsync(target, stream => stream.WriteAsync(content).AsTask()).GetAwaiter().GetResult();
        }

        return sha;
    }

    /// <summary>The SHA-256 of the stored content as it is now, or "missing".</summary>
    public string HashNow(string sha256)
    {
        var path = PathOf(sha256);
        if (!File.Exists(path))
        {
            return "missing";
        }

        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
