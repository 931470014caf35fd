using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using DuckDB.NET.Data;
using PiplWatch.Analytics.Contracts;
using PiplWatch.Analytics.Workspace;
using PiplWatch.Detection;
using PiplWatch.Detection.Validation;

namespace PiplWatch.Analytics.Datasets;

/// <summary>How far an import is: rows read, and the share of the file where the format can tell.</summary>
public sealed record ImportProgress(long Rows, double? Fraction);

/// <summary>What to import and how.</summary>
public sealed record ImportRequest
{
    /// <summary>The export (CSV, TSV, XLSX, JSON lines).</summary>
    public required string File { get; init; }

    /// <summary>Dataset name in the workspace.</summary>
    public required string Name { get; init; }

    /// <summary>Dataset role; may be omitted when the mapping names exactly one.</summary>
    public string? Role { get; init; }

    /// <summary>Worksheet, for XLSX.</summary>
    public string? Sheet { get; init; }

    /// <summary>A confirmed mapping; without it the suggestion is applied when it is confident.</summary>
    public IReadOnlyList<DatasetMapping>? Mappings { get; init; }

    /// <summary>Who imports (recorded in the catalog).</summary>
    public required string User { get; init; }

    /// <summary>The import fails when more than this share of rows cannot be read (a wrong mapping must not "succeed" empty).</summary>
    public double MaxBadShare { get; init; } = 0.01;
}

/// <summary>
/// Imports an export into the workspace as Parquet through DuckDB: maps headers to roles, parses and validates every
/// row, skips and lists bad rows, and either completes or leaves nothing behind. Memory does not grow with the file:
/// rows stream into an on-disk DuckDB table, which is copied to Parquet at the end.
/// </summary>
public sealed class DatasetImporter(AnalyticsWorkspace workspace, PiiDetector detector, TimeProvider? time = null)
{
    private readonly IdNumber _ids = detector.IdNumbers;
    private const int SampleSize = 200;
    private const int MaxListedSkips = 1000;
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>The suggested mapping for an export, without importing it.</summary>
    public MappingSuggestion Suggest(string file, string roleName, string? sheet = null)
    {
        var role = RoleCatalog.Find(roleName) ?? throw new ArgumentException($"'{roleName}' is not a dataset role (known: {string.Join(", ", RoleCatalog.All.Select(r => r.Name))})", nameof(roleName));
        using var source = TableSource.Open(file, sheet);
        return new MappingSuggester(detector).Suggest(role, source.Headers, source.Rows.Take(SampleSize).ToList());
    }

    /// <summary>Imports the export; throws with a clear message (and leaves nothing) when it cannot.</summary>
    /// <exception cref="InvalidDataException">Unreadable file, unmapped required role, too many bad rows, or a name in use.</exception>
    public ImportReport Import(ImportRequest request, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!System.Text.RegularExpressions.Regex.IsMatch(request.Name, "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"))
        {
            throw new ArgumentException($"'{request.Name}' is not a dataset name: letters, digits, '_', '-', '.', up to 64 characters", nameof(request));
        }

        if (!File.Exists(request.File))
        {
            throw new FileNotFoundException($"'{request.File}' does not exist", request.File);
        }

        var sha256 = Sha256(request.File);
        using var source = TableSource.Open(request.File, request.Sheet);
        using var rows = source.Rows.GetEnumerator();
        var sample = new List<TableRow>();
        while (sample.Count < SampleSize && rows.MoveNext())
        {
            sample.Add(rows.Current);
        }

        var (mapping, suggested) = ChooseMapping(request, source.Headers, sample);
        var role = RoleCatalog.Find(mapping.Role)!;
        var columns = role.Columns.Where(c => mapping.Columns.ContainsKey(c.Name)).ToList();
        var indexes = columns.Select(c => IndexOf(source.Headers, mapping.Columns[c.Name], request.File)).ToArray();

        // A money column's currency beside it under the same header + "_currency" (a dataset's own Parquet, imported
        // again, keeps its amounts' currencies instead of reading them all as yuan).
        var currencyIndexes = columns.Select((c, i) => c.Kind == ColumnKind.Money ? IndexOfOrMissing(source.Headers, ColumnRole.CurrencyColumn(source.Headers[indexes[i]])) : -1).ToArray();

        var tempDatabase = Path.Combine(workspace.TempFolder, $"import-{Guid.NewGuid():N}.duckdb");
        var tempParquet = Path.Combine(workspace.TempFolder, $"import-{Guid.NewGuid():N}.parquet");
        var target = Path.Combine(workspace.DatasetsFolder, request.Name + ".parquet");
        try
        {
            var counts = new Counts();
            using (var connection = new DuckDBConnection($"DataSource={tempDatabase}"))
            {
                connection.Open();
                using (var limits = connection.CreateCommand())
                {
                    // A bounded buffer pool: DuckDB writes the table to its file instead of caching it, so memory does
                    // not grow with the export.
                    limits.CommandText = $"SET memory_limit = '256MB'; SET threads = 2; SET temp_directory = '{workspace.TempFolder.Replace("'", "''", StringComparison.Ordinal)}'";
                    limits.ExecuteNonQuery();
                }

                using (var create = connection.CreateCommand())
                {
                    create.CommandText = $"CREATE TABLE t (_line BIGINT, {string.Join(", ", columns.SelectMany(TableColumns))})";
                    create.ExecuteNonQuery();
                }

                using (var appender = connection.CreateAppender("t"))
                {
                    foreach (var row in sample.Concat(Rest(rows)))
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        AppendRow(appender, row, columns, indexes, currencyIndexes, mapping, source.Headers, counts);
                        if ((counts.Kept + counts.Skipped) % 50_000 == 0)
                        {
                            progress?.Report(new ImportProgress(counts.Kept + counts.Skipped, source.Fraction));
                        }
                    }
                }

                var total = counts.Kept + counts.Skipped;
                if (total == 0)
                {
                    throw new InvalidDataException($"{Path.GetFileName(request.File)}: no data rows");
                }

                if (counts.Skipped > total * request.MaxBadShare)
                {
                    var examples = string.Join("; ", counts.Skips.Take(3).Select(s => string.Create(CultureInfo.InvariantCulture, $"line {s.Line}{(s.Column is null ? string.Empty : $" [{s.Column}]")}: {s.Reason}")));
                    throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
                        $"{Path.GetFileName(request.File)}: {counts.Skipped} of {total} rows ({(double)counts.Skipped / total:P1}) could not be read, more than the {request.MaxBadShare:P0} allowed — check the mapping. First problems: {examples}"));
                }

                using var copy = connection.CreateCommand();
                copy.CommandText = $"COPY t TO '{tempParquet.Replace("'", "''", StringComparison.Ordinal)}' (FORMAT PARQUET, COMPRESSION ZSTD)";
                copy.ExecuteNonQuery();
            }

            // Profiled before it is moved in: a failure here must leave no dataset behind.
            var profile = DatasetProfiler.Profile(tempParquet, columns, workspace.TempFolder);
            if (File.Exists(target))
            {
                throw new InvalidDataException($"a dataset named '{request.Name}' already exists; choose another name");
            }

            File.Move(tempParquet, target);
            var pii = PiiColumns(source.Headers, sample);
            var report = new ImportReport
            {
                Dataset = request.Name,
                Role = role.Name,
                Rows = counts.Kept,
                SkippedRows = counts.Skipped,
                Skipped = counts.Skips,
                UnknownValues = counts.Unknown,
                NonResidentIdentities = counts.NonResident,
                MappingSuggested = suggested,
                Mapping = mapping,
                PiiColumns = pii,
            };
            workspace.Save(new DatasetEntry
            {
                Name = request.Name,
                Role = role.Name,
                File = Path.GetRelativePath(workspace.Root, target).Replace('\\', '/'),
                SourceFile = Path.GetFullPath(request.File),
                SourceSha256 = sha256,
                Rows = counts.Kept,
                SkippedRows = counts.Skipped,
                Mapping = mapping,
                PiiColumns = pii,
                Profile = profile,
                ImportedAt = _time.GetUtcNow().ToOffset(TimeSpan.FromHours(8)),
                ImportedBy = request.User,
            });
            return report;
        }
        catch (DuckDBException ex)
        {
            throw new InvalidDataException($"{Path.GetFileName(request.File)}: the import could not be completed in DuckDB, nothing was kept: {ex.Message.Split('\n')[0]}", ex);
        }
        finally
        {
            foreach (var temp in new[] { tempDatabase, tempDatabase + ".wal", tempParquet })
            {
                if (File.Exists(temp))
                {
                    File.Delete(temp);
                }
            }
        }
    }

    private (DatasetMapping Mapping, bool Suggested) ChooseMapping(ImportRequest request, IReadOnlyList<string> headers, List<TableRow> sample)
    {
        if (request.Mappings is { Count: > 0 } given)
        {
            var chosen = request.Role is null
                ? given.Count == 1 ? given[0] : throw new ArgumentException($"the mapping names several dataset roles ({string.Join(", ", given.Select(m => m.Role))}); say which with --role", nameof(request))
                : given.FirstOrDefault(m => m.Role == request.Role) ?? throw new ArgumentException($"the mapping has no entry for role '{request.Role}'", nameof(request));
            var role = RoleCatalog.Find(chosen.Role)!;
            var missing = role.RequiredColumns.Where(c => !chosen.Columns.ContainsKey(c.Name)).Select(c => c.Name).ToList();
            if (missing.Count > 0)
            {
                throw new InvalidDataException($"the mapping leaves required roles of '{role.Name}' unmapped: {string.Join(", ", missing)}");
            }

            return (chosen, false);
        }

        var roleName = request.Role ?? throw new ArgumentException("without --mapping, say the dataset role with --role", nameof(request));
        var datasetRole = RoleCatalog.Find(roleName) ?? throw new ArgumentException($"'{roleName}' is not a dataset role (known: {string.Join(", ", RoleCatalog.All.Select(r => r.Name))})", nameof(request));
        var suggestion = new MappingSuggester(detector).Suggest(datasetRole, headers, sample);
        if (!suggestion.IsConfident)
        {
            var unsure = suggestion.MissingRequired.Concat(suggestion.Columns.Where(c => datasetRole.Column(c.Role)!.Required && c.Confidence < 0.8).Select(c => c.Role)).Distinct();
            throw new InvalidDataException($"could not map with confidence the required roles {string.Join(", ", unsure)} of '{roleName}' (headers: {string.Join(", ", headers)}); write a mapping (piplwatch import FILE --as NAME --role {roleName} --suggest-mapping prints a start) and pass it with --mapping");
        }

        return (suggestion.Mapping, true);
    }

    private void AppendRow(DuckDBAppender appender, TableRow row, List<ColumnRole> columns, int[] indexes, int[] currencyIndexes, DatasetMapping mapping, IReadOnlyList<string> headers, Counts counts)
    {
        var values = new object?[columns.Count];
        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i];
            var raw = indexes[i] < row.Cells.Length ? row.Cells[indexes[i]] : null;
            if (string.IsNullOrWhiteSpace(raw))
            {
                if (column.Required)
                {
                    counts.Skip(new SkippedRow(row.Line, headers[indexes[i]], $"required {column.Name} is empty"));
                    return;
                }

                continue;
            }

            var companion = currencyIndexes[i] >= 0 && currencyIndexes[i] < row.Cells.Length ? row.Cells[currencyIndexes[i]] : null;
            if (!TryConvert(column, raw, companion, mapping, counts, out var value, out var reason))
            {
                if (column.Required)
                {
                    counts.Skip(new SkippedRow(row.Line, headers[indexes[i]], reason!));
                    return;
                }

                // An optional value that cannot be read is left empty; the row still counts.
                continue;
            }

            values[i] = value;
        }

        var appended = appender.CreateRow();
        appended.AppendValue(row.Line);
        for (var i = 0; i < columns.Count; i++)
        {
            _ = values[i] switch
            {
                null when columns[i].Kind == ColumnKind.Money => appended.AppendNullValue().AppendNullValue(),
                null => appended.AppendNullValue(),
                Money m => appended.AppendValue(m.Amount).AppendValue(m.Currency),
                string s => appended.AppendValue(s),
                DateOnly d => appended.AppendValue(d),
                DateTime t => appended.AppendValue(t),
                double n => appended.AppendValue(n),
                long n => appended.AppendValue(n),
                bool b => appended.AppendValue(b),
                _ => throw new InvalidOperationException("unexpected value type"),
            };
        }

        appended.EndRow();
        counts.Kept++;
    }

    private bool TryConvert(ColumnRole column, string raw, string? companion, DatasetMapping mapping, Counts counts, out object? value, out string? reason)
    {
        reason = null;
        value = null;
        switch (column.Kind)
        {
            case ColumnKind.Identity:
                var identity = ValueParsers.NormalizeIdentity(raw);
                if (!ValueParsers.IsResidentId(identity, _ids))
                {
                    counts.NonResident++;
                }

                value = identity;
                return identity.Length > 0;
            case ColumnKind.Date:
                var okDate = ValueParsers.TryParseDate(raw, out var date, out reason);
                value = date;
                return okDate;
            case ColumnKind.Timestamp:
                var okTime = ValueParsers.TryParseTimestamp(raw, out var timestamp, out reason);
                value = timestamp;
                return okTime;
            case ColumnKind.Number:
                var okNumber = ValueParsers.TryParseNumber(raw, out var number, out reason);
                value = number;
                return okNumber;
            case ColumnKind.WholeNumber:
                var okWhole = ValueParsers.TryParseWholeNumber(raw, out var whole, out reason);
                value = whole;
                return okWhole;
            case ColumnKind.Money:
                var okMoney = ValueParsers.TryParseMoney(raw, out var amount, out var currency, out reason);
                if (okMoney && amount is not null && !string.IsNullOrWhiteSpace(companion))
                {
                    // The currency column must agree with any currency the amount itself names.
                    okMoney = ValueParsers.TryParseMoney($"{raw} {companion}", out amount, out currency, out reason);
                }

                value = okMoney && amount is { } known ? new Money(known, currency!) : null;
                return okMoney;
            case ColumnKind.YesNo:
                var mapped = MappedValue(column, raw, mapping);
                if (mapped is JsonValue json && json.TryGetValue<bool>(out var flag))
                {
                    value = flag;
                    return true;
                }

                var okFlag = ValueParsers.TryParseYesNo(raw, out var parsed, out reason);
                value = parsed;
                return okFlag;
            case ColumnKind.Enumerated:
                var canonical = MappedValue(column, raw, mapping)?.GetValue<string>();
                if (canonical is null || !column.Values.Contains(canonical))
                {
                    counts.Unknown[column.Name] = counts.Unknown.GetValueOrDefault(column.Name) + 1;
                    canonical = "unknown";
                }

                value = canonical;
                return true;
            default:
                value = ValueParsers.CleanText(raw);
                return true;
        }
    }

    private static JsonNode? MappedValue(ColumnRole column, string raw, DatasetMapping mapping)
    {
        var key = ValueParsers.Clean(raw);
        if (mapping.Values.TryGetValue(column.Name, out var map) && map.TryGetValue(key, out var mapped))
        {
            return mapped;
        }

        return MappingSuggester.CanonicalValue(column, key);
    }

    private List<PiiColumn> PiiColumns(IReadOnlyList<string> headers, List<TableRow> sample)
    {
        var found = new List<PiiColumn>();
        for (var h = 0; h < headers.Count; h++)
        {
            var values = sample.Select(r => h < r.Cells.Length ? r.Cells[h] : null).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).ToList();
            if (values.Count == 0)
            {
                continue;
            }

            var byType = values.Select(v => detector.Detect(v, headers[h]).FirstOrDefault(hit => hit.Length >= v.Length * 0.8)?.Type)
                .Where(t => t is not null).GroupBy(t => t!.Value).OrderByDescending(g => g.Count()).FirstOrDefault();
            if (byType is not null && byType.Count() >= values.Count * 0.6)
            {
                found.Add(new PiiColumn(headers[h], byType.Key.ToPublicName(), Math.Round((double)byType.Count() / values.Count, 4)));
            }
        }

        return found;
    }

    private static IEnumerable<TableRow> Rest(IEnumerator<TableRow> rows)
    {
        while (rows.MoveNext())
        {
            yield return rows.Current;
        }
    }

    private static int IndexOf(IReadOnlyList<string> headers, string header, string file) =>
        IndexOfOrMissing(headers, header.Trim()) is var i and >= 0
            ? i
            : throw new InvalidDataException($"the mapping names header '{header}', which {Path.GetFileName(file)} does not have (headers: {string.Join(", ", headers)})");

    private static int IndexOfOrMissing(IReadOnlyList<string> headers, string header)
    {
        for (var i = 0; i < headers.Count; i++)
        {
            if (string.Equals(headers[i], header, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    // The table columns of a column role: its own, and for money the currency beside the amount (text).
    private static IEnumerable<string> TableColumns(ColumnRole column) =>
        column.DatasetColumns.Select((name, i) => $"\"{name}\" {(i == 0 ? SqlType(column.Kind) : "VARCHAR")}");

    private static string SqlType(ColumnKind kind) => kind switch
    {
        ColumnKind.Date => "DATE",
        ColumnKind.Timestamp => "TIMESTAMP",
        ColumnKind.Number or ColumnKind.Money => "DOUBLE",
        ColumnKind.WholeNumber => "BIGINT",
        ColumnKind.YesNo => "BOOLEAN",
        _ => "VARCHAR",
    };

    private static string Sha256(string file)
    {
        using var stream = File.OpenRead(file);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    // An amount of money and its ISO 4217 currency.
    private sealed record Money(double Amount, string Currency);

    private sealed class Counts
    {
        public long Kept { get; set; }

        public long Skipped { get; private set; }

        public long NonResident { get; set; }

        public List<SkippedRow> Skips { get; } = [];

        public Dictionary<string, long> Unknown { get; } = new(StringComparer.Ordinal);

        public void Skip(SkippedRow row)
        {
            Skipped++;
            if (Skips.Count < MaxListedSkips)
            {
                Skips.Add(row);
            }
        }
    }
}
