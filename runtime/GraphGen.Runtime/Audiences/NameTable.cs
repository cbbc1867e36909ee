using System;

namespace GraphGen.Runtime.Audiences;

/// <summary>
/// An immutable name -> code map searched with a span (no key string is allocated): names sorted ordinally once,
/// then binary-searched. Entries are written <c>code=name1|name2</c>.
/// </summary>
internal sealed class NameTable
{
    private readonly string[] _names;
    private readonly string[] _codes;

    public NameTable(params string[] entries)
    {
        int count = 0;
        foreach (string entry in entries)
        {
            count += entry.Split('=')[1].Split('|').Length;
        }

        _names = new string[count];
        _codes = new string[count];
        int i = 0;
        foreach (string entry in entries)
        {
            string[] parts = entry.Split('=');
            foreach (string name in parts[1].Split('|'))
            {
                _names[i] = name;
                _codes[i] = parts[0];
                i++;
            }
        }

        Array.Sort(_names, _codes, StringComparer.Ordinal);
    }

    public int Count => _names.Length;

    public bool TryGetCode(ReadOnlySpan<char> name, out string code)
    {
        int low = 0;
        int high = _names.Length - 1;
        while (low <= high)
        {
            int mid = low + ((high - low) / 2);
            int order = _names[mid].AsSpan().SequenceCompareTo(name);
            if (order == 0)
            {
                code = _codes[mid];
                return true;
            }

            if (order < 0)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        code = string.Empty;
        return false;
    }
}
