using GraphGen.Generator.Schema.Model;

namespace GraphGen.Generator.Schema;

/// <summary>
/// Parses a type expression (<c>string</c>, <c>list&lt;Experience&gt;</c>, <c>map&lt;string,int64&gt;</c>, <c>AgeRange</c>)
/// with a hand-written scanner: linear time, no regex. Names that are not built-in become
/// <see cref="TypeRef.Named"/> and are resolved later by <see cref="SchemaValidator"/>.
/// </summary>
internal static class TypeExpressionParser
{
    /// <summary>The inline-struct marker; the loader replaces it with the lifted struct's name.</summary>
    public const string ObjectKeyword = "object";

    private const int MaxNesting = 8;

    /// <summary>Returns the type, or null with <paramref name="error"/> saying what is wrong.</summary>
    public static TypeRef? Parse(string text, out string? error)
    {
        var position = 0;
        error = null;
        var type = ParseType(text, ref position, 0, ref error);
        if (type is null)
        {
            return null;
        }

        SkipSpaces(text, ref position);
        if (position < text.Length)
        {
            error = "unexpected '" + text.Substring(position) + "' after '" + text.Substring(0, position).TrimEnd() + "'";
            return null;
        }

        return type;
    }

    /// <summary>True when the type is <c>object</c>, <c>list&lt;object&gt;</c> or <c>map&lt;string,object&gt;</c>.</summary>
    public static bool UsesObject(TypeRef type) => type.Kind switch
    {
        TypeKind.Named => type.Name == ObjectKeyword,
        TypeKind.List or TypeKind.Map => type.Element is not null && UsesObject(type.Element),
        _ => false,
    };

    /// <summary>The same type with <c>object</c> replaced by a reference to <paramref name="structName"/>.</summary>
    public static TypeRef ReplaceObject(TypeRef type, string structName) => type.Kind switch
    {
        TypeKind.Named when type.Name == ObjectKeyword => TypeRef.Named(structName),
        TypeKind.List => TypeRef.ListOf(ReplaceObject(type.Element!, structName)),
        TypeKind.Map => TypeRef.MapOf(type.Key!, ReplaceObject(type.Element!, structName)),
        _ => type,
    };

    private static TypeRef? ParseType(string text, ref int position, int depth, ref string? error)
    {
        if (depth > MaxNesting)
        {
            error = "types are nested more than " + MaxNesting + " levels deep";
            return null;
        }

        SkipSpaces(text, ref position);
        var start = position;
        while (position < text.Length && (char.IsLetterOrDigit(text[position]) || text[position] == '_'))
        {
            position++;
        }

        if (position == start)
        {
            error = position < text.Length
                ? "expected a type name at '" + text.Substring(position) + "'"
                : text.Trim().Length == 0 ? "the type is empty" : "expected a type after '" + text.TrimEnd() + "'";
            return null;
        }

        var name = text.Substring(start, position - start);
        if (char.IsDigit(name[0]))
        {
            error = "a type name cannot start with a digit";
            return null;
        }

        switch (name)
        {
            case "list":
                {
                    if (!Expect(text, ref position, '<', "'list' needs an element type: list<T>", ref error))
                    {
                        return null;
                    }

                    var element = ParseType(text, ref position, depth + 1, ref error);
                    if (element is null || !Expect(text, ref position, '>', "expected '>' to close 'list<'", ref error))
                    {
                        return null;
                    }

                    return TypeRef.ListOf(element);
                }

            case "map":
                {
                    const string shape = "'map' needs a key and a value type: map<string,V>";
                    if (!Expect(text, ref position, '<', shape, ref error))
                    {
                        return null;
                    }

                    var key = ParseType(text, ref position, depth + 1, ref error);
                    if (key is null || !Expect(text, ref position, ',', shape, ref error))
                    {
                        return null;
                    }

                    if (key.Kind != TypeKind.Scalar || key.Scalar is ScalarKind.Json or ScalarKind.File)
                    {
                        // JSON object keys are strings; a scalar key type says what they spell (an id, a number, a date).
                        error = "map keys are JSON object keys, so the key type must be a scalar (string, id, bool, int32, int64, float, datetime, timestamp)";
                        return null;
                    }

                    var value = ParseType(text, ref position, depth + 1, ref error);
                    if (value is null || !Expect(text, ref position, '>', "expected '>' to close 'map<'", ref error))
                    {
                        return null;
                    }

                    return TypeRef.MapOf(key, value);
                }

            case "string": return TypeRef.Of(ScalarKind.String);
            case "id": return TypeRef.Of(ScalarKind.Id);
            case "bool": return TypeRef.Of(ScalarKind.Bool);
            case "int32": return TypeRef.Of(ScalarKind.Int32);
            case "int64": return TypeRef.Of(ScalarKind.Int64);
            case "float": return TypeRef.Of(ScalarKind.Float);
            case "datetime": return TypeRef.Of(ScalarKind.DateTime);
            case "timestamp": return TypeRef.Of(ScalarKind.Timestamp);
            case "json": return TypeRef.Of(ScalarKind.Json);
            case "file": return TypeRef.Of(ScalarKind.File);
            default: return TypeRef.Named(name);
        }
    }

    private static bool Expect(string text, ref int position, char expected, string message, ref string? error)
    {
        SkipSpaces(text, ref position);
        if (position < text.Length && text[position] == expected)
        {
            position++;
            return true;
        }

        error = message;
        return false;
    }

    private static void SkipSpaces(string text, ref int position)
    {
        while (position < text.Length && (text[position] == ' ' || text[position] == '\t'))
        {
            position++;
        }
    }
}
