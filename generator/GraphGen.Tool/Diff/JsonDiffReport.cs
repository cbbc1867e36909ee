using System.IO;
using System.Text;
using System.Text.Json;

namespace GraphGen.Tool.Diff;

/// <summary>The diff as JSON for CI: <c>{oldApiVersion, newApiVersion, breaking, changes: [{kind, breaking, path, detail}]}</c>.</summary>
public static class JsonDiffReport
{
    public static string Write(SchemaDiff diff)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("oldApiVersion", diff.OldApiVersion);
            json.WriteString("newApiVersion", diff.NewApiVersion);
            json.WriteBoolean("hasBreakingChanges", diff.HasBreakingChanges);
            json.WriteStartArray("changes");
            foreach (var change in diff.Changes)
            {
                json.WriteStartObject();
                json.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(change.Kind.ToString()));
                json.WriteBoolean("breaking", change.IsBreaking);
                json.WriteString("path", change.Path);
                json.WriteString("detail", change.Detail);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
