using System.IO;
using System.Linq;
using System.Text;
using GraphGen.Tool.Yaml;

namespace GraphGen.Tool.Tests.Infrastructure;

/// <summary>Edits an imported schema file the way a person would, through the tool's own YAML reader and writer.</summary>
public static class SchemaFileEditor
{
    /// <summary>The file of <paramref name="folder"/> declaring <paramref name="section"/>/<paramref name="type"/>.</summary>
    public static string FileDeclaring(string folder, string section, string type)
        => Directory.GetFiles(folder, "*.graph.yaml").Single(f => (YamlFileReader.Read(File.ReadAllText(f))[section] as YamlMap)?.Has(type) == true);

    public static void Edit(string folder, string section, string type, System.Action<YamlMap> edit)
    {
        var path = FileDeclaring(folder, section, type);
        var root = YamlFileReader.Read(File.ReadAllText(path));
        edit((YamlMap)((YamlMap)root[section]!)[type]!);
        var text = new StringBuilder();
        YamlEmitter.WriteMapBody(text, root, 0);
        File.WriteAllText(path, text.ToString());
    }

    /// <summary>The body of a type as the files in <paramref name="folder"/> have it now.</summary>
    public static YamlMap Read(string folder, string section, string type)
        => (YamlMap)((YamlMap)YamlFileReader.Read(File.ReadAllText(FileDeclaring(folder, section, type)))[section]!)[type]!;

    public static YamlMap At(this YamlMap map, params string[] keys)
    {
        var current = map;
        foreach (var key in keys)
        {
            current = (YamlMap)current[key]!;
        }

        return current;
    }
}
