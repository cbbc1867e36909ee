using System;
using System.Runtime.CompilerServices;

namespace GraphGen.Runtime;

/// <summary>
/// The allocation-free fast path for Graph's own timestamp format, <c>2019-01-01T12:00:00+0000</c> (no colon in the
/// offset, which <see cref="DateTimeOffset.TryParse(string?, out DateTimeOffset)"/> does not accept as is). Anything
/// else falls back to the general parser in <see cref="GraphJson.ReadDateTime"/>.
/// </summary>
internal static class GraphDateTimeParser
{
    /// <summary>Parses exactly <c>yyyy-MM-ddTHH:mm:ss±hhmm</c> from UTF-8 bytes.</summary>
    public static bool TryParse(ReadOnlySpan<byte> text, out DateTimeOffset value)
    {
        value = default;
        if (text.Length != 24 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':'
            || (text[19] != '+' && text[19] != '-'))
        {
            return false;
        }

        // Fixed positions in a span of known length: the JIT drops the bounds checks.
        int century = Two(text, 0), yearOfCentury = Two(text, 2);
        int month = Two(text, 5), day = Two(text, 8), hour = Two(text, 11), minute = Two(text, 14), second = Two(text, 17);
        int offsetHours = Two(text, 20), offsetMinutes = Two(text, 22);
        if ((century | yearOfCentury | month | day | hour | minute | second | offsetHours | offsetMinutes) < 0)
        {
            return false;
        }

        int year = (century * 100) + yearOfCentury;

        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year is 0 ? 1 : year, month) || hour > 23 || minute > 59
            || second > 59 || offsetHours > 14 || offsetMinutes > 59 || year == 0)
        {
            return false;
        }

        var offset = new TimeSpan(offsetHours, offsetMinutes, 0);
        if (text[19] == '-') offset = -offset;
        var local = new DateTime(year, month, day, hour, minute, second);

        // 0001-01-01T00:00:00+1400 is a valid text whose UTC instant is before DateTime.MinValue: not a time we can hold.
        long utcTicks = local.Ticks - offset.Ticks;
        if (utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks)
        {
            return false;
        }

        value = new DateTimeOffset(local, offset);
        return true;
    }

    // Two ASCII digits at start as a number, or -1.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Two(ReadOnlySpan<byte> text, int start)
    {
        uint tens = (uint)(text[start] - '0');
        uint units = (uint)(text[start + 1] - '0');
        return tens > 9 || units > 9 ? -1 : (int)((tens * 10) + units);
    }
}
