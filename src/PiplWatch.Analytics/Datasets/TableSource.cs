using System.Globalization;
using System.Text.Json;
using ExcelDataReader;
using PiplWatch.Detection.Scanning.Readers;
using Sylvan.Data.Csv;

namespace PiplWatch.Analytics.Datasets;

/// <summary>One row of an export: its line (CSV/JSON lines) or row number (XLSX) and its cells in header order.</summary>
public sealed record TableRow(long Line, string?[] Cells);

/// <summary>
/// The rows of an export as text cells under its headers, streamed: CSV and TSV (encoding detected, quoted fields
/// with line breaks), XLSX (a named sheet, else the first visible sheet with data; dates as yyyy-MM-dd), JSON lines.
/// </summary>
public sealed class TableSource : IDisposable
{
    private readonly IDisposable? _owner;
    private readonly IEnumerable<TableRow> _rows;
    private Func<double>? _fraction;

    private TableSource(string format, IReadOnlyList<string> headers, IEnumerable<TableRow> rows, IDisposable? owner)
    {
        Format = format;
        Headers = headers;
        _rows = rows;
        _owner = owner;
    }

    /// <summary>csv, xlsx or jsonl.</summary>
    public string Format { get; }

    /// <summary>Column headers as exported.</summary>
    public IReadOnlyList<string> Headers { get; }

    /// <summary>The rows, read once.</summary>
    public IEnumerable<TableRow> Rows => _rows;

    /// <summary>How much of the file has been read, 0–1, where the format can tell (CSV and JSON lines by bytes, XLSX by rows).</summary>
    public double? Fraction => _fraction?.Invoke();

    /// <summary>Opens <paramref name="path"/> by its extension.</summary>
    /// <exception cref="InvalidDataException">The file is not readable as its format; the message says why.</exception>
    public static TableSource Open(string path, string? sheet = null)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        return extension switch
        {
            ".csv" or ".tsv" or ".txt" => OpenCsv(path, extension == ".tsv" ? '\t' : null),
            ".xlsx" or ".xlsm" or ".xls" => OpenXlsx(path, sheet),
            ".jsonl" or ".ndjson" => OpenJsonLines(path),
            ".parquet" => OpenParquet(path),
            _ => throw new InvalidDataException($"{Path.GetFileName(path)}: import reads CSV, TSV, XLSX, JSON lines and Parquet"),
        };
    }

    /// <summary>Closes the file.</summary>
    public void Dispose() => _owner?.Dispose();

    private static TableSource OpenCsv(string path, char? delimiter)
    {
        var stream = File.OpenRead(path);
        try
        {
            var text = TextDecoding.OpenText(stream, "CSV file", leaveOpen: false);
            var csv = CsvDataReader.Create(text, new CsvDataReaderOptions { HasHeaders = true, Delimiter = delimiter });
            var headers = Enumerable.Range(0, csv.FieldCount).Select(i => ValueParsers.Clean(csv.GetName(i))).ToArray();
            return new TableSource("csv", headers, CsvRows(csv, headers.Length, path), new CompositeDisposable(csv, text, stream))
            {
                _fraction = () => stream.Length == 0 ? 1 : Math.Min(1, (double)stream.Position / stream.Length),
            };
        }
        catch (CsvFormatException ex)
        {
            stream.Dispose();
            throw new InvalidDataException($"{Path.GetFileName(path)}: not a CSV file: {ex.Message}", ex);
        }
        catch (PiplWatch.Detection.Scanning.UnreadableDocumentException ex)
        {
            stream.Dispose();
            throw new InvalidDataException($"{Path.GetFileName(path)}: {ex.Message}", ex);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    private static IEnumerable<TableRow> CsvRows(CsvDataReader csv, int width, string path)
    {
        while (true)
        {
            bool more;
            try
            {
                more = csv.Read();
            }
            catch (CsvFormatException ex)
            {
                throw new InvalidDataException($"{Path.GetFileName(path)} row {ex.RowNumber}: malformed CSV ({ex.Message})", ex);
            }

            if (!more)
            {
                yield break;
            }

            var cells = new string?[width];
            for (var i = 0; i < Math.Min(width, csv.RowFieldCount); i++)
            {
                cells[i] = csv.GetString(i);
            }

            // Blank lines in exports are not rows.
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            // Sylvan numbers data rows from 1; the header is line 1 of the file.
            yield return new TableRow(csv.RowNumber + 1, cells);
        }
    }

    private static TableSource OpenXlsx(string path, string? sheet)
    {
        var stream = File.OpenRead(path);
        IExcelDataReader reader;
        try
        {
            reader = ExcelReaderFactory.CreateReader(stream);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            stream.Dispose();
            throw new InvalidDataException($"{Path.GetFileName(path)}: not a readable workbook: {ex.Message}", ex);
        }

        var names = new List<string>();
        var found = false;
        do
        {
            names.Add(reader.Name);
            var visible = string.Equals(reader.VisibleState, "visible", StringComparison.OrdinalIgnoreCase);
            if (sheet is not null ? reader.Name == sheet : visible && reader.RowCount > 0)
            {
                found = true;
                break;
            }
        }
        while (reader.NextResult());

        if (!found)
        {
            reader.Dispose();
            stream.Dispose();
            throw new InvalidDataException(sheet is null
                ? $"{Path.GetFileName(path)}: no visible sheet with data"
                : $"{Path.GetFileName(path)}: no sheet named '{sheet}' (sheets: {string.Join(", ", names)})");
        }

        reader.Read();
        var headers = Enumerable.Range(0, reader.FieldCount).Select(i => ValueParsers.Clean(Cell(reader.GetValue(i)) ?? string.Empty)).ToArray();
        var total = Math.Max(1, reader.RowCount);
        return new TableSource("xlsx", headers, XlsxRows(reader, headers.Length), new CompositeDisposable(reader, stream))
        {
            _fraction = () => Math.Min(1, (double)reader.Depth / total),
        };
    }

    private static IEnumerable<TableRow> XlsxRows(IExcelDataReader reader, int width)
    {
        long row = 1;
        while (reader.Read())
        {
            row++;
            var cells = new string?[width];
            for (var i = 0; i < Math.Min(width, reader.FieldCount); i++)
            {
                cells[i] = Cell(reader.GetValue(i));
            }

            if (!cells.All(string.IsNullOrWhiteSpace))
            {
                yield return new TableRow(row, cells);
            }
        }
    }

    private static string? Cell(object? value) => XlsxDocumentReader.CellText(value);

    private static TableSource OpenJsonLines(string path)
    {
        var headers = new List<string>();
        foreach (var line in File.ReadLines(path).Where(l => !string.IsNullOrWhiteSpace(l)).Take(100))
        {
            try
            {
                using var document = JsonDocument.Parse(line);
                foreach (var property in document.RootElement.EnumerateObject())
                {
                    if (!headers.Contains(property.Name))
                    {
                        headers.Add(property.Name);
                    }
                }
            }
            catch (JsonException)
            {
                // Reported as a bad row when the rows are read.
            }
        }

        return new TableSource("jsonl", headers, JsonRows(path, headers), null);
    }

    private static IEnumerable<TableRow> JsonRows(string path, List<string> headers)
    {
        long line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var cells = new string?[headers.Count];
            JsonDocument? document = null;
            try
            {
                document = JsonDocument.Parse(text);
            }
            catch (JsonException)
            {
                // A broken line becomes a row with no cells: the importer skips it as missing its required roles.
            }

            using (document)
            {
                if (document?.RootElement.ValueKind == JsonValueKind.Object)
                {
                    for (var i = 0; i < headers.Count; i++)
                    {
                        if (document.RootElement.TryGetProperty(headers[i], out var value) && value.ValueKind != JsonValueKind.Null)
                        {
                            cells[i] = value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
                        }
                    }
                }
            }

            yield return new TableRow(line, cells);
        }
    }

    private static TableSource OpenParquet(string path)
    {
        var connection = new DuckDB.NET.Data.DuckDBConnection("DataSource=:memory:");
        try
        {
            connection.Open();
            var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM read_parquet('{path.Replace("'", "''", StringComparison.Ordinal)}')";
            var reader = command.ExecuteReader();
            var headers = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
            return new TableSource("parquet", headers, ParquetRows(reader), new CompositeDisposable(reader, command, connection));
        }
        catch (DuckDB.NET.Data.DuckDBException ex)
        {
            connection.Dispose();
            throw new InvalidDataException($"{Path.GetFileName(path)}: not a readable Parquet file: {ex.Message}", ex);
        }
    }

    private static IEnumerable<TableRow> ParquetRows(System.Data.Common.DbDataReader reader)
    {
        long row = 0;
        while (reader.Read())
        {
            row++;
            var cells = new string?[reader.FieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = reader.IsDBNull(i) ? null : reader.GetValue(i) switch
                {
                    DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                    IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                    var other => other.ToString(),
                };
            }

            yield return new TableRow(row, cells);
        }
    }

    private sealed class CompositeDisposable(params IDisposable[] parts) : IDisposable
    {
        public void Dispose()
        {
            foreach (var part in parts)
            {
                part.Dispose();
            }
        }
    }
}
