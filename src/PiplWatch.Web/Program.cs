using PiplWatch.Web.Hosting;

var app = PiplWatchWebHost.Build(args);
await app.RunAsync();

/// <summary>Exposed so that tests can name the entry assembly; the host itself is built by <see cref="PiplWatchWebHost"/>.</summary>
public partial class Program;
