using System.Collections.Concurrent;
using PiplWatch.Detection.Masking;
using PiplWatch.Detection.Scanning;

namespace PiplWatch.Detection.Audit;

/// <summary>
/// The disclosure audit of scenario O8: what a site or folder publishes — ID numbers in full, names in the same
/// record, phones, door-level addresses, values masked below the public-notice standard, data in places a reader does
/// not see, and fake PDF redactions — per file and in total.
/// </summary>
public sealed class DisclosureAuditor(PiiDetector detector, TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>
    /// Audits the files under <paramref name="folder"/>, reporting paths relative to it and naming the site
    /// <paramref name="site"/>. <paramref name="onFileDone"/>, if given, is told (from several threads) how many of how
    /// many files are done.
    /// </summary>
    public AuditReport Audit(string folder, string site, AuditReport? previous = null, Action<int, int>? onFileDone = null, CancellationToken cancellationToken = default)
    {
        var startedAt = _time.GetUtcNow().ToOffset(TimeSpan.FromHours(8));
        var states = new ConcurrentDictionary<string, FileState>(StringComparer.Ordinal);
        var summaries = new ConcurrentBag<FileSummary>();
        var siteIds = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        var scanner = new FileScanner(detector, time: _time);
        var files = FolderScanner.Expand(Path.GetFullPath(folder)).ToList();
        var done = 0;
        Parallel.ForEach(files, new ParallelOptions { CancellationToken = cancellationToken }, file =>
        {
            foreach (var summary in scanner.Scan(file.FullPath, file.DisplayPath, _ => { }, (_, segment, hits) =>
                states.GetOrAdd(segment.Location.File, _ => new FileState()).Add(segment, hits), cancellationToken))
            {
                summaries.Add(summary);
            }

            onFileDone?.Invoke(Interlocked.Increment(ref done), files.Count);
        });

        var audits = new List<FileAudit>();
        foreach (var summary in summaries.Where(s => s.Format != "zip").OrderBy(s => s.File, StringComparer.Ordinal))
        {
            var state = states.GetValueOrDefault(summary.File) ?? new FileState();
            state.Flush();
            foreach (var id in state.Ids)
            {
                siteIds.TryAdd(id, 0);
            }

            var fake = 0;
            if (summary.Format == "pdf" && !summary.File.Contains("!/", StringComparison.Ordinal))
            {
                fake = FakeRedactionDetector.Find(Path.Combine(folder, summary.File)).Count;
            }

            audits.Add(state.ToAudit(summary, fake));
        }

        return new AuditReport
        {
            Site = site,
            StartedAt = startedAt,
            FinishedAt = _time.GetUtcNow().ToOffset(TimeSpan.FromHours(8)),
            EngineVersion = FileScanner.EngineVersion,
            Totals = AuditTotals.Of(audits, siteIds.Count),
            Files = audits,
            Comparison = previous is null ? null : AuditComparison.Between(previous, audits),
        };
    }

    /// <summary>What one file published so far; fed segment by segment on the thread scanning the file.</summary>
    private sealed class FileState
    {
        private string? _row;
        private int _rowNames;
        private bool _rowHasId;

        public HashSet<string> Ids { get; } = new(StringComparer.Ordinal);

        private HashSet<string> VisibleIds { get; } = new(StringComparer.Ordinal);

        private int NamesNextToIds { get; set; }

        private int Phones { get; set; }

        private int DoorLevel { get; set; }

        private int Hidden { get; set; }

        private int Masked { get; set; }

        private int Noncompliant { get; set; }

        private int MaskedPhones { get; set; }

        public void Add(TextSegment segment, IReadOnlyList<PiiHit> hits)
        {
            var row = RowKey(segment.Location);
            if (row != _row)
            {
                Flush();
                _row = row;
            }

            foreach (var hit in hits)
            {
                if (!segment.Visible)
                {
                    Hidden++;
                }

                switch (hit.Type)
                {
                    case PiiType.IdCard:
                        Ids.Add(hit.Value);
                        if (segment.Visible)
                        {
                            VisibleIds.Add(hit.Value);
                        }

                        _rowHasId = true;
                        break;
                    case PiiType.PersonName:
                        _rowNames++;
                        break;
                    case PiiType.PhoneMobile or PiiType.PhoneLandline:
                        Phones++;
                        break;
                    case PiiType.Address when AddressLevels.IsDoorLevel(segment.Text[hit.Start..hit.End]):
                        DoorLevel++;
                        break;
                    default:
                        break;
                }
            }

            foreach (var masked in MaskedValueScanner.Find(segment.Text))
            {
                if (masked.Kind == MaskedKind.IdCard)
                {
                    Masked++;
                    Noncompliant += masked.MeetsPublicNoticeStandard ? 0 : 1;
                }
                else
                {
                    MaskedPhones++;
                }
            }
        }

        /// <summary>Ends the current record: its names count when it holds an unmasked ID.</summary>
        public void Flush()
        {
            if (_rowHasId)
            {
                NamesNextToIds += _rowNames;
            }

            _rowNames = 0;
            _rowHasId = false;
        }

        public FileAudit ToAudit(FileSummary summary, int fakeRedactions) => new()
        {
            Path = summary.File,
            Format = summary.Format,
            Counts = summary.Counts.Where(kv => kv.Value > 0).OrderBy(kv => kv.Key).ToDictionary(kv => kv.Key.ToPublicName(), kv => kv.Value, StringComparer.Ordinal),
            Sha256 = summary.Sha256,
            UnmaskedIds = Ids.Count,
            UnmaskedIdsVisible = VisibleIds.Count,
            NoncompliantMaskedIds = Noncompliant,
            MaskedIds = Masked - Noncompliant,
            UnmaskedNamesNextToIds = NamesNextToIds,
            UnmaskedPhones = Phones,
            MaskedPhones = MaskedPhones,
            DoorLevelAddresses = DoorLevel,
            HiddenItems = Hidden,
            FakeRedactions = fakeRedactions,
            Error = summary.Error,
        };

        /// <summary>The record a segment belongs to: a table row, a line, a JSON record, an HTML &lt;tr&gt;.</summary>
        private static string RowKey(ScanLocation location)
        {
            if (location.Element is { } element && element.LastIndexOf("/tr[", StringComparison.Ordinal) is var tr and >= 0)
            {
                var end = element.IndexOf(']', tr);
                return "tr:" + element[..(end + 1)];
            }

            return $"{location.Sheet}|{location.Page}|{location.Line}|{location.Row}|{(location.Row is null && location.Line is null ? location.Element : null)}";
        }
    }
}
