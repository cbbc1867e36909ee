using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace GraphGen.Runtime.Audiences;

/// <summary>
/// The normalized rows of the batch being built, plus one lookahead row (so the uploader knows whether a batch is
/// the last). Wire values live in one reused char arena; adding a row allocates nothing once the arena has grown.
/// </summary>
internal sealed class AudienceBatchBuffer
{
    private readonly AudienceKey[] _schema;
    private readonly AudienceValueForm _form;
    private readonly int[] _cellStart;
    private readonly int[] _cellLength;
    private readonly int[] _rowCharStart;
    private readonly long[] _rowIndex;
    private char[] _chars = new char[64 * 1024];
    private int _charCount;

    public AudienceBatchBuffer(AudienceKey[] schema, int capacity, AudienceValueForm form = AudienceValueForm.Raw)
    {
        _schema = schema;
        _form = form;
        _cellStart = new int[capacity * schema.Length];
        _cellLength = new int[capacity * schema.Length];
        _rowCharStart = new int[capacity];
        _rowIndex = new long[capacity];
    }

    public int RowCount { get; private set; }

    public long RowIndexAt(int row) => _rowIndex[row];

    /// <summary>
    /// Normalizes one input row. Returns whether it was kept; bad values are blanked (and reported) when another
    /// identifying value remains, otherwise the row is excluded and its issues say so.
    /// </summary>
    public bool TryAdd(IReadOnlyList<string?>? values, long rowIndex, List<AudienceRowIssue> issues)
    {
        if (values is null || values.Count != _schema.Length)
        {
            issues.Add(new AudienceRowIssue(rowIndex, null, AudienceRejectReason.WrongValueCount, AudienceIssueAction.RowExcluded));
            return false;
        }

        int row = RowCount;
        int rowStart = _charCount;
        int firstIssue = issues.Count;
        bool identifying = false;
        for (int k = 0; k < _schema.Length; k++)
        {
            AudienceKey key = _schema[k];
            ReadOnlySpan<char> input = values[k];
            EnsureRoom(AudienceNormalizer.GetMaxWireLength(key, input.Length));
            int cell = (row * _schema.Length) + k;
            _cellStart[cell] = _charCount;
            if (AudienceNormalizer.TryNormalizeToWire(key, input, _form, _chars.AsSpan(_charCount), out int written, out AudienceRejectReason reason))
            {
                _cellLength[cell] = written;
                _charCount += written;
                identifying |= written > 0 && AudienceKeys.IsIdentifying(key);
            }
            else
            {
                _cellLength[cell] = 0;
                issues.Add(new AudienceRowIssue(rowIndex, key, reason, AudienceIssueAction.ValueBlanked));
            }
        }

        if (!identifying)
        {
            _charCount = rowStart;
            if (issues.Count == firstIssue)
            {
                issues.Add(new AudienceRowIssue(rowIndex, null, AudienceRejectReason.NoMatchKeys, AudienceIssueAction.RowExcluded));
            }

            for (int i = firstIssue; i < issues.Count; i++)
            {
                issues[i] = issues[i] with { Action = AudienceIssueAction.RowExcluded };
            }

            return false;
        }

        _rowCharStart[row] = rowStart;
        _rowIndex[row] = rowIndex;
        RowCount = row + 1;
        return true;
    }

    /// <summary>Drops the first <paramref name="count"/> rows (just sent), moving the lookahead row to the front.</summary>
    public void RemoveFirst(int count)
    {
        if (count >= RowCount)
        {
            RowCount = 0;
            _charCount = 0;
            return;
        }

        int keys = _schema.Length;
        int shift = _rowCharStart[count];
        Array.Copy(_chars, shift, _chars, 0, _charCount - shift);
        _charCount -= shift;
        int remaining = RowCount - count;
        for (int r = 0; r < remaining; r++)
        {
            _rowCharStart[r] = _rowCharStart[r + count] - shift;
            _rowIndex[r] = _rowIndex[r + count];
            for (int k = 0; k < keys; k++)
            {
                _cellStart[(r * keys) + k] = _cellStart[((r + count) * keys) + k] - shift;
                _cellLength[(r * keys) + k] = _cellLength[((r + count) * keys) + k];
            }
        }

        RowCount = remaining;
    }

    /// <summary>The input row of the first of the first <paramref name="rows"/> rows whose value equals <paramref name="value"/>.</summary>
    public long? FindRow(string value, int rows)
    {
        for (int r = 0; r < rows; r++)
        {
            for (int k = 0; k < _schema.Length; k++)
            {
                if (Cell(r, k).SequenceEqual(value))
                {
                    return _rowIndex[r];
                }
            }
        }

        return null;
    }

    /// <summary>Writes the first <paramref name="rows"/> rows as the <c>data</c> array.</summary>
    public void WriteData(Utf8JsonWriter writer, int rows)
    {
        writer.WriteStartArray("data");
        for (int r = 0; r < rows; r++)
        {
            writer.WriteStartArray();
            for (int k = 0; k < _schema.Length; k++)
            {
                ReadOnlySpan<char> value = Cell(r, k);
                if (_schema[k] == AudienceKey.LookalikeValue && !value.IsEmpty)
                {
                    // The reference page's example sends LOOKALIKE_VALUE as a JSON number (44.5, 140), not a string.
                    writer.WriteNumberValue(double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture));
                }
                else
                {
                    writer.WriteStringValue(value);
                }
            }

            writer.WriteEndArray();
        }

        writer.WriteEndArray();
    }

    private ReadOnlySpan<char> Cell(int row, int key)
    {
        int cell = (row * _schema.Length) + key;
        return _chars.AsSpan(_cellStart[cell], _cellLength[cell]);
    }

    private void EnsureRoom(int needed)
    {
        if (_chars.Length - _charCount < needed)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + needed));
        }
    }
}
