using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace GraphGen.Runtime;

/// <summary>
/// The wire values of one generated enum, whose members are numbered 1, 2, ... in the order of
/// <see cref="GraphEnumWire{TEnum}(string[])"/> (0 is <c>Unrecognized</c>). Converts both ways without a generated
/// switch; a value the schema does not know keeps its text through <see cref="GraphEnumWireText{TEnum}"/>.
/// </summary>
/// <typeparam name="TEnum">The generated enum (an <see cref="int"/> enum).</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class GraphEnumWire<TEnum>
    where TEnum : struct, Enum
{
    private readonly string[] _texts;
    private readonly GraphJsonNames _names;

    /// <summary>Builds the table.</summary>
    /// <param name="wireValues">The wire value of member 1, 2, ...</param>
    public GraphEnumWire(params string[] wireValues)
    {
        ArgumentNullException.ThrowIfNull(wireValues);
        if (Unsafe.SizeOf<TEnum>() != sizeof(int)) throw new ArgumentException($"{typeof(TEnum).Name} is not an int enum.", nameof(wireValues));
        _texts = wireValues;
        _names = new GraphJsonNames(wireValues);
        Writer = Write;
    }

    /// <summary><see cref="Write"/> as a delegate made once, for lists of the enum and generated writers.</summary>
    public JsonValueWriter<TEnum> Writer { get; }

    /// <summary>The value as the Graph API spells it.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire value.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is neither a member nor an unknown value read from JSON.</exception>
    public string ToWireValue(TEnum value)
    {
        int number = Unsafe.As<TEnum, int>(ref value);
        if (number > 0 && number <= _texts.Length) return _texts[number - 1];
        return GraphEnumWireText<TEnum>.TextOf(number)
            ?? throw new ArgumentOutOfRangeException(nameof(value), value, $"{typeof(TEnum).Name} has no wire value for this member.");
    }

    /// <summary>Parses a wire value exactly (case-sensitive, as the Graph API sends it).</summary>
    /// <param name="wireValue">The wire value.</param>
    /// <param name="value">The member, or <c>Unrecognized</c> (0).</param>
    /// <returns><see langword="true"/> when the value is known.</returns>
    public bool TryParse(ReadOnlySpan<char> wireValue, out TEnum value)
    {
        for (int i = 0; i < _texts.Length; i++)
        {
            if (wireValue.SequenceEqual(_texts[i]))
            {
                value = Of(i + 1);
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>Reads the enum from a JSON string; an unknown value reads as a negative value that keeps its wire text, never an error.</summary>
    /// <param name="reader">A reader positioned on the value.</param>
    /// <returns>The member, or <see langword="null"/> for a JSON null.</returns>
    public TEnum? Read(ref GraphJsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped)
        {
            // Known values are compared as UTF-8 in place: no string for them.
            int index = _names.IndexOf(reader.ValueSpan);
            if (index >= 0) return Of(index + 1);
        }

        string? text = GraphJson.ReadString(ref reader);
        if (text is null) return null;
        int known = _names.IndexOf(Encoding.UTF8.GetBytes(text));
        return Of(known >= 0 ? known + 1 : GraphEnumWireText<TEnum>.ValueOf(text));
    }

    /// <summary>Writes the wire value as a JSON string.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public void Write(Utf8JsonWriter writer, TEnum value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(ToWireValue(value));
    }

    private static TEnum Of(int number) => Unsafe.As<int, TEnum>(ref number);
}
