namespace Rrp2Epp.Rrp.Tests;

/// <summary>A fixed US Eastern zone built in code, so tests do not depend on the machine's tz database.</summary>
internal static class Zones
{
    public static readonly TimeZoneInfo NewYork = Build();

    private static TimeZoneInfo Build()
    {
        // US rules since 2007: second Sunday of March 02:00 to first Sunday of November 02:00. Before 2007: first Sunday
        // of April to last Sunday of October.
        var modern = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
            new DateTime(2007, 1, 1), DateTime.MaxValue.Date, TimeSpan.FromHours(1),
            TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 3, 2, DayOfWeek.Sunday),
            TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 11, 1, DayOfWeek.Sunday));
        var old = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
            new DateTime(1987, 1, 1), new DateTime(2006, 12, 31), TimeSpan.FromHours(1),
            TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 4, 1, DayOfWeek.Sunday),
            TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 10, 5, DayOfWeek.Sunday));
        return TimeZoneInfo.CreateCustomTimeZone("Test/Eastern", TimeSpan.FromHours(-5), "Eastern", "EST", "EDT", [old, modern]);
    }
}
