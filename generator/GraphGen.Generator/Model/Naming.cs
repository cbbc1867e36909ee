using GraphGen.Generator.Schema;
using Microsoft.CodeAnalysis.CSharp;

namespace GraphGen.Generator.Model;

/// <summary>
/// Turns Graph wire names into C# names, once, in the Model stage (templates only print them). Escaping text for
/// C# output is Emit's job (<c>Emit/CSharpText.cs</c>).
/// <c>first_name</c> -> <c>FirstName</c>, <c>STATUS_ON</c> -> <c>StatusOn</c>, <c>80003</c> -> <c>_80003</c>.
/// </summary>
public static class Naming
{
    /// <summary>
    /// PascalCase from snake_case, SCREAMING_CASE, kebab-case or dotted names; keeps existing inner capitals. The one
    /// rule lives in the Schema stage, which must predict the collisions this conversion creates.
    /// </summary>
    public static string ToPascalCase(string wireName) => SchemaNames.ToPascalCase(wireName);

    /// <summary>camelCase, for parameter names.</summary>
    public static string ToCamelCase(string wireName)
    {
        var pascal = ToPascalCase(wireName);
        return pascal.Length == 0 ? pascal : char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);
    }

    /// <summary>
    /// Makes a converted name a usable identifier: a leading digit gets an underscore, a keyword gets '@'
    /// (only possible for camelCase names; PascalCase names are never keywords).
    /// </summary>
    public static string ToIdentifier(string name)
    {
        if (name.Length == 0)
        {
            return "_";
        }

        if (char.IsDigit(name[0]))
        {
            name = "_" + name;
        }

        return SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None
            ? "@" + name
            : name;
    }
}
