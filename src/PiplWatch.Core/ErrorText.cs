namespace PiplWatch.Core;

/// <summary>What the user is told about a refused step: the service's message without .NET's parameter suffix.</summary>
public static class ErrorText
{
    /// <summary>The message of <paramref name="exception"/>, without " (Parameter 'name')".</summary>
    public static string Of(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception is ArgumentException { ParamName: not null } argument
            ? argument.Message.Replace($" (Parameter '{argument.ParamName}')", string.Empty, StringComparison.Ordinal)
            : exception.Message;
    }
}
