using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace GraphGen.Generator.Schema;

/// <summary>
/// The name rules the schema stage needs to validate names: wire name -> PascalCase, and what a C# identifier is.
/// The Model stage must convert wire names with <see cref="ToPascalCase"/> too, so that the collisions reported here
/// are exactly the ones it would meet (it also escapes keywords and prefixes leading digits, which are not errors).
/// </summary>
public static class SchemaNames
{
    private static readonly HashSet<string> Keywords = new(System.StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
    };

    /// <summary>
    /// <c>is_work_account</c> -> <c>IsWorkAccount</c>, <c>FILE_IMPORTED</c> -> <c>FileImported</c>, <c>fooBar</c> ->
    /// <c>FooBar</c>: every character that is not a letter or digit separates words; a word starts upper case (so does
    /// the character after a digit); the rest is kept, or lower-cased when the whole name is upper case.
    /// Returns "" when the name has no letter or digit. Model's <c>Naming.ToPascalCase</c> calls this.
    /// </summary>
    public static string ToPascalCase(string wireName)
    {
        var builder = new StringBuilder(wireName.Length);
        var upperNext = true;
        var allUpper = IsAllUpper(wireName);
        foreach (var c in wireName)
        {
            if (!char.IsLetterOrDigit(c))
            {
                upperNext = true;
                continue;
            }

            builder.Append(upperNext ? char.ToUpperInvariant(c) : allUpper ? char.ToLowerInvariant(c) : c);
            upperNext = char.IsDigit(c);
        }

        return builder.ToString();
    }

    /// <summary>True for a C# keyword (<c>event</c>, <c>class</c>); such names need an <c>@</c> or a different name.</summary>
    public static bool IsKeyword(string name) => Keywords.Contains(name);

    /// <summary>
    /// Why <paramref name="name"/> cannot be a C# type/member name as written, or null when it can. Used for names the
    /// user chose verbatim (type names, root accessors, the client, explicit enum member names).
    /// </summary>
    public static string? WhyNotIdentifier(string name)
    {
        if (name.Length == 0)
        {
            return "the name is empty";
        }

        if (!IsIdentifierStart(name[0]))
        {
            return "an identifier starts with a letter or '_'";
        }

        for (var i = 1; i < name.Length; i++)
        {
            if (!IsIdentifierPart(name[i]))
            {
                return "'" + name[i] + "' cannot appear in an identifier";
            }
        }

        return IsKeyword(name) ? "it is a C# keyword" : null;
    }

    /// <summary>Why a dotted namespace cannot be used, or null when it can.</summary>
    public static string? WhyNotNamespace(string name)
    {
        foreach (var part in name.Split('.'))
        {
            var reason = WhyNotIdentifier(part);
            if (reason is not null)
            {
                return "'" + part + "': " + reason;
            }
        }

        return null;
    }

    private static bool IsAllUpper(string text)
    {
        var hasLetter = false;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                hasLetter = true;
                if (char.IsLower(c))
                {
                    return false;
                }
            }
        }

        return hasLetter;
    }

    private static bool IsIdentifierStart(char c) => c == '_' || char.IsLetter(c);

    private static bool IsIdentifierPart(char c) => c == '_' || IsIdentifierPartExceptUnderscore(c);

    private static bool IsIdentifierPartExceptUnderscore(char c)
    {
        if (c == '_')
        {
            return false;
        }

        if (char.IsLetterOrDigit(c))
        {
            return true;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.ConnectorPunctuation or UnicodeCategory.LetterNumber;
    }
}
