using System;
using System.IO;
using System.Text;

namespace GraphGen.Generator.Emit;

/// <summary>
/// Reads a rendered file straight out of the render's output buffer, so Roslyn can build its <c>SourceText</c> without
/// a string copy of the file first: a file over 40 K characters (User's request builders: 209 K) becomes Roslyn's
/// chunked text instead of a string on the large object heap, whose allocations bring on full garbage collections.
/// </summary>
internal sealed class StringBuilderReader : TextReader
{
    private readonly StringBuilder _text;
    private int _position;

    public StringBuilderReader(StringBuilder text) => _text = text;

    public override int Peek() => _position < _text.Length ? _text[_position] : -1;

    public override int Read() => _position < _text.Length ? _text[_position++] : -1;

    public override int Read(char[] buffer, int index, int count)
    {
        var read = Math.Min(count, _text.Length - _position);
        _text.CopyTo(_position, buffer, index, read);
        _position += read;
        return read;
    }

    public override string ReadToEnd()
    {
        var rest = _text.ToString(_position, _text.Length - _position);
        _position = _text.Length;
        return rest;
    }
}
