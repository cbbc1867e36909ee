using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace GraphGen.Runtime;

/// <summary>
/// The primitives of generated <c>ReadJson</c>/<c>WriteJson</c> methods: check the start of an object, hand out each
/// property's index in the model's <see cref="GraphJsonNames"/> for a generated <c>switch</c>, and write one property
/// a call, so the generated code is one line a property each way.
/// </summary>
// Called by generated code only; hidden from IntelliSense, still public so generated code in any assembly can call it.
[EditorBrowsable(EditorBrowsableState.Never)]
public static class GraphModelJson
{
    /// <summary>Throws a <see cref="JsonException"/> (wrapped by the client as a protocol error) unless the reader is on <c>{</c>.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="typeName">The model being read, for the message.</param>
    public static void ExpectObject(ref GraphJsonReader reader, string typeName)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected a JSON object for {typeName} but found {reader.TokenType}.");
        }
    }

    /// <summary>
    /// Moves to the next property of the current object and onto its value.
    /// </summary>
    /// <param name="reader">A reader inside an object, on the previous value's last token (or the <c>{</c>).</param>
    /// <param name="name">The property name, unescaped, as UTF-8.</param>
    /// <returns><see langword="false"/> at the object's <c>}</c>.</returns>
    public static bool ReadProperty(ref GraphJsonReader reader, out ReadOnlySpan<byte> name)
    {
        return reader.ReadProperty(out name);
    }

    /// <summary>
    /// Moves to the next property of the current object and onto its value, and looks its name up in the model's
    /// <paramref name="names"/>: the dispatch of generated <c>ReadJson</c> methods.
    /// </summary>
    /// <param name="reader">A reader inside an object, on the previous value's last token (or the <c>{</c>).</param>
    /// <param name="names">The model's property names.</param>
    /// <param name="index">The property's index in <paramref name="names"/>, or -1 for a name the model does not know.</param>
    /// <returns><see langword="false"/> at the object's <c>}</c>.</returns>
    public static bool ReadProperty(ref GraphJsonReader reader, GraphJsonNames names, out int index)
    {
        ArgumentNullException.ThrowIfNull(names);
        if (!reader.ReadProperty(out ReadOnlySpan<byte> name))
        {
            index = -1;
            return false;
        }

        index = names.IndexOf(name);
        return true;
    }

    /// <summary>Writes a string property (<c>null</c> as JSON null).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The property name as UTF-8.</param>
    /// <param name="value">The value.</param>
    public static void Write(Utf8JsonWriter writer, ReadOnlySpan<byte> name, string? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is null) writer.WriteNull(name);
        else writer.WriteString(name, value);
    }

    /// <summary>Writes a boolean property (<c>null</c> as JSON null).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The property name as UTF-8.</param>
    /// <param name="value">The value.</param>
    public static void Write(Utf8JsonWriter writer, ReadOnlySpan<byte> name, bool? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } v) writer.WriteBoolean(name, v);
        else writer.WriteNull(name);
    }

    /// <summary>Writes a 32-bit integer property (<c>null</c> as JSON null).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The property name as UTF-8.</param>
    /// <param name="value">The value.</param>
    public static void Write(Utf8JsonWriter writer, ReadOnlySpan<byte> name, int? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } v) writer.WriteNumber(name, v);
        else writer.WriteNull(name);
    }

    /// <summary>Writes a 64-bit integer property (<c>null</c> as JSON null).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The property name as UTF-8.</param>
    /// <param name="value">The value.</param>
    public static void Write(Utf8JsonWriter writer, ReadOnlySpan<byte> name, long? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } v) writer.WriteNumber(name, v);
        else writer.WriteNull(name);
    }

    /// <summary>Writes a floating-point property (<c>null</c> as JSON null).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The property name as UTF-8.</param>
    /// <param name="value">The value.</param>
    public static void Write(Utf8JsonWriter writer, ReadOnlySpan<byte> name, double? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } v) writer.WriteNumber(name, v);
        else writer.WriteNull(name);
    }

    /// <summary>Writes a point in time as Graph formats it (<c>null</c> as JSON null).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The property name as UTF-8.</param>
    /// <param name="value">The value.</param>
    public static void Write(Utf8JsonWriter writer, ReadOnlySpan<byte> name, DateTimeOffset? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(name);
        if (value is { } v) GraphJson.WriteDateTime(writer, v);
        else writer.WriteNullValue();
    }

    /// <summary>Writes an untyped JSON property (<c>null</c> as JSON null).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The property name as UTF-8.</param>
    /// <param name="value">The value.</param>
    public static void Write(Utf8JsonWriter writer, ReadOnlySpan<byte> name, JsonElement? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(name);
        if (value is { } v) v.WriteTo(writer);
        else writer.WriteNullValue();
    }

    /// <summary>Writes an untyped JSON property kept as read (<c>null</c> as JSON null).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The property name as UTF-8.</param>
    /// <param name="value">The value.</param>
    public static void Write(Utf8JsonWriter writer, ReadOnlySpan<byte> name, GraphRawJson? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(name);
        if (value is null) writer.WriteNullValue();
        else value.WriteTo(writer);
    }

    /// <summary>Writes an object property with <paramref name="write"/> (<c>null</c> as JSON null).</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The property name as UTF-8.</param>
    /// <param name="value">The value.</param>
    /// <param name="write">Writes a non-null value.</param>
    public static void Write<T>(Utf8JsonWriter writer, ReadOnlySpan<byte> name, T? value, JsonValueWriter<T> write)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(write);
        writer.WritePropertyName(name);
        if (value is null) writer.WriteNullValue();
        else write(writer, value);
    }

    /// <summary>Writes a value-type property (an enum) with <paramref name="write"/> (<c>null</c> as JSON null).</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The property name as UTF-8.</param>
    /// <param name="value">The value.</param>
    /// <param name="write">Writes a non-null value.</param>
    public static void Write<T>(Utf8JsonWriter writer, ReadOnlySpan<byte> name, T? value, JsonValueWriter<T> write)
        where T : struct
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(write);
        writer.WritePropertyName(name);
        if (value is { } v) write(writer, v);
        else writer.WriteNullValue();
    }

    /// <summary>Writes a list property as a JSON array (<c>null</c> as JSON null).</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The property name as UTF-8.</param>
    /// <param name="items">The items.</param>
    /// <param name="writeItem">Writes one item.</param>
    public static void WriteList<T>(Utf8JsonWriter writer, ReadOnlySpan<byte> name, IReadOnlyList<T>? items, JsonValueWriter<T> writeItem)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(name);
        if (items is null) writer.WriteNullValue();
        else WriteArray(writer, items, writeItem);
    }

    /// <summary>Writes a map property as a JSON object (<c>null</c> as JSON null).</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The property name as UTF-8.</param>
    /// <param name="map">The map.</param>
    /// <param name="writeValue">Writes one value.</param>
    public static void WriteMap<T>(Utf8JsonWriter writer, ReadOnlySpan<byte> name, IReadOnlyDictionary<string, T>? map, JsonValueWriter<T> writeValue)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(name);
        if (map is null) writer.WriteNullValue();
        else WriteMap(writer, map, writeValue);
    }

    /// <summary>Writes an expanded edge as a Graph page, <c>{"data": [...], "paging": {...}}</c> (<c>null</c> as JSON null).</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The property name as UTF-8.</param>
    /// <param name="page">The page.</param>
    /// <param name="writeItem">Writes one item.</param>
    public static void WritePage<T>(Utf8JsonWriter writer, ReadOnlySpan<byte> name, GraphPage<T>? page, JsonValueWriter<T> writeItem)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(name);
        if (page is null) writer.WriteNullValue();
        else GraphEnvelope.WritePage(writer, page, writeItem);
    }

    /// <summary>Writes an expanded unpaged edge as <c>{"data": value}</c> (<c>null</c> as JSON null).</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The property name as UTF-8.</param>
    /// <param name="value">The value.</param>
    /// <param name="write">Writes the value.</param>
    public static void WriteData<T>(Utf8JsonWriter writer, ReadOnlySpan<byte> name, T? value, JsonValueWriter<T> write)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(name);
        if (value is null) writer.WriteNullValue();
        else GraphEnvelope.WriteData(writer, value, write);
    }

    /// <summary>Writes a list as a JSON array, each item with <paramref name="writeItem"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="items">The items.</param>
    /// <param name="writeItem">Writes one item.</param>
    public static void WriteArray<T>(Utf8JsonWriter writer, IReadOnlyList<T> items, JsonValueWriter<T> writeItem)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(writeItem);
        writer.WriteStartArray();
        foreach (T item in items) writeItem(writer, item);
        writer.WriteEndArray();
    }

    /// <summary>Writes a map as a JSON object, each value with <paramref name="writeValue"/>.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="map">The map.</param>
    /// <param name="writeValue">Writes one value.</param>
    public static void WriteMap<T>(Utf8JsonWriter writer, IReadOnlyDictionary<string, T> map, JsonValueWriter<T> writeValue)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(writeValue);
        writer.WriteStartObject();
        foreach (KeyValuePair<string, T> entry in map)
        {
            writer.WritePropertyName(entry.Key);
            writeValue(writer, entry.Value);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes a string value: the item writer of string lists.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void WriteString(Utf8JsonWriter writer, string value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value);
    }

    /// <summary>Writes a boolean value: the item writer of boolean lists.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void WriteBoolean(Utf8JsonWriter writer, bool value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteBooleanValue(value);
    }

    /// <summary>Writes a 32-bit integer value: the item writer of integer lists.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void WriteInt32(Utf8JsonWriter writer, int value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value);
    }

    /// <summary>Writes a 64-bit integer value: the item writer of integer lists.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void WriteInt64(Utf8JsonWriter writer, long value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value);
    }

    /// <summary>Writes a floating-point value: the item writer of number lists.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void WriteDouble(Utf8JsonWriter writer, double value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value);
    }

    /// <summary>Writes an untyped JSON value: the item writer of untyped lists.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void WriteElement(Utf8JsonWriter writer, JsonElement value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        value.WriteTo(writer);
    }
}
