using System.Text.Json;

namespace GraphGen.Runtime;

/// <summary>Writes one JSON value (not a property name) for <paramref name="value"/>.</summary>
/// <typeparam name="T">The type written.</typeparam>
/// <param name="writer">The writer.</param>
/// <param name="value">The value to write.</param>
public delegate void JsonValueWriter<T>(Utf8JsonWriter writer, T value);
