namespace PiplWatch.Web.Hosting;

/// <summary>The data directory this host serves, resolved once at start.</summary>
public sealed record WebDataDirectory(string Path);
