using System.CommandLine;
using System.Text.Json;
using PiplWatch.Core;
using Spectre.Console;

namespace PiplWatch.Cli.Infrastructure;

/// <summary>What every command needs: where to write, the data directory, the reference data.</summary>
internal sealed class CliContext
{
    private ReferenceData? _reference;

    public CliContext(TextWriter output, TextWriter error, bool outputIsTerminal)
    {
        IsTerminal = outputIsTerminal;
        Output = output;
        Error = error;
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = outputIsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = outputIsTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!outputIsTerminal)
        {
            // Piped output is read by scripts and tests: wide enough that tables of Chinese names do not wrap.
            Console.Profile.Width = 200;
        }
    }

    public TextWriter Output { get; }

    /// <summary>Whether standard output is an interactive terminal (progress bars only then).</summary>
    public bool IsTerminal { get; }

    public TextWriter Error { get; }

    public IAnsiConsole Console { get; }

    /// <summary>A console without colours over any writer, for tables written to files.</summary>
    public static IAnsiConsole PlainConsole(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 200;
        return console;
    }

    /// <summary>The data directory, resolved from <c>--data</c>, <c>PIPLWATCH_DATA</c> or <c>./data</c>.</summary>
    public static string DataDirectory(ParseResult parse) =>
        Core.Hosting.DataDirectory.ResolveAndCreate(parse.GetValue(CommonOptions.Data));

    /// <summary>The shared vocabulary with the administrator's files of the data directory.</summary>
    public ReferenceData Reference(ParseResult parse) => _reference ??= ReferenceData.Load(DataDirectory(parse));

    /// <summary>Writes <paramref name="value"/> as JSON in the platform's convention (snake_case).</summary>
    public void WriteJson<T>(T value) => Output.WriteLine(JsonSerializer.Serialize(value, ReferenceJson.Options));
}
