using System;
using System.Collections.Generic;

namespace GraphGen.Tool.Yaml;

/// <summary>
/// A YAML value the tool reads, merges and writes: an ordered map, a list or a scalar. Unlike the generator's
/// schema records it keeps every key, known or not, so a re-import can carry what a person wrote.
/// </summary>
public abstract class YamlElement
{
}

/// <summary>
/// A scalar. <see cref="IsLiteral"/> is true for a token written as is (<c>true</c>, <c>42</c>, <c>2018-04-04</c>):
/// either a plain scalar read from a file or a boolean/number the importer writes. Other text is quoted when needed.
/// </summary>
public sealed class YamlText : YamlElement
{
    public YamlText(string text, bool isLiteral = false)
    {
        Text = text;
        IsLiteral = isLiteral;
    }

    public string Text { get; }

    public bool IsLiteral { get; }

    public static YamlText True { get; } = new("true", isLiteral: true);

    public static YamlText False { get; } = new("false", isLiteral: true);

    public static YamlText Integer(long value) => new(value.ToString(System.Globalization.CultureInfo.InvariantCulture), isLiteral: true);
}

/// <summary>A sequence.</summary>
public sealed class YamlList : YamlElement
{
    public YamlList(IEnumerable<YamlElement>? items = null) => Items = items is null ? new List<YamlElement>() : new List<YamlElement>(items);

    public List<YamlElement> Items { get; }
}

/// <summary>A map in insertion order; keys are unique (ordinal).</summary>
public sealed class YamlMap : YamlElement
{
    private readonly List<KeyValuePair<string, YamlElement>> _entries = new();
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    public IReadOnlyList<KeyValuePair<string, YamlElement>> Entries => _entries;

    public int Count => _entries.Count;

    public IEnumerable<string> Keys
    {
        get
        {
            foreach (var entry in _entries)
            {
                yield return entry.Key;
            }
        }
    }

    public YamlElement? this[string key] => _index.TryGetValue(key, out var i) ? _entries[i].Value : null;

    public bool Has(string key) => _index.ContainsKey(key);

    /// <summary>Adds the key at the end, or replaces its value where it stands.</summary>
    public YamlMap Set(string key, YamlElement value)
    {
        if (_index.TryGetValue(key, out var i))
        {
            _entries[i] = new KeyValuePair<string, YamlElement>(key, value);
        }
        else
        {
            _index.Add(key, _entries.Count);
            _entries.Add(new KeyValuePair<string, YamlElement>(key, value));
        }

        return this;
    }

    public YamlMap Set(string key, string text) => Set(key, new YamlText(text));

    /// <summary>The map under <paramref name="key"/>, added empty when absent.</summary>
    public YamlMap MapAt(string key)
    {
        if (this[key] is YamlMap existing)
        {
            return existing;
        }

        var map = new YamlMap();
        Set(key, map);
        return map;
    }

    public string? TextOf(string key) => (this[key] as YamlText)?.Text;
}
