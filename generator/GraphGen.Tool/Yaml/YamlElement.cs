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

    /// <summary>
    /// The lines a person folded the text into (<c>&gt;-</c>), when read from a file: written back with the same
    /// breaks while the text is unchanged, so a re-import does not re-wrap prose.
    /// </summary>
    public IReadOnlyList<string>? FoldedLines { get; init; }

    public static YamlText True { get; } = new("true", isLiteral: true);

    public static YamlText False { get; } = new("false", isLiteral: true);

    public static YamlText Integer(long value) => new(value.ToString(System.Globalization.CultureInfo.InvariantCulture), isLiteral: true);
}

/// <summary>A sequence.</summary>
public sealed class YamlList : YamlElement
{
    public YamlList(IEnumerable<YamlElement>? items = null) => Items = items is null ? new List<YamlElement>() : new List<YamlElement>(items);

    public List<YamlElement> Items { get; }

    /// <summary>Read as a block list (<c>- item</c> lines): written back that way even when its items could flow.</summary>
    public bool IsBlock { get; init; }

    /// <summary>Comments around scalar items (those of a map item sit on its first entry), by item.</summary>
    public Dictionary<YamlElement, YamlTrivia> ItemTrivia { get; } = new(ReferenceEqualityComparer.Instance);

    public YamlTrivia? TriviaOf(YamlElement item) => ItemTrivia.TryGetValue(item, out var trivia) ? trivia : null;
}

/// <summary>A map in insertion order; keys are unique (ordinal).</summary>
public sealed class YamlMap : YamlElement
{
    private readonly List<KeyValuePair<string, YamlElement>> _entries = new();
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private Dictionary<string, YamlTrivia>? _trivia;

    public IReadOnlyList<KeyValuePair<string, YamlElement>> Entries => _entries;

    public int Count => _entries.Count;

    /// <summary>Comment lines after a file's last entry (on the root map only).</summary>
    public List<string> Closing { get; } = new();

    /// <summary>Read from a flow map (<c>{ name: X, category: auth }</c>): written back on one line when it fits.</summary>
    public bool IsFlow { get; init; }

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

    /// <summary>The comments around the entry <paramref name="key"/>; they stay with the key when its value is replaced.</summary>
    public YamlTrivia? TriviaOf(string key) => _trivia is not null && _trivia.TryGetValue(key, out var trivia) ? trivia : null;

    public void SetTrivia(string key, YamlTrivia? trivia)
    {
        if (trivia is null || trivia.IsEmpty)
        {
            _trivia?.Remove(key);
            return;
        }

        (_trivia ??= new Dictionary<string, YamlTrivia>(StringComparer.Ordinal))[key] = trivia;
    }
}
