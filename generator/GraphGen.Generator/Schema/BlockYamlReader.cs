using System.Collections.Generic;
using System.Text;
using System.Threading;
using GraphGen.Generator.Diagnostics;

namespace GraphGen.Generator.Schema;

/// <summary>
/// Reads the plain block-style YAML schema files are written in straight into a <see cref="YamlValue"/> tree, with
/// the spans YamlDotNet's parser gives (so diagnostics point at the same line and column), in a fraction of the
/// parser's time and allocations. Anything outside that style (tabs, CRLF, anchors, tags, document markers, flow
/// collections or plain or quoted scalars over several lines, escapes, keep chomping...) or anything invalid makes it
/// give up and return null; the file is then read by <see cref="YamlTreeReader"/> over YamlDotNet, which also reports
/// every syntax error. A file read here gives the tree YamlTreeReader would give (BlockYamlReaderTests compares the
/// two on every YAML file of the repository).
/// </summary>
internal sealed class BlockYamlReader
{
    private readonly string _filePath;
    private readonly string _text;
    private readonly CancellationToken _cancellationToken;

    // The line being read: where it starts, its 0-based number, and where its content starts after the indentation.
    private int _lineStart;
    private int _line;
    private int _contentStart;
    private int _depth;

    private BlockYamlReader(string filePath, string text, CancellationToken cancellationToken)
    {
        _filePath = filePath;
        _text = text;
        _cancellationToken = cancellationToken;
    }

    private int Indent => _contentStart - _lineStart;

    private bool AtEnd => _contentStart >= _text.Length;

    /// <summary>The root map of <paramref name="text"/>, or null when the text is not in the style read here.</summary>
    public static YamlValue? TryRead(string filePath, string text, CancellationToken cancellationToken)
    {
        if (text.Length == 0 || text[text.Length - 1] != '\n' || !InSubsetCharacters(text) || HasDocumentMarker(text))
        {
            return null;
        }

        var reader = new BlockYamlReader(filePath, text, cancellationToken);
        reader.SkipToContent();
        if (reader.AtEnd || reader.Indent != 0 || reader.StartsEntry(reader._contentStart))
        {
            return null;
        }

        var root = reader.ReadMap();
        return root is not null && reader.AtEnd ? root : null;
    }

    // Characters that need YamlDotNet wherever they are: tabs (indentation errors), CR (CRLF marks), a BOM and
    // surrogates (columns). Indicators (anchors, aliases, tags, flow maps...) only count where a value starts.
    private static bool InSubsetCharacters(string text)
    {
        foreach (var c in text)
        {
            if (c == '\t' || c == '\r' || c == '\uFEFF' || char.IsSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }

    // "---" or "..." at the start of a line: documents are YamlDotNet's (a second one is an error).
    private static bool HasDocumentMarker(string text)
    {
        for (var i = 0; i >= 0 && i + 3 <= text.Length; i = text.IndexOf('\n', i) is var next && next < 0 ? -1 : next + 1)
        {
            if ((text[i] == '-' || text[i] == '.') && string.CompareOrdinal(text, i, text[i] == '-' ? "---" : "...", 0, 3) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A block map whose keys start at the current line's indentation.</summary>
    private YamlMapValue? ReadMap()
    {
        if (++_depth > YamlTreeReader.MaxDepth)
        {
            return null;
        }

        var indent = Indent;
        var start = _contentStart;
        var startLine = _line;
        var entries = new List<KeyValuePair<YamlScalarValue, YamlValue>>();
        while (!AtEnd && Indent == indent)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var entry = ReadEntry(indent);
            if (entry is null)
            {
                return null;
            }

            entries.Add(entry.Value);
        }

        if (!AtEnd && Indent > indent)
        {
            return null;
        }

        _depth--;
        return new YamlMapValue(entries, Span(start, startLine, _contentStart, _line));
    }

    /// <summary><c>key: value</c> at the current line's content; ends on the next line with content.</summary>
    private KeyValuePair<YamlScalarValue, YamlValue>? ReadEntry(int indent)
    {
        var keyStart = _contentStart;
        if (!IsPlainStart(keyStart))
        {
            return null;
        }

        var i = keyStart;
        while (i < _text.Length && IsKeyChar(_text[i]))
        {
            i++;
        }

        if (i == keyStart || i >= _text.Length || _text[i] != ':' || (_text[i + 1] != ' ' && _text[i + 1] != '\n'))
        {
            return null;
        }

        var key = new YamlScalarValue(_text.Substring(keyStart, i - keyStart), true, Span(keyStart, _line, i, _line));
        var afterColon = i + 1;
        var valueStart = SkipSpaces(afterColon);
        YamlValue? value;
        if (_text[valueStart] == '\n' || _text[valueStart] == '#')
        {
            if (_text[valueStart] == '#' && valueStart == afterColon)
            {
                return null;
            }

            var keyLine = _line;
            NextLine(_text.IndexOf('\n', valueStart));
            SkipToContent();
            if (!AtEnd && Indent > indent)
            {
                value = StartsEntry(_contentStart) ? ReadSequence(indentless: false) : ReadMap();
            }
            else if (!AtEnd && Indent == indent && StartsEntry(_contentStart))
            {
                value = ReadSequence(indentless: true);
            }
            else
            {
                // key: with nothing after it: an empty plain scalar where the ':' ends.
                value = new YamlScalarValue(string.Empty, true, Span(afterColon, keyLine, afterColon, keyLine));
            }
        }
        else
        {
            value = ReadInlineValue(valueStart, indent);
        }

        return value is null ? null : new KeyValuePair<YamlScalarValue, YamlValue>(key, value);
    }

    /// <summary>A block sequence whose <c>- </c> entries start at the current line's indentation.</summary>
    private YamlSequenceValue? ReadSequence(bool indentless)
    {
        if (++_depth > YamlTreeReader.MaxDepth)
        {
            return null;
        }

        var indent = Indent;
        var start = _contentStart;
        var startLine = _line;
        var items = new List<YamlValue>();
        while (!AtEnd && Indent == indent && StartsEntry(_contentStart))
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var itemStart = SkipSpaces(_contentStart + 1);
            if (_text[itemStart] == '\n' || _text[itemStart] == '#' || StartsEntry(itemStart))
            {
                return null;
            }

            YamlValue? item;
            if (IsMapEntryStart(itemStart))
            {
                // - key: value, the map's keys aligned on the first one.
                _contentStart = itemStart;
                item = ReadMap();
            }
            else
            {
                item = ReadInlineValue(itemStart, indent);
            }

            if (item is null)
            {
                return null;
            }

            items.Add(item);
        }

        // Another line at this indentation ends an indentless sequence (the parent map's next key); in an indented
        // one it is not YAML this reader knows.
        if (!AtEnd && (Indent > indent || (Indent == indent && !indentless)))
        {
            return null;
        }

        _depth--;
        return new YamlSequenceValue(items, Span(start, startLine, _contentStart, _line));
    }

    /// <summary>
    /// A value that starts on its key's (or dash's) line: a plain or quoted scalar, a one-line flow sequence of plain
    /// scalars, or a block scalar. Moves to the next line with content.
    /// </summary>
    private YamlValue? ReadInlineValue(int start, int parentIndent)
    {
        var c = _text[start];
        if (c == '>' || c == '|')
        {
            return ReadBlockScalar(start, parentIndent);
        }

        var line = _line;
        int end;
        YamlValue? value;
        if (c == '[' || c == '{' || c == '"' || c == '\'')
        {
            end = start;
            value = ReadFlowNode(ref end, line);
            if (value is null)
            {
                return null;
            }
        }
        else
        {
            if (!IsPlainStart(start))
            {
                return null;
            }

            end = start;
            var last = start;
            while (_text[end] != '\n' && !(_text[end] == '#' && _text[end - 1] == ' '))
            {
                if (_text[end] == ':' && (_text[end + 1] == ' ' || _text[end + 1] == '\n'))
                {
                    return null;
                }

                if (_text[end] != ' ')
                {
                    last = end + 1;
                }

                end++;
            }

            end = last;
            value = new YamlScalarValue(_text.Substring(start, end - start), true, Span(start, line, end, line));
        }

        // Only a comment may follow on the line, and the next line with content may not continue the value.
        var after = SkipSpaces(end);
        if (_text[after] != '\n' && (_text[after] != '#' || after == end))
        {
            return null;
        }

        NextLine(_text.IndexOf('\n', after));
        SkipToContent();
        return !AtEnd && Indent > parentIndent ? null : value;
    }

    /// <summary>
    /// A node of a one-line flow collection at <paramref name="i"/> (moved past it): <c>[...]</c>, <c>{k: v, ...}</c>,
    /// a quoted scalar, or a plain scalar up to the next flow indicator.
    /// </summary>
    private YamlValue? ReadFlowNode(ref int i, int line)
    {
        var start = i;
        var c = _text[start];
        if (c == '[' || c == '{')
        {
            if (++_depth > YamlTreeReader.MaxDepth)
            {
                return null;
            }

            var isMap = c == '{';
            var close = isMap ? '}' : ']';
            var items = new List<YamlValue>();
            var entries = new List<KeyValuePair<YamlScalarValue, YamlValue>>();
            i = SkipSpaces(start + 1);
            while (_text[i] != close)
            {
                var item = ReadFlowNode(ref i, line);
                if (item is null)
                {
                    return null;
                }

                i = SkipSpaces(i);
                if (isMap)
                {
                    // key: value, with a plain key and a space after the ':'.
                    if (item is not YamlScalarValue { IsPlain: true } key || _text[i] != ':' || _text[i + 1] != ' ' || i != ((YamlScalarValue)item).Location.Start + ((YamlScalarValue)item).Location.Length)
                    {
                        return null;
                    }

                    i = SkipSpaces(i + 1);
                    var value = ReadFlowNode(ref i, line);
                    if (value is null)
                    {
                        return null;
                    }

                    entries.Add(new KeyValuePair<YamlScalarValue, YamlValue>(key, value));
                    i = SkipSpaces(i);
                }
                else
                {
                    items.Add(item);
                }

                if (_text[i] == ',')
                {
                    i = SkipSpaces(i + 1);
                    if (_text[i] == close)
                    {
                        return null;
                    }
                }
                else if (_text[i] != close)
                {
                    return null;
                }
            }

            // YamlDotNet ends a flow collection where its closing bracket starts.
            var span = Span(start, line, i, line);
            i++;
            _depth--;
            return isMap ? new YamlMapValue(entries, span) : new YamlSequenceValue(items, span);
        }

        if (c == '"' || c == '\'')
        {
            var builder = new StringBuilder();
            i = start + 1;
            while (true)
            {
                var ch = _text[i];
                if (ch == '\n' || (ch == '\\' && c == '"'))
                {
                    return null;
                }

                if (ch == c)
                {
                    if (c == '\'' && _text[i + 1] == '\'')
                    {
                        builder.Append('\'');
                        i += 2;
                        continue;
                    }

                    break;
                }

                builder.Append(ch);
                i++;
            }

            i++;
            return new YamlScalarValue(builder.ToString(), false, Span(start, line, i, line));
        }

        if (!IsPlainStart(start))
        {
            return null;
        }

        var end = start;
        while (IsFlowPlainChar(_text[end]) || (_text[end] == ' ' && IsFlowPlainChar(_text[end + 1])))
        {
            end++;
        }

        if (end == start)
        {
            return null;
        }

        i = end;
        return new YamlScalarValue(_text.Substring(start, end - start), true, Span(start, line, end, line));
    }

    /// <summary><c>&gt;</c>, <c>&gt;-</c>, <c>|</c> or <c>|-</c> and its more indented lines.</summary>
    private YamlValue? ReadBlockScalar(int start, int parentIndent)
    {
        var folded = _text[start] == '>';
        var i = start + 1;
        var strip = _text[i] == '-';
        if (strip)
        {
            i++;
        }

        var after = SkipSpaces(i);
        if (_text[after] != '\n' && (_text[after] != '#' || after == i))
        {
            return null;
        }

        var startLine = _line;
        NextLine(_text.IndexOf('\n', after));

        // The first line sets the indentation; a blank first line needs YamlDotNet's rules.
        var contentIndent = SkipSpaces(_lineStart) - _lineStart;
        if (_lineStart >= _text.Length || contentIndent <= parentIndent || _text[_lineStart + contentIndent] == '\n')
        {
            return null;
        }

        var builder = new StringBuilder();
        var breaks = 0;
        var first = true;
        while (_lineStart < _text.Length)
        {
            var lineEnd = _text.IndexOf('\n', _lineStart);
            var content = SkipSpaces(_lineStart);
            if (content == lineEnd)
            {
                // An empty line inside the scalar; one with spaces only needs YamlDotNet's rules.
                if (content != _lineStart)
                {
                    return null;
                }

                breaks++;
                NextLine(lineEnd);
                continue;
            }

            var indent = content - _lineStart;
            if (indent < contentIndent)
            {
                break;
            }

            if (indent > contentIndent && folded)
            {
                return null;
            }

            if (!first)
            {
                // Folded: a single line break is a space, each empty line a line break. Literal: every break is kept.
                builder.Append('\n', folded ? (breaks == 0 ? 0 : breaks) : breaks + 1);
                if (folded && breaks == 0)
                {
                    builder.Append(' ');
                }
            }

            builder.Append(_text, _lineStart + contentIndent, lineEnd - _lineStart - contentIndent);
            first = false;
            breaks = 0;
            NextLine(lineEnd);
        }

        if (!strip)
        {
            builder.Append('\n');
        }

        // YamlDotNet ends a block scalar at the start of the first line that is not part of it.
        var end = _lineStart;
        var endLine = _line;
        SkipToContent();
        return !AtEnd && Indent > parentIndent ? null : new YamlScalarValue(builder.ToString(), false, Span(start, startLine, end, endLine));
    }

    /// <summary>Moves past blank and comment lines to the next line with content (or the end of the text).</summary>
    private void SkipToContent()
    {
        while (true)
        {
            _contentStart = SkipSpaces(_lineStart);
            if (_contentStart >= _text.Length)
            {
                _contentStart = _text.Length;
                return;
            }

            var c = _text[_contentStart];
            if (c != '\n' && c != '#')
            {
                return;
            }

            NextLine(c == '\n' ? _contentStart : _text.IndexOf('\n', _contentStart));
        }
    }

    /// <summary>Moves to the line after the line break at <paramref name="lineBreak"/>.</summary>
    private void NextLine(int lineBreak)
    {
        _lineStart = lineBreak + 1;
        _line++;
        _contentStart = _lineStart;
    }

    private int SkipSpaces(int i)
    {
        while (i < _text.Length && _text[i] == ' ')
        {
            i++;
        }

        return i;
    }

    private bool StartsEntry(int i) => _text[i] == '-' && (_text[i + 1] == ' ' || _text[i + 1] == '\n');

    private bool IsMapEntryStart(int i)
    {
        while (IsKeyChar(_text[i]))
        {
            i++;
        }

        return _text[i] == ':' && (_text[i + 1] == ' ' || _text[i + 1] == '\n');
    }

    private bool IsPlainStart(int i)
    {
        var c = _text[i];
        return c switch
        {
            '-' or '?' or ':' => _text[i + 1] != ' ' && _text[i + 1] != '\n',
            ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`' => false,
            _ => true,
        };
    }

    private static bool IsKeyChar(char c)
        => c is not (' ' or '\n' or ':' or '#' or ',' or '[' or ']' or '\'' or '"' or '|' or '>' or '?' or '@' or '`');

    private static bool IsFlowPlainChar(char c) => c is not (' ' or '\n' or ',' or '[' or ']' or '{' or '}' or ':' or '#' or '\'' or '"');

    // YamlTreeReader.ToLocation's span: 0-based lines and columns. The end of the text is a line of its own.
    private LocationInfo Span(int start, int startLine, int end, int endLine)
        => new(_filePath, start, end - start, startLine, start - LineStartOf(start), endLine, end - LineStartOf(end));

    private int LineStartOf(int index)
        => index >= _text.Length ? _text.Length : index == 0 ? 0 : _text.LastIndexOf('\n', index - 1) + 1;
}
