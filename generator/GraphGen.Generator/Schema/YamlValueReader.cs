using System;
using System.Collections.Generic;
using System.Globalization;
using GraphGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis;

namespace GraphGen.Generator.Schema;

/// <summary>
/// Typed access to <see cref="YamlValue"/>s that reports every mismatch (unknown or duplicate key, wrong kind,
/// unparsable value) and returns null instead, so the caller carries on with the next key.
/// </summary>
internal sealed class YamlValueReader
{
    private readonly List<DiagnosticInfo> _diagnostics;

    public YamlValueReader(List<DiagnosticInfo> diagnostics) => _diagnostics = diagnostics;

    public void Report(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] args)
        => _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, args));

    /// <summary>
    /// The keys of a map that has a fixed set of keys (a field, an edge...): unknown keys are warned about with a
    /// suggestion, duplicates are errors and only the first one counts.
    /// </summary>
    public KeyedMap Keys(YamlMapValue map, string[] knownKeys, string context)
    {
        var keys = new Dictionary<string, KeyValuePair<YamlScalarValue, YamlValue>>(StringComparer.Ordinal);
        foreach (var entry in map.Entries)
        {
            var key = entry.Key.Text;
            if (Array.IndexOf(knownKeys, key) < 0)
            {
                Report(DiagnosticDescriptors.UnknownKey, entry.Key.Location, key, context, SpellingSuggestion.Suffix(key, knownKeys));
            }
            else if (keys.ContainsKey(key))
            {
                Report(DiagnosticDescriptors.DuplicateKey, entry.Key.Location, "key", key, context);
            }
            else
            {
                keys.Add(key, entry);
            }
        }

        return new KeyedMap(keys, context);
    }

    /// <summary>The entries of a map of named things (fields, nodes...), without the duplicates (reported).</summary>
    public IEnumerable<KeyValuePair<YamlScalarValue, YamlValue>> NamedEntries(YamlMapValue map, string memberKind, string context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in map.Entries)
        {
            if (seen.Add(entry.Key.Text))
            {
                yield return entry;
            }
            else
            {
                Report(DiagnosticDescriptors.DuplicateKey, entry.Key.Location, memberKind, entry.Key.Text, context);
            }
        }
    }

    // The same readers for one key of a KeyedMap. The key's description ("'min' of field 'age' of 'User'") is only
    // needed for a message, and most keys a reader asks for are absent: it is made only for a present key.
    public YamlScalarValue? Scalar(KeyedMap keys, string key) => keys[key] is { } value ? Scalar(value, keys.Describe(key)) : null;

    public YamlMapValue? Map(KeyedMap keys, string key) => keys[key] is { } value ? Map(value, keys.Describe(key)) : null;

    public YamlSequenceValue? Sequence(KeyedMap keys, string key) => keys[key] is { } value ? Sequence(value, keys.Describe(key)) : null;

    public string? String(KeyedMap keys, string key) => keys[key] is { } value ? String(value, keys.Describe(key)) : null;

    public bool? Bool(KeyedMap keys, string key) => keys[key] is { } value ? Bool(value, keys.Describe(key)) : null;

    public double? Number(KeyedMap keys, string key) => keys[key] is { } value ? Number(value, keys.Describe(key)) : null;

    public YamlScalarValue? Scalar(YamlValue? value, string what)
    {
        switch (value)
        {
            case null or YamlInvalidValue:
                return null;
            case YamlScalarValue scalar:
                return scalar.IsNull ? null : scalar;
            default:
                Report(DiagnosticDescriptors.WrongNodeKind, value.Location, "a scalar", what, value.KindName);
                return null;
        }
    }

    /// <summary>A map; an empty value (<c>fields:</c>) is an empty map.</summary>
    public YamlMapValue? Map(YamlValue? value, string what)
    {
        switch (value)
        {
            case null or YamlInvalidValue:
                return null;
            case YamlMapValue map:
                return map;
            case YamlScalarValue { IsNull: true } empty:
                return new YamlMapValue(new List<KeyValuePair<YamlScalarValue, YamlValue>>(), empty.Location);
            default:
                Report(DiagnosticDescriptors.WrongNodeKind, value.Location, "a map", what, value.KindName);
                return null;
        }
    }

    /// <summary>A sequence; an empty value is an empty sequence.</summary>
    public YamlSequenceValue? Sequence(YamlValue? value, string what)
    {
        switch (value)
        {
            case null or YamlInvalidValue:
                return null;
            case YamlSequenceValue sequence:
                return sequence;
            case YamlScalarValue { IsNull: true } empty:
                return new YamlSequenceValue(new List<YamlValue>(), empty.Location);
            default:
                Report(DiagnosticDescriptors.WrongNodeKind, value.Location, "a sequence", what, value.KindName);
                return null;
        }
    }

    public string? String(YamlValue? value, string what) => Scalar(value, what)?.Text;

    public bool? Bool(YamlValue? value, string what)
    {
        var scalar = Scalar(value, what);
        if (scalar is null)
        {
            return null;
        }

        if (scalar.IsPlain && string.Equals(scalar.Text, "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (scalar.IsPlain && string.Equals(scalar.Text, "false", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        Report(DiagnosticDescriptors.InvalidValue, scalar.Location, scalar.Text, what, "true or false");
        return null;
    }

    public double? Number(YamlValue? value, string what)
    {
        var scalar = Scalar(value, what);
        if (scalar is null)
        {
            return null;
        }

        if (double.TryParse(scalar.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            && !double.IsNaN(number) && !double.IsInfinity(number))
        {
            return number;
        }

        Report(DiagnosticDescriptors.InvalidValue, scalar.Location, scalar.Text, what, "a number");
        return null;
    }

    /// <summary>A non-negative integer such as an error code.</summary>
    public int? Integer(YamlScalarValue scalar, string what)
    {
        if (int.TryParse(scalar.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        Report(DiagnosticDescriptors.InvalidValue, scalar.Location, scalar.Text, what, "a whole number");
        return null;
    }

    /// <summary>The known keys of one YAML map, with the context used in messages (<c>field 'email' of 'User'</c>).</summary>
    public sealed class KeyedMap
    {
        private readonly Dictionary<string, KeyValuePair<YamlScalarValue, YamlValue>> _keys;

        public KeyedMap(Dictionary<string, KeyValuePair<YamlScalarValue, YamlValue>> keys, string context)
        {
            _keys = keys;
            Context = context;
        }

        public string Context { get; }

        public bool Has(string key) => _keys.ContainsKey(key);

        public YamlValue? this[string key] => _keys.TryGetValue(key, out var entry) ? entry.Value : null;

        public YamlScalarValue? KeyOf(string key) => _keys.TryGetValue(key, out var entry) ? entry.Key : null;

        /// <summary>"'min' of field 'age' of 'User'", for messages about one key.</summary>
        public string Describe(string key) => "'" + key + "' of " + Context;
    }
}
