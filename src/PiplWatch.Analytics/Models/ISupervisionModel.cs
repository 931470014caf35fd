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
    public int Whole(string name) => int.Parse(Parameters[name], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Whether the view of a role has a column.</summary>
    public bool HasColumn(string view, string column)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM information_schema.columns WHERE table_name = '{view}' AND column_name = '{column}'";
        return (long)command.ExecuteScalar()! > 0;
    }
}
