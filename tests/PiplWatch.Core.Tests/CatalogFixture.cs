namespace PiplWatch.Core.Tests;

/// <summary>The embedded vocabulary, loaded once for all tests of a class (it is immutable).</summary>
public sealed class CatalogFixture
{
    public ReferenceData Reference { get; } = ReferenceData.Load(dataDirectory: null);
}
