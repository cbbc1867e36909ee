namespace GraphGen.Runtime;

/// <summary>
/// Reads one JSON value. The reader is positioned <em>on</em> the value's first token when called and must be left on
/// the value's last token (the same convention as <see cref="GraphJsonReader.Skip"/>), so readers compose.
/// </summary>
/// <typeparam name="T">The type read.</typeparam>
/// <param name="reader">The reader, on the value's first token.</param>
/// <returns>The value read.</returns>
public delegate T JsonValueReader<T>(ref GraphJsonReader reader);
