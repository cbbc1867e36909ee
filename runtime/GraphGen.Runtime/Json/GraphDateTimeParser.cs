using System;

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

        if (!TryDigits(text, 0, 4, out int year) || !TryDigits(text, 5, 2, out int month) || !TryDigits(text, 8, 2, out int day)
            || !TryDigits(text, 11, 2, out int hour) || !TryDigits(text, 14, 2, out int minute) || !TryDigits(text, 17, 2, out int second)
            || !TryDigits(text, 20, 2, out int offsetHours) || !TryDigits(text, 22, 2, out int offsetMinutes))
        {
            return false;
        }

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

    private static bool TryDigits(ReadOnlySpan<byte> text, int start, int count, out int value)
    {
        value = 0;
        for (int i = start; i < start + count; i++)
        {
            int digit = text[i] - '0';
            if ((uint)digit > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }
}
