namespace PiplWatch.Detection.Engine;

/// <summary>A set of <see cref="PiiType"/> as a bit mask: checked in the hot loop.</summary>
internal readonly struct TypeSet
{
    private readonly int _bits;

    public TypeSet(IEnumerable<PiiType> types)
    {
        foreach (var type in types)
        {
            _bits |= 1 << (int)type;
        }
    }

    public bool Has(PiiType type) => (_bits & (1 << (int)type)) != 0;

    public bool HasAny(params ReadOnlySpan<PiiType> types)
    {
        foreach (var type in types)
        {
            if (Has(type))
            {
                return true;
            }
        }

        return false;
    }
}
