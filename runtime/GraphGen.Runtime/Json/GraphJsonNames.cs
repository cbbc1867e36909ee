using System;
using System.ComponentModel;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace GraphGen.Runtime;

/// <summary>
/// The JSON property names of one generated model, looked up by their UTF-8 bytes: the property dispatch of generated
/// <c>ReadJson</c> methods (a name's index is the model's property index) and the wire values of generated enums.
/// </summary>
/// <remarks>
/// An open-addressed table of entries that hold each name's length and its first and last eight bytes as two
/// integers, so a lookup reads the name's bytes once (two loads, no loop), and a name of up to 16 bytes (most Graph
/// field names) is matched by comparing those integers alone; only longer names compare their middle bytes. No
/// allocation.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class GraphJsonNames
{
    private readonly byte[][] _names;
    // Length 0 marks an empty entry; the empty name (an enum may list one) is kept apart, in _emptyIndex.
    private readonly Entry[] _entries;
    private readonly int _mask;
    private readonly int _emptyIndex = -1;

    /// <summary>Builds the table.</summary>
    /// <param name="names">The names, in index order; each distinct.</param>
    public GraphJsonNames(params string[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        _names = new byte[names.Length][];
        // At most a quarter full: a lookup almost always probes one entry.
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, names.Length * 4));
        _entries = new Entry[size];
        _mask = size - 1;
        for (int i = 0; i < names.Length; i++)
        {
            byte[] utf8 = Encoding.UTF8.GetBytes(names[i]);
            if (IndexOf(utf8) >= 0) throw new ArgumentException($"The name '{names[i]}' is listed twice.", nameof(names));
            _names[i] = utf8;
            if (utf8.Length == 0)
            {
                _emptyIndex = i;
                continue;
            }

            (ulong first, ulong last) = Words(utf8);
            int slot = (int)Hash(first, last, utf8.Length) & _mask;
            while (_entries[slot].Length != 0) slot = (slot + 1) & _mask;
            _entries[slot] = new Entry(first, last, utf8.Length, i);
        }
    }

    /// <summary>How many names the table holds.</summary>
    public int Count => _names.Length;

    /// <summary>The name at <paramref name="index"/> as UTF-8.</summary>
    /// <param name="index">The index.</param>
    /// <returns>The bytes.</returns>
    public ReadOnlySpan<byte> this[int index] => _names[index];

    /// <summary>The index of <paramref name="utf8Name"/>, or -1 when the table does not hold it.</summary>
    /// <param name="utf8Name">The name as UTF-8.</param>
    /// <returns>The index, or -1.</returns>
    public int IndexOf(ReadOnlySpan<byte> utf8Name)
    {
        int length = utf8Name.Length;
        if (length == 0) return _emptyIndex;
        (ulong first, ulong last) = Words(utf8Name);
        Entry[] entries = _entries;
        int mask = _mask;
        int slot = (int)Hash(first, last, length) & mask;
        while (true)
        {
            ref Entry entry = ref entries[slot];
            if (entry.Length == length && entry.First == first && entry.Last == last)
            {
                // Up to 16 bytes the two words are the whole name; past that the middle is compared too.
                if (length <= 16 || utf8Name.Slice(8, length - 16).SequenceEqual(_names[entry.Index].AsSpan(8, length - 16))) return entry.Index;
            }
            else if (entry.Length == 0)
            {
                return -1;
            }

            slot = (slot + 1) & mask;
        }
    }

    // The first and the last eight bytes as little-endian integers, zero-padded below eight bytes (where both are the
    // whole name). Overlapping reads put equal bytes on equal positions, so OR-ing them is exact.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (ulong First, ulong Last) Words(ReadOnlySpan<byte> name)
    {
        ref byte start = ref MemoryMarshal.GetReference(name);
        int length = name.Length;
        if (length >= 8)
        {
            return (Unsafe.ReadUnaligned<ulong>(ref start), Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref start, length - 8)));
        }

        ulong word;
        if (length >= 4)
        {
            word = Unsafe.ReadUnaligned<uint>(ref start) | ((ulong)Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref start, length - 4)) << ((length - 4) * 8));
        }
        else
        {
            int middle = length >> 1;
            word = start | ((ulong)Unsafe.Add(ref start, middle) << (middle * 8)) | ((ulong)Unsafe.Add(ref start, length - 1) << ((length - 1) * 8));
        }

        return (word, word);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Hash(ulong first, ulong last, int length)
    {
        ulong h = (first * 0x9E3779B97F4A7C15UL) ^ (BitOperations.RotateLeft(last, 29) * 0xC2B2AE3D27D4EB4FUL) ^ (uint)length;
        return (uint)(h >> 32) ^ (uint)h;
    }

    private readonly struct Entry(ulong first, ulong last, int length, int index)
    {
        public readonly ulong First = first;
        public readonly ulong Last = last;
        public readonly int Length = length;
        public readonly int Index = index;
    }
}
