using System.Globalization;
using DuckDB.NET.Data;

namespace PiplWatch.Analytics.DuckDb;

/// <summary>
/// How the analytics code talks to a DuckDB connection: run a statement, read one number, read rows, and register C#
/// functions as scalar functions (once per connection).
/// </summary>
internal static class Sql
{
    public static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public static long Scalar(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Long(command.ExecuteScalar());
    }

    public static List<object?[]> Query(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>A number DuckDB returned (BIGINT, HUGEINT, DOUBLE …) as a long; no row or SQL NULL is 0.</summary>
    public static long Long(object? value) => value is null or DBNull ? 0 : Convert.ToInt64(value, CultureInfo.InvariantCulture);

    /// <summary>A text literal for SQL.</summary>
    public static string Literal(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>Whether a function named <paramref name="name"/> is registered on the connection already.</summary>
    public static bool HasFunction(DuckDBConnection connection, string name) =>
        Scalar(connection, "SELECT count(*) FROM duckdb_functions() WHERE function_name = " + Literal(name)) > 0;

    /// <summary>Registers <paramref name="function"/> as a text → text scalar function (NULL in gives the function null).</summary>
    public static void RegisterText(DuckDBConnection connection, string name, Func<string?, string?> function)
    {
#pragma warning disable DuckDBNET001 // Scalar functions are marked experimental in DuckDB.NET.
        connection.RegisterScalarFunction<string, string>(name, (readers, writer, rows) =>
        {
            var input = readers[0];
            for (ulong i = 0; i < rows; i++)
            {
                writer.WriteValue(function(input.IsValid(i) ? input.GetValue<string>(i) : null), i);
            }
        });
#pragma warning restore DuckDBNET001
    }

    /// <summary>Registers <paramref name="function"/> as a (text, text) → double scalar function; its arguments must not be NULL.</summary>
    public static void RegisterPair(DuckDBConnection connection, string name, Func<string, string, double> function)
    {
#pragma warning disable DuckDBNET001
        connection.RegisterScalarFunction<string, string, double>(name, (readers, writer, rows) =>
        {
            for (ulong i = 0; i < rows; i++)
            {
                writer.WriteValue(function(readers[0].GetValue<string>(i), readers[1].GetValue<string>(i)), i);
            }
        });
#pragma warning restore DuckDBNET001
    }
}
