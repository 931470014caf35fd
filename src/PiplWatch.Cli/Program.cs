using PiplWatch.Cli;

// A thin shell: everything, including error handling and exit codes, lives in CliApplication so tests run it in-process.
return await CliApplication.RunAsync(args, Console.Out, Console.Error, CancellationToken.None);
