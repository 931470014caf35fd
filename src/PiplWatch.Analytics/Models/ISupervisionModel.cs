using DuckDB.NET.Data;
using PiplWatch.Core.Findings;

namespace PiplWatch.Analytics.Models;

/// <summary>A supervision model: its declaration and its run, mostly SQL over the input views.</summary>
public interface ISupervisionModel
{
    /// <summary>What the model declares.</summary>
    ModelDefinition Definition { get; }

    /// <summary>Runs over <paramref name="context"/>'s connection, where each input role is a view.</summary>
    (System.Text.Json.Nodes.JsonObject Summary, IReadOnlyList<Finding> Findings) Run(ModelRunContext context);
}

/// <summary>What a run gives a model: the DuckDB connection with one view per input role, parameters (defaults applied) and the region.</summary>
public sealed record ModelRunContext(DuckDBConnection Connection, IReadOnlyDictionary<string, string> Parameters, string Region)
{
    /// <summary>A parameter as a whole number.</summary>
    /// <exception cref="ArgumentException">The value is not a whole number; the message names the parameter.</exception>
    public int Whole(string name) =>
        int.TryParse(Parameters[name], System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ArgumentException($"parameter {name}: '{Parameters[name]}' is not a whole number", nameof(name));

    /// <summary>A parameter as a number.</summary>
    /// <exception cref="ArgumentException">The value is not a number; the message names the parameter.</exception>
    public double Number(string name) =>
        double.TryParse(Parameters[name], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new ArgumentException($"parameter {name}: '{Parameters[name]}' is not a number", nameof(name));

    /// <summary>Whether the view of a role has a column.</summary>
    public bool HasColumn(string view, string column)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM information_schema.columns WHERE table_name = '{view}' AND column_name = '{column}'";
        return (long)command.ExecuteScalar()! > 0;
    }
}
