using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;

namespace GraphGen.Generator.Tests.Schema;

/// <summary>
/// schema/graph-schema.json (what editors validate and complete) and the loader (what the generator accepts) describe
/// the same keys: a key added to one and forgotten in the other fails here.
/// </summary>
public sealed class JsonSchemaTests
{
    private static readonly JsonElement Root = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Inputs", "graph-schema.json"))).RootElement;

    [Theory]
    [InlineData("HeaderKeys", null)]
    [InlineData("NodeKeys", "node")]
    [InlineData("StructKeys", "struct")]
    [InlineData("FieldKeys", "field")]
    [InlineData("EdgeKeys", "edge")]
    [InlineData("OperationKeys", "operation")]
    [InlineData("EnumKeys", "enum")]
    [InlineData("EnumValueKeys", "enumValue")]
    [InlineData("ErrorKeys", "error")]
    public void Json_schema_and_loader_accept_the_same_keys(string readerKeys, string? definition)
    {
        var reader = typeof(GraphGen.Generator.Schema.SchemaLoader).Assembly.GetType("GraphGen.Generator.Schema.SchemaDocumentReader", throwOnError: true)!;
        var loaderKeys = (string[])reader.GetField(readerKeys, BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
        var node = definition is null ? Root : Root.GetProperty("$defs").GetProperty(definition);
        var schemaKeys = node.GetProperty("properties").EnumerateObject().Select(p => p.Name).Where(k => k != "$schema");

        Assert.Equal(loaderKeys.OrderBy(k => k, StringComparer.Ordinal), schemaKeys.OrderBy(k => k, StringComparer.Ordinal));
    }
}
