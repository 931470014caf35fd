namespace PiplWatch.Web.Hosting;

/// <summary>Source-generated log messages of the web host. Event ids 5000–5999 belong to Web (Core 1000s, Detection 2000s, Analytics 3000s, Cases 4000s).</summary>
internal static partial class WebLog
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "PiplWatch is serving {Urls} with data directory {DataDirectory}")]
    public static partial void Serving(ILogger logger, ICollection<string> urls, string dataDirectory);
}
