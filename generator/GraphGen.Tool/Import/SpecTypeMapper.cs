using System;
using System.Collections.Generic;

namespace GraphGen.Tool.Import;

/// <summary>What a spec type becomes in the schema format: a type expression, or the gap that keeps it out.</summary>
public sealed record MappedType(string? Expression, ImportGap? Gap, string? UnknownTypeName)
{
    /// <summary>True when a named type without a spec file was written as <c>json</c>.</summary>
    public bool IsApproximated => UnknownTypeName is not null;
}

/// <summary>
/// Maps a spec type (<c>list&lt;map&lt;string, unsigned int&gt;&gt;</c>, <c>AdAccount_status</c>) to a schema type
/// expression, by the rules of schema/README.md: <c>int</c> and <c>unsigned int</c> -> int64; <c>Object</c>,
/// untyped <c>map</c> and <c>list</c> -> json; a name with a spec file or enum -> that name; any other name -> json.
/// </summary>
public sealed class SpecTypeMapper
{
    private readonly Func<string, bool> _isDeclared;
    private readonly Func<string, bool> _isEnum;

    /// <param name="isDeclared">True for a type or enum name the import declares.</param>
    /// <param name="isEnum">True for a spec enum name: one the import does not declare is read as its string.</param>
    public SpecTypeMapper(Func<string, bool> isDeclared, Func<string, bool>? isEnum = null)
    {
        _isDeclared = isDeclared;
        _isEnum = isEnum ?? (_ => false);
    }

    public MappedType Map(string specType)
    {
        var position = 0;
        var state = new MapState();
        var expression = Parse(specType, ref position, state);
        if (state.Gap is not null)
        {
            return new MappedType(null, state.Gap, null);
        }

        // Anything left over (an unbalanced '>') means the spec used a shape we do not know: keep the data as json.
        return position < specType.Length
            ? new MappedType("json", null, specType)
            : new MappedType(expression, null, state.UnknownName);
    }

    private string Parse(string text, ref int position, MapState state, int depth = 0)
    {
        var name = ReadName(text, ref position);
        switch (name)
        {
            case "list" when Peek(text, position) == '<':
                {
                    position++;
                    var element = Parse(text, ref position, state, depth + 1);
                    Expect(text, ref position, '>');
                    return "list<" + element + ">";
                }

            case "map" when Peek(text, position) == '<':
                {
                    position++;
                    var key = Parse(text, ref position, state, depth + 1);
                    Expect(text, ref position, ',');
                    var value = Parse(text, ref position, state, depth + 1);
                    Expect(text, ref position, '>');
                    // JSON object keys are strings; a scalar key type says what they spell (map<int64,...> for
                    // `unsigned int` keys). An `Object` or enum key is only ever a string on the wire.
                    if (key is not ("string" or "bool" or "int32" or "int64" or "float" or "datetime"))
                    {
                        key = "string";
                    }

                    return "map<" + key + "," + value + ">";
                }

            case "list" or "map" or "Object" or "object":
                return "json";
            case "string":
                return "string";
            case "int" or "unsigned int" or "int64" or "long":
                return "int64";
            case "int32":
                return "int32";
            case "bool":
                return "bool";
            case "float" or "double":
                return "float";
            case "datetime":
                return "datetime";
            case "file" when depth == 0:
                return "file";
            case "file":
                // An upload is one multipart part: a list or map of files has no wire form.
                state.Gap ??= ImportGap.FileParameter;
                return "json";
            default:
                if (_isDeclared(name))
                {
                    return name;
                }

                state.UnknownName ??= name;
                return _isEnum(name) ? "string" : "json";
        }
    }

    private static string ReadName(string text, ref int position)
    {
        var start = position;
        while (position < text.Length && text[position] is not ('<' or '>' or ','))
        {
            position++;
        }

        return text.Substring(start, position - start).Trim();
    }

    private static char Peek(string text, int position) => position < text.Length ? text[position] : '\0';

    private static void Expect(string text, ref int position, char expected)
    {
        while (position < text.Length && text[position] == ' ')
        {
            position++;
        }

        if (position < text.Length && text[position] == expected)
        {
            position++;
        }
    }

    private sealed class MapState
    {
        public ImportGap? Gap { get; set; }

        public string? UnknownName { get; set; }
    }
}
