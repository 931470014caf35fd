namespace PiplWatch.Core;

/// <summary>A reference data file (embedded or an administrator's override) is malformed; the message names the file and the entry.</summary>
public sealed class ReferenceDataException : Exception
{
    /// <summary>Creates the exception for <paramref name="source"/> with what is wrong in <paramref name="problem"/>.</summary>
    public ReferenceDataException(string source, string problem)
        : base($"{source}: {problem}")
    {
    }

    /// <summary>Creates an exception with a message only.</summary>
    public ReferenceDataException()
    {
    }

    /// <summary>Creates an exception with a message only.</summary>
    public ReferenceDataException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception wrapping another.</summary>
    public ReferenceDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
