using DuckDB.NET.Data;
using PiplWatch.Analytics.Contracts;
using PiplWatch.Core.Masking;

namespace PiplWatch.Analytics.Datasets;

/// <summary>
/// Per column of a dataset (a money column's currency column too): null share, distinct count and the five most frequent
/// values, masked where personal.
/// </summary>
internal static class DatasetProfiler
{
    private const long ExactTopLimit = 200_000;

    public static IReadOnlyList<ColumnProfile> Profile(string parquet, IReadOnlyList<ColumnRole> columns, string tempFolder)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using (var limits = connection.CreateCommand())
        {
            // Counting the values of a 40-million-identity column is a hash table of that size: capped, it spills to the
            // workspace's temporary folder instead of growing with the dataset.
            limits.CommandText = $"SET memory_limit = '256MB'; SET threads = 2; SET preserve_insertion_order = false; SET temp_directory = '{tempFolder.Replace("'", "''", StringComparison.Ordinal)}'";
            limits.ExecuteNonQuery();
        }

        var path = parquet.Replace("'", "''", StringComparison.Ordinal);
        var profiles = new List<ColumnProfile>();
        foreach (var (column, name) in columns.SelectMany(c => c.DatasetColumns.Select(n => (c, n))))
        {
            using var stats = connection.CreateCommand();
            stats.CommandText = $"SELECT count(*), count(\"{name}\"), approx_count_distinct(\"{name}\") FROM read_parquet('{path}')";
            using var reader = stats.ExecuteReader();
            reader.Read();
            var total = reader.GetInt64(0);
            var nonNull = reader.GetInt64(1);
            var distinct = reader.GetInt64(2);
            using var top = connection.CreateCommand();
            var value = $"CAST(\"{name}\" AS VARCHAR)";

            // Exact counting of every value is a hash table as large as the column's distinct values; past a few hundred
            // thousand, a bounded sketch picks the five candidates and only those are counted exactly.
            var candidates = distinct <= ExactTopLimit ? "true" : $"{value} IN (SELECT unnest(approx_top_k({value}, 5)) FROM read_parquet('{path}'))";
            top.CommandText = $"SELECT {value} v, count(*) n FROM read_parquet('{path}') WHERE \"{name}\" IS NOT NULL AND {candidates} GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 5";
            using var topReader = top.ExecuteReader();
            var values = new List<TopValue>();
            while (topReader.Read())
            {
                values.Add(new TopValue(name == column.Name ? Mask(column.Kind, topReader.GetString(0)) : topReader.GetString(0), topReader.GetInt64(1)));
            }

            profiles.Add(new ColumnProfile(name, total == 0 ? 0 : Math.Round(1 - ((double)nonNull / total), 4), distinct, values));
        }

        return profiles;
    }

    // The catalog says which columns are personal by their kind: a company's name or an agency's number is shown as is.
    private static string Mask(ColumnKind kind, string value) => kind switch
    {
        ColumnKind.Identity => DisplayMask.IdNumber(value),
        ColumnKind.Phone => DisplayMask.Phone(value),
        ColumnKind.PersonName => DisplayMask.Name(value),
        _ => value,
    };
}
