using System;
using System.Collections.Generic;
using System.Text;

namespace GraphGen.Testing;

/// <summary>
/// Parses Graph's field-expansion syntax: <c>id,name,albums.limit(5){name,photos.limit(2){name}}</c>. Entries are
/// separated by commas, may carry <c>.modifier(value)</c> calls (<c>limit</c>, <c>order</c>, <c>type</c>...) and a
/// sub-selection in braces, nested to any depth. Whitespace around names is ignored, as Graph does.
/// </summary>
public static class FieldsParser
{
    /// <summary>Parses a <c>fields</c> value.</summary>
    /// <param name="fields">The value, e.g. <c>id,albums.limit(5){name}</c>.</param>
    /// <returns>The entries in order; empty for an empty value.</returns>
    /// <exception cref="FormatException">Unbalanced braces or parentheses, or an empty name.</exception>
    public static IReadOnlyList<RequestedField> Parse(string fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        int position = 0;
        IReadOnlyList<RequestedField> result = ParseList(fields, ref position, nested: false);
        if (position != fields.Length) throw new FormatException($"Unexpected '{fields[position]}' at {position} in fields '{fields}'.");
        return result;
    }

    /// <summary>Writes entries back in Graph's syntax (the inverse of <see cref="Parse"/>), e.g. for <c>paging.next</c> links.</summary>
    /// <param name="fields">The entries.</param>
    /// <returns>The <c>fields</c> value.</returns>
    public static string Format(IReadOnlyList<RequestedField> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var text = new StringBuilder();
        Append(text, fields);
        return text.ToString();
    }

    private static void Append(StringBuilder text, IReadOnlyList<RequestedField> fields)
    {
        for (int i = 0; i < fields.Count; i++)
        {
            if (i > 0) text.Append(',');
            text.Append(fields[i].Name);
            foreach (KeyValuePair<string, string> modifier in fields[i].Modifiers) text.Append('.').Append(modifier.Key).Append('(').Append(modifier.Value).Append(')');
            if (fields[i].Children is { } children)
            {
                text.Append('{');
                Append(text, children);
                text.Append('}');
            }
        }
    }

    private static List<RequestedField> ParseList(string text, ref int position, bool nested)
    {
        var fields = new List<RequestedField>();
        while (position < text.Length)
        {
            if (text[position] == '}')
            {
                if (!nested) throw new FormatException($"Unbalanced '}}' at {position} in fields '{text}'.");
                return fields;
            }

            if (text[position] == ',' || char.IsWhiteSpace(text[position]))
            {
                position++;
                continue;
            }

            fields.Add(ParseField(text, ref position));
        }

        if (nested) throw new FormatException($"Missing '}}' in fields '{text}'.");
        return fields;
    }

    private static RequestedField ParseField(string text, ref int position)
    {
        string name = ReadName(text, ref position);
        if (name.Length == 0) throw new FormatException($"Empty field name at {position} in fields '{text}'.");
        var modifiers = new Dictionary<string, string>(StringComparer.Ordinal);
        IReadOnlyList<RequestedField>? children = null;
        while (position < text.Length)
        {
            char c = text[position];
            if (char.IsWhiteSpace(c))
            {
                position++;
            }
            else if (c == '.')
            {
                position++;
                string modifier = ReadName(text, ref position);
                if (position >= text.Length || text[position] != '(') throw new FormatException($"Expected '(' after .{modifier} in fields '{text}'.");
                int close = text.IndexOf(')', position);
                if (close < 0) throw new FormatException($"Missing ')' after .{modifier} in fields '{text}'.");
                modifiers[modifier] = text.Substring(position + 1, close - position - 1).Trim();
                position = close + 1;
            }
            else if (c == '{')
            {
                if (children is not null) throw new FormatException($"Two sub-selections for {name} in fields '{text}'.");
                position++;
                children = ParseList(text, ref position, nested: true);
                position++; // the closing brace
            }
            else
            {
                break;
            }
        }

        return new RequestedField(name, modifiers, children);
    }

    private static string ReadName(string text, ref int position)
    {
        var name = new StringBuilder();
        while (position < text.Length && text[position] is not ('.' or '{' or '}' or ',' or '(' or ')')) name.Append(text[position++]);
        return name.ToString().Trim();
    }
}
