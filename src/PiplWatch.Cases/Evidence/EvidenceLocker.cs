using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PiplWatch.Cases.Store;
using PiplWatch.Core;
using PiplWatch.Core.Findings;

namespace PiplWatch.Cases.Evidence;

/// <summary>
/// The evidence locker of a case: content in the data directory's <see cref="ContentStore"/>, each item's description
/// and chain of custody in the case store.
/// </summary>
public sealed class EvidenceLocker(CaseStore store, string dataDirectory, TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly ContentStore _content = new(dataDirectory);

    /// <summary>Where the content with <paramref name="sha256"/> is kept.</summary>
    public string PathOf(string sha256) => _content.PathOf(sha256);

    /// <summary>Adds a file to a case.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="KeyNotFoundException">No such case.</exception>
    public EvidenceItem Add(long caseId, string file, string kind, string description, string user) => Save(caseId, Prepare(caseId, file, kind, description, user));

    /// <summary>Adds content the platform produced (a generated document).</summary>
    public EvidenceItem Store(long caseId, byte[] content, string fileName, string kind, string description, string user) =>
        Save(caseId, Prepare(caseId, content, fileName, kind, description, user));

    /// <summary>
    /// Puts a file's content in the store and returns its item unsaved, for a caller that records it in the same
    /// transaction as what it belongs to (a follow-up and its run).
    /// </summary>
    public EvidenceItem Prepare(long caseId, string file, string kind, string description, string user)
    {
        if (!File.Exists(file))
        {
            throw new FileNotFoundException($"'{file}' does not exist", file);
        }

        var item = Prepare(caseId, File.ReadAllBytes(file), Path.GetFileName(file), kind, description, user);
        if (kind is EvidenceKinds.ModelRun or EvidenceKinds.Audit)
        {
            // A run is evidence with what it ran on: the report's inputs and their hashes travel with the item.
            var report = FindingsReportJson.Deserialize(File.ReadAllText(file), file);
            item.RunId = report.RunId;
            item.InputsJson = JsonSerializer.Serialize(report.Inputs, ReferenceJson.Compact);
        }

        return item;
    }

    /// <summary>Puts content in the store and returns its item unsaved.</summary>
    public EvidenceItem Prepare(long caseId, byte[] content, string fileName, string kind, string description, string user)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (kind is not (EvidenceKinds.File or EvidenceKinds.ModelRun or EvidenceKinds.Audit or EvidenceKinds.Document))
        {
            throw new ArgumentException($"evidence kind '{kind}': file, model-run, audit or document", nameof(kind));
        }

        var sha = _content.Put(content);
        var now = _time.GetUtcNow();
        return new EvidenceItem
        {
            CaseId = caseId,
            Kind = kind,
            Sha256 = sha,
            Length = content.LongLength,
            FileName = fileName,
            Description = description,
            AddedAt = now,
            AddedBy = user,
            Custody = [new CustodyEntry { Action = "added", At = now, By = user, Sha256Seen = sha }],
        };
    }

    private EvidenceItem Save(long caseId, EvidenceItem item)
    {
        using var db = store.CreateContext();
        if (!db.Cases.Any(c => c.Id == caseId))
        {
            throw new KeyNotFoundException($"there is no case {caseId}");
        }

        db.EvidenceItems.Add(item);
        db.SaveChanges();
        return item;
    }

    /// <summary>The items of a case with their custody.</summary>
    public IReadOnlyList<EvidenceItem> List(long caseId)
    {
        using var db = store.CreateContext();
        return [.. db.EvidenceItems.AsNoTracking().Include(e => e.Custody).Where(e => e.CaseId == caseId).OrderBy(e => e.Id)];
    }

    /// <summary>Hashes the stored content again and records the result in the chain of custody.</summary>
    /// <returns>Whether the content still has its hash.</returns>
    public bool Verify(long itemId, string user)
    {
        using var db = store.CreateContext();
        var item = db.EvidenceItems.FirstOrDefault(e => e.Id == itemId) ?? throw new KeyNotFoundException($"there is no evidence item {itemId}");
        var seen = _content.HashNow(item.Sha256);
        var intact = seen == item.Sha256;
        db.CustodyEntries.Add(new CustodyEntry { EvidenceItemId = item.Id, Action = "verified", At = _time.GetUtcNow(), By = user, Sha256Seen = seen, Note = intact ? "intact" : "CONTENT CHANGED OR MISSING" });
        db.SaveChanges();
        return intact;
    }

    /// <summary>Copies an item out (to hand to a court or an agency), recorded in the chain of custody.</summary>
    public string Export(long itemId, string destination, string user)
    {
        var (content, item) = ReadVerified(itemId, user, Path.GetFileName(destination));
        AtomicFile.WriteAsync(destination, stream => stream.WriteAsync(content).AsTask()).GetAwaiter().GetResult();
        return item.Sha256;
    }

    /// <summary>
    /// The item's content, read once and hashed: refused if it no longer has its hash, else handed out and recorded in
    /// the chain of custody (a download, an export) with <paramref name="note"/>.
    /// </summary>
    /// <exception cref="InvalidDataException">The content changed or is missing.</exception>
    public (byte[] Content, EvidenceItem Item) ReadVerified(long itemId, string user, string note)
    {
        using var db = store.CreateContext();
        var item = db.EvidenceItems.FirstOrDefault(e => e.Id == itemId) ?? throw new KeyNotFoundException($"there is no evidence item {itemId}");
        var path = PathOf(item.Sha256);
        var content = File.Exists(path) ? File.ReadAllBytes(path) : null;
        var seen = content is null ? "missing" : Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content));
        if (seen != item.Sha256)
        {
            throw new InvalidDataException($"evidence item {itemId} no longer has its hash {item.Sha256} (now {seen}); not handed out");
        }

        db.CustodyEntries.Add(new CustodyEntry { EvidenceItemId = item.Id, Action = "exported", At = _time.GetUtcNow(), By = user, Sha256Seen = seen, Note = note });
        db.SaveChanges();
        return (content!, item);
    }
}
