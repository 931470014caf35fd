namespace PiplWatch.Cases.Tests.Support;

/// <summary>A clock that says what the test says, moved by hand.</summary>
public sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public static FixedTime At(int year, int month, int day) => new(new DateTimeOffset(year, month, day, 10, 0, 0, TimeSpan.FromHours(8)));

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
}
