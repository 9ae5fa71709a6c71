namespace Rrp2Epp.Epp;

/// <summary>The unit of a registration period (RFC 5731 §2.5).</summary>
public enum EppPeriodUnit
{
    /// <summary><c>unit="y"</c>.</summary>
    Years,

    /// <summary><c>unit="m"</c>.</summary>
    Months,
}

/// <summary>A registration, renewal or transfer period: 1 to 99 years or months (RFC 5731 §2.5).</summary>
public readonly record struct EppPeriod
{
    /// <summary>Creates a period.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 1..99.</exception>
    public EppPeriod(int value, EppPeriodUnit unit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 99);
        if (!Enum.IsDefined(unit))
        {
            throw new ArgumentOutOfRangeException(nameof(unit));
        }

        Value = value;
        Unit = unit;
    }

    /// <summary>The number of units (1..99; 0 only for <c>default</c>, which the writer refuses).</summary>
    public int Value { get; }

    /// <summary>Years or months.</summary>
    public EppPeriodUnit Unit { get; }

    /// <summary>The wire form of <see cref="Unit"/>: <c>y</c> or <c>m</c>.</summary>
    public string UnitToken => Unit == EppPeriodUnit.Months ? "m" : "y";

    /// <summary>A period in years.</summary>
    public static EppPeriod Years(int years) => new(years, EppPeriodUnit.Years);

    /// <summary>A period in months.</summary>
    public static EppPeriod Months(int months) => new(months, EppPeriodUnit.Months);
}
