using System.IO;

namespace GraphGen.Tool.Tests.Infrastructure;

/// <summary>A hand-made spec folder with one example of each thing the importer writes or leaves out.</summary>
public static class SmallSpec
{
    public static void WriteTo(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "version.txt"), "v99.0\n");
        File.WriteAllText(Path.Combine(folder, "Box.json"), """
            {
              "fields": [
                {"name": "id", "type": "string"},
                {"name": "count", "type": "unsigned int"},
                {"name": "tags", "type": "list<string>"},
                {"name": "extra", "type": "Object"},
                {"name": "owner", "type": "Person"},
                {"name": "by_day", "type": "map<datetime, int>"},
                {"name": "style", "type": "Box_style"},
                {"name": "labels", "type": "map<string, Label>"},
                {"name": "count", "type": "int"}
              ],
              "apis": [
                {"method": "GET", "name": "#get", "return": "Box", "params": []},
                {"method": "POST", "name": "#update", "return": "Box", "params": [{"name": "style", "required": true, "type": "Box_style"}]},
                {"method": "DELETE", "name": "#delete", "return": "Object", "params": []},
                {"method": "GET", "endpoint": "labels", "return": "Label", "params": [{"name": "limit", "required": false, "type": "int"}]},
                {"method": "POST", "endpoint": "labels", "return": "Label", "params": [{"name": "image", "required": false, "type": "file"}, {"name": "album", "required": false, "type": "list<file>"}, {"name": "text", "required": true, "type": "string"}]},
                {"method": "DELETE", "endpoint": "labels", "return": "Object", "params": []},
                {"method": "GET", "endpoint": "photos", "return": "Photo", "params": []},
                {"method": "POST", "endpoint": "uploads", "return": "Label", "params": []}
              ]
            }
            """);
        File.WriteAllText(Path.Combine(folder, "Label.json"), """
            {"fields": [{"name": "text", "type": "string"}], "apis": [{"method": "GET", "endpoint": "history", "return": "Label", "params": []}]}
            """);
        File.WriteAllText(Path.Combine(folder, "Crate.json"), """
            {"fields": [{"name": "id", "type": "string"}], "apis": [{"method": "GET", "name": "#get", "return": "Crate", "params": []}]}
            """);
        File.WriteAllText(Path.Combine(folder, "enum_types.json"), """
            [
              {"name": "Box_style", "node": "Box", "field_or_param": "style", "values": ["oak", "PINE", "", "pine"]},
              {"name": "box_style", "node": "Box", "field_or_param": "style", "values": ["oak"]}
            ]
            """);
    }
}
