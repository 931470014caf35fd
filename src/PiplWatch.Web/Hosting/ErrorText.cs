namespace PiplWatch.Web;

/// <summary>What a page or the API tells the user about a refused step: the service's message, without .NET's parameter suffix.</summary>
internal static class ErrorText
{
    public static string Of(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception is ArgumentException { ParamName: not null } argument
            ? argument.Message.Replace($" (Parameter '{argument.ParamName}')", string.Empty, StringComparison.Ordinal)
            : exception.Message;
    }
}

/// <summary>Content types of the files the platform hands out.</summary>
internal static class ContentTypes
{
    public static string Of(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ".pdf" => "application/pdf",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".json" => "application/json",
        ".csv" => "text/csv",
        _ => "application/octet-stream",
    };
}
