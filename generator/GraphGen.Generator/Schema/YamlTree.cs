using System.Collections.Generic;
using GraphGen.Generator.Diagnostics;

namespace GraphGen.Generator.Schema;

/// <summary>
/// A YAML value with its span, read once from the parser's events by <see cref="YamlTreeReader"/>. The loader walks
/// this small tree instead of YamlDotNet's representation model so that aliases never exist in it (they are
/// rejected while reading) and every value knows exactly where it came from.
/// </summary>
internal abstract class YamlValue
{
    protected YamlValue(LocationInfo location) => Location = location;

    public LocationInfo Location { get; }

    /// <summary>How the value is named in "expected a map, found a sequence" messages.</summary>
    public abstract string KindName { get; }
}

/// <summary>A scalar. <see cref="IsPlain"/> distinguishes <c>true</c> (a boolean) from <c>"true"</c> (a string).</summary>
internal sealed class YamlScalarValue : YamlValue
{
    public YamlScalarValue(string text, bool isPlain, LocationInfo location)
        : base(location)
    {
        Text = text;
        IsPlain = isPlain;
    }

    public string Text { get; }

    public bool IsPlain { get; }

    /// <summary>An empty value (<c>key:</c>), <c>~</c> or <c>null</c>, written without quotes.</summary>
    public bool IsNull => IsPlain && (Text.Length == 0 || Text == "~" || Text == "null" || Text == "Null" || Text == "NULL");

    public override string KindName => IsNull ? "an empty value" : "a scalar";
}

/// <summary>A mapping, keys in document order. Non-scalar keys are reported while reading and left out.</summary>
internal sealed class YamlMapValue : YamlValue
{
    public YamlMapValue(List<KeyValuePair<YamlScalarValue, YamlValue>> entries, LocationInfo location)
        : base(location) => Entries = entries;

    public List<KeyValuePair<YamlScalarValue, YamlValue>> Entries { get; }

    public override string KindName => "a map";
}

/// <summary>A sequence.</summary>
internal sealed class YamlSequenceValue : YamlValue
{
    public YamlSequenceValue(List<YamlValue> items, LocationInfo location)
        : base(location) => Items = items;

    public List<YamlValue> Items { get; }

    public override string KindName => "a sequence";
}

/// <summary>
/// Stands for a value that was already reported (an alias, something nested too deeply): readers skip it silently
/// so one mistake gives one diagnostic.
/// </summary>
internal sealed class YamlInvalidValue : YamlValue
{
    public YamlInvalidValue(LocationInfo location)
        : base(location)
    {
    }

    public override string KindName => "an invalid value";
}
