using System.IO;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GraphGen.Tool.Yaml;

/// <summary>
/// Reads an existing schema file into a <see cref="YamlElement"/> tree that keeps every key in order, and counts
/// its comments (a re-import cannot carry comments, so it says how many it dropped).
/// </summary>
public static class YamlFileReader
{
    /// <summary>The root map of the file (empty for an empty file); throws <see cref="YamlException"/> on bad YAML.</summary>
    public static YamlMap Read(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return new YamlMap();
        }

        return (YamlMap)Convert(root);
    }

    /// <summary>How many comments the text holds, except those <paramref name="ignore"/> accepts.</summary>
    public static int CountComments(string text, System.Func<string, bool> ignore)
    {
        var count = 0;
        var scanner = new Scanner(new StringReader(text), skipComments: false);
        try
        {
            while (scanner.MoveNext())
            {
                if (scanner.Current is YamlDotNet.Core.Tokens.Comment comment && !ignore(comment.Value))
                {
                    count++;
                }
            }
        }
        catch (YamlException)
        {
            // Read() reports the syntax error; the count is only for the report.
        }

        return count;
    }

    private static YamlElement Convert(YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                var map = new YamlMap();
                foreach (var entry in mapping.Children)
                {
                    map.Set(((YamlScalarNode)entry.Key).Value ?? string.Empty, Convert(entry.Value));
                }

                return map;
            case YamlSequenceNode sequence:
                var list = new YamlList();
                foreach (var item in sequence.Children)
                {
                    list.Items.Add(Convert(item));
                }

                return list;
            case YamlScalarNode scalar:
                return new YamlText(scalar.Value ?? string.Empty, isLiteral: scalar.Style == ScalarStyle.Plain);
            default:
                return new YamlText(string.Empty);
        }
    }
}
