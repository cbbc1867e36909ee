using System.Linq;

namespace GraphGen.Analyzers.Tests.Infrastructure;

/// <summary>Wraps the statements of a test in a method that has the generated client in scope.</summary>
public static class Code
{
    /// <summary>A class with <c>async Task Run(MarketGraph graph)</c> whose body is <paramref name="body"/>, and helpers.</summary>
    public static string InMethod(string body) => Prelude + Indent(body) + Epilogue;

    // Indented like a method body, so that what a code fix formats compares equal to the expected text.
    private static string Indent(string body) =>
        string.Join("\n", body.Replace("\r\n", "\n").Split('\n').Select(line => line.Length == 0 || line.StartsWith('#') ? line : "        " + line));

    public const string Prelude = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;
        using GraphGen.Runtime;
        using Market.Api;

        class C
        {
            private Shop? _last;

            static void Print(object? value) => Console.WriteLine(value);

            static void Fill(Shop shop) => shop.Email = "set elsewhere";

            async Task Run(MarketGraph graph, ShopFields parameterFields, bool flag)
            {

        """;

    public const string Epilogue = """

            }
        }
        """;
}
