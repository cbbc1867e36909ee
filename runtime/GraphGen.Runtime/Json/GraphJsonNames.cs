using System;
using System.ComponentModel;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;

namespace GraphGen.Runtime;

/// <summary>
/// The JSON property names of one generated model, looked up by their UTF-8 bytes: the property dispatch of generated
/// <c>ReadJson</c> methods (a name's index is the model's property index) and the wire values of generated enums.
/// </summary>
/// <remarks>
/// An open-addressed table keyed by a hash of the name's length and its first and last eight bytes, so a lookup costs
/// one hash of at most 16 bytes and, for a known name, one vectorized comparison; no allocation.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class GraphJsonNames
{
    private readonly byte[][] _names;
    // Index + 1 of the name in each slot; 0 is an empty slot.
    private readonly int[] _slots;
    private readonly int _mask;

    /// <summary>Builds the table.</summary>
    /// <param name="names">The names, in index order; each distinct.</param>
    public GraphJsonNames(params string[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        _names = new byte[names.Length][];
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, names.Length * 4));
        _slots = new int[size];
        _mask = size - 1;
        for (int i = 0; i < names.Length; i++)
        {
            byte[] utf8 = Encoding.UTF8.GetBytes(names[i]);
            if (IndexOf(utf8) >= 0) throw new ArgumentException($"The name '{names[i]}' is listed twice.", nameof(names));
            _names[i] = utf8;
            int slot = (int)Hash(utf8) & _mask;
            while (_slots[slot] != 0) slot = (slot + 1) & _mask;
            _slots[slot] = i + 1;
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
        int[] slots = _slots;
        int slot = (int)Hash(utf8Name) & _mask;
        while (true)
        {
            int entry = slots[slot];
            if (entry == 0) return -1;
            if (utf8Name.SequenceEqual(_names[entry - 1])) return entry - 1;
            slot = (slot + 1) & _mask;
        }
    }

    private static uint Hash(ReadOnlySpan<byte> name)
    {
        ulong h;
        if (name.Length >= 8)
        {
            h = MemoryMarshal.Read<ulong>(name) * 0x9E3779B97F4A7C15UL;
            h ^= BitOperations.RotateLeft(MemoryMarshal.Read<ulong>(name.Slice(name.Length - 8)) * 0xC2B2AE3D27D4EB4FUL, 31);
        }
        else
        {
            h = 0;
            foreach (byte b in name) h = (h << 8) | b;
            h *= 0x9E3779B97F4A7C15UL;
        }

        h += (ulong)name.Length * 0x165667B19E3779F9UL;
        return (uint)(h >> 32) ^ (uint)h;
    }
}
