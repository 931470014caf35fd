using Sylvan.Data.Csv;

namespace PiplWatch.Detection.Scanning.Readers;

/// <summary>
/// CSV and TSV (Sylvan): the first row is the header; every cell is a segment carrying its column's header, so the
/// detector can use 身份证号 or 手机 as context. Quoted fields with line breaks are one cell.
/// </summary>
public sealed class CsvDocumentReader : IDocumentReader
{
    /// <inheritdoc/>
    public string Format => "csv";

    /// <inheritdoc/>
    public IEnumerable<TextSegment> Read(Stream stream, string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var text = TextDecoding.OpenText(stream, "CSV file");
        var options = new CsvDataReaderOptions
        {
            HasHeaders = true,
            Delimiter = path.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase) ? '\t' : null,
            // Real exports have ragged rows; keep reading instead of failing the file.
            ResultSetMode = ResultSetMode.SingleResult,
        };
        CsvDataReader csv;
        try
        {
            csv = CsvDataReader.Create(text, options);
        }
        catch (CsvFormatException ex)
        {
            throw new UnreadableDocumentException($"not a CSV file: {ex.Message}", ex);
        }

        using (csv)
        {
            var headers = new string[csv.FieldCount];
            for (var i = 0; i < headers.Length; i++)
            {
                headers[i] = csv.GetName(i);
            }

            foreach (var header in headers.Select((h, i) => (h, i)).Where(x => x.h.Length > 0))
            {
                // Header cells can be personal data too (a transposed table): scan them as row 0.
                yield return new TextSegment(header.h, new ScanLocation(path) { Row = 0, Column = header.i + 1 });
            }

            long row = 0;
            while (Next(csv))
            {
                cancellationToken.ThrowIfCancellationRequested();
                row++;
                for (var i = 0; i < csv.RowFieldCount; i++)
                {
                    var value = csv.GetString(i);
                    if (value.Length == 0)
                    {
                        continue;
                    }

                    var header = i < headers.Length ? headers[i] : null;
                    yield return new TextSegment(value, new ScanLocation(path) { Row = row, Column = i + 1, ColumnName = header }, header);
                }
            }
        }
    }

    private static bool Next(CsvDataReader csv)
    {
        try
        {
            return csv.Read();
        }
        catch (CsvFormatException ex)
        {
            throw new UnreadableDocumentException($"malformed CSV at row {ex.RowNumber}: {ex.Message}", ex);
        }
    }
}
