namespace Rrp2Epp.Rrp.Tests;

/// <summary>RRP time stamps: local registry time, YYYY-MM-DD HH:MM:SS.0, no zone on the wire.</summary>
public sealed class TimestampTests
{
    [Fact]
    public void A_UTC_instant_is_written_in_the_registry_zone()
    {
        Assert.Equal("2009-09-22 10:27:00.0", RrpTimestamp.Format(new DateTimeOffset(2009, 9, 22, 14, 27, 0, TimeSpan.Zero), Zones.NewYork));
        Assert.Equal("2009-12-22 09:27:00.0", RrpTimestamp.Format(new DateTimeOffset(2009, 12, 22, 14, 27, 0, TimeSpan.Zero), Zones.NewYork));
        Assert.Equal("2009-09-22 14:27:00.0", RrpTimestamp.Format(new DateTimeOffset(2009, 9, 22, 14, 27, 0, 999, TimeSpan.Zero), TimeZoneInfo.Utc));
        Assert.Equal("0001-01-01 00:00:00.0", RrpTimestamp.Format(DateTimeOffset.MinValue, TimeZoneInfo.Utc));
    }

    [Fact]
    public void TryFormat_writes_21_bytes_or_refuses()
    {
        Span<byte> small = stackalloc byte[20];
        Assert.False(RrpTimestamp.TryFormat(DateTimeOffset.UnixEpoch, TimeZoneInfo.Utc, small, out var none));
        Assert.Equal(0, none);
        Span<byte> room = stackalloc byte[32];
        Assert.True(RrpTimestamp.TryFormat(DateTimeOffset.UnixEpoch, TimeZoneInfo.Utc, room, out var written));
        Assert.Equal("1970-01-01 00:00:00.0", System.Text.Encoding.ASCII.GetString(room[..written]));
    }

    [Fact]
    public void A_time_stamp_reads_back_as_the_same_instant()
    {
        var instant = new DateTimeOffset(2010, 9, 22, 14, 27, 0, TimeSpan.Zero);
        Assert.True(RrpTimestamp.TryParse(RrpTimestamp.Format(instant, Zones.NewYork), Zones.NewYork, out var parsed));
        Assert.Equal(instant, parsed);
        Assert.Equal(TimeSpan.FromHours(-4), parsed.Offset);
        Assert.True(RrpTimestamp.TryParse("2010-09-22 10:27:00.5", Zones.NewYork, out var tenths));
        Assert.Equal(500, tenths.Millisecond);
    }

    [Theory]
    [InlineData("2010-09-22 10:27:00")]
    [InlineData("2010-09-22T10:27:00.0")]
    [InlineData("2010-13-22 10:27:00.0")]
    [InlineData("2010-02-30 10:27:00.0")]
    [InlineData("2010-09-22 24:00:00.0")]
    [InlineData("2010-09-22 10:60:00.0")]
    [InlineData("0000-01-01 00:00:00.0")]
    [InlineData("2010-09-22 10:27:00.x")]
    [InlineData("2010-03-14 02:30:00.0")]
    public void Malformed_or_skipped_local_times_are_refused(string text)
    {
        Assert.False(RrpTimestamp.TryParse(text, Zones.NewYork, out _));
    }

    [Fact]
    public void An_ambiguous_local_time_takes_the_standard_offset()
    {
        Assert.True(RrpTimestamp.TryParse("2010-11-07 01:30:00.0", Zones.NewYork, out var parsed));
        Assert.Equal(TimeSpan.FromHours(-5), parsed.Offset);
    }
}
