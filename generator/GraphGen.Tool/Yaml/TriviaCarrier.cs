using System.Collections.Generic;

namespace GraphGen.Tool.Yaml;

/// <summary>
/// Copies the comments of an existing tree onto the merged tree that replaces it, element by element: map entries
/// by key, list items by their text (or, for map items, their <c>value</c>). An element the merge dropped takes its
/// comments with it; one the merge added has none.
/// </summary>
public static class TriviaCarrier
{
    public static void Carry(YamlElement? from, YamlElement? to)
    {
        switch (from, to)
        {
            case (YamlMap source, YamlMap target) when !ReferenceEquals(source, target):
                foreach (var key in source.Keys)
                {
                    if (!target.Has(key))
                    {
                        continue;
                    }

                    if (target.TriviaOf(key) is null)
                    {
                        target.SetTrivia(key, source.TriviaOf(key));
                    }

                    Carry(source[key], target[key]);
                }

                break;
            case (YamlList source, YamlList target) when !ReferenceEquals(source, target):
                var byIdentity = new Dictionary<string, YamlElement>(System.StringComparer.Ordinal);
                foreach (var item in target.Items)
                {
                    if (IdentityOf(item) is { } identity)
                    {
                        byIdentity.TryAdd(identity, item);
                    }
                }

                foreach (var item in source.Items)
                {
                    if (IdentityOf(item) is not { } identity || !byIdentity.TryGetValue(identity, out var match))
                    {
                        continue;
                    }

                    if (source.TriviaOf(item) is { } trivia && target.TriviaOf(match) is null)
                    {
                        target.ItemTrivia[match] = trivia;
                    }

                    Carry(item, match);
                }

                break;
        }
    }

    /// <summary>What a list item is known by across versions: an enum value's wire text.</summary>
    private static string? IdentityOf(YamlElement item) => item switch
    {
        YamlText text => text.Text,
        YamlMap map => map.TextOf("value") ?? map.TextOf("name"),
        _ => null,
    };
}
