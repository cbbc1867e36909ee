using System;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using GraphGen.Runtime.Metadata;

namespace GraphGen.Testing;

/// <summary>
/// Fills the fields of a seeded object that the seed did not set, with values of the right shape for each schema
/// type: ids, URLs for link-like names, counts, Graph-formatted times, nested structs. Deprecated and no-data fields
/// stay absent, as Graph omits them; enum-typed fields are left to the seed, which knows their values.
/// </summary>
internal sealed class FakeValueFactory
{
    private const int MaxDepth = 2;
    private static readonly DateTimeOffset Epoch = new(2024, 3, 14, 9, 26, 53, TimeSpan.Zero);
    private readonly GraphSchemaInfo _schema;
    private readonly Func<string> _newId;

    public FakeValueFactory(GraphSchemaInfo schema, Func<string> newId)
    {
        _schema = schema;
        _newId = newId;
    }

    /// <summary>Sets every missing live field of <paramref name="target"/>.</summary>
    public JsonObject Fill(GraphTypeInfo type, JsonObject target, int seed = 0, int depth = 0)
    {
        foreach (GraphFieldInfo field in type.Fields)
        {
            if (field.IsDeprecated || target.ContainsKey(field.Name)) continue;
            if (Value(field.Name, field.Type, seed, depth) is { } value) target[field.Name] = value;
        }

        return target;
    }

    private JsonNode? Value(string name, string type, int seed, int depth)
    {
        if (type.StartsWith("list<", StringComparison.Ordinal))
        {
            JsonNode? item = Value(name, type[5..^1], seed, depth);
            return item is null ? null : new JsonArray(item);
        }

        if (type.StartsWith("map<", StringComparison.Ordinal)) return new JsonObject();
        switch (type)
        {
            case "id": return _newId();
            case "string": return Text(name, seed);
            case "bool": return name.StartsWith("can_", StringComparison.Ordinal) || name is "installed" or "published" or "is_published" or "embeddable";
            case "int32" or "int64": return Count(name, seed);
            case "float": return Math.Round(1.5 + seed % 7 * 0.25, 2);
            case "datetime": return Epoch.AddDays(-seed).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'+0000'", CultureInfo.InvariantCulture);
            case "timestamp": return Epoch.AddDays(30 + seed).ToUnixTimeSeconds();
            case "json": return name == "from" ? new JsonObject { ["id"] = FakeGraphSeed.UserId, ["name"] = "Ada Lovelace" } : new JsonObject();
        }

        GraphTypeInfo? objectType = _schema.FindType(type);
        if (objectType is null || depth >= MaxDepth) return null; // an enum (values unknown here), or deep enough
        if (objectType.IsNode)
        {
            // A node referenced by a field: Graph returns its id and name unless sub-fields are asked for.
            var reference = new JsonObject();
            if (objectType.FindField("id") is not null) reference["id"] = _newId();
            if (objectType.FindField("name") is not null) reference["name"] = Text("name", seed);
            return reference;
        }

        return Fill(objectType, new JsonObject(), seed, depth + 1);
    }

    private static long Count(string name, int seed) => name switch
    {
        _ when name.EndsWith("_time", StringComparison.Ordinal) || name.StartsWith("time_", StringComparison.Ordinal) => Epoch.AddDays(-seed).ToUnixTimeSeconds(),
        "width" => 1080,
        "height" => 720,
        "length" => 14_460,
        "size" => 274_877_906_944,
        _ => 3 + seed % 40,
    };

    private static string Text(string name, int seed)
    {
        if (name.Contains("link", StringComparison.Ordinal) || name.Contains("url", StringComparison.Ordinal) || name is "source" or "picture" or "icon" or "website")
        {
            return $"https://www.facebook.com/fake/{name}/{seed}";
        }

        return name switch
        {
            "email" => "ada.lovelace@example.com",
            "phone" => "+44 20 7946 0958",
            "currency" => "USD",
            "name" or "title" => $"Item {seed + 1}",
            _ => string.Join(' ', name.Split('_').Select((w, i) => i == 0 && w.Length > 0 ? char.ToUpperInvariant(w[0]) + w[1..] : w)) + $" {seed + 1}",
        };
    }
}
