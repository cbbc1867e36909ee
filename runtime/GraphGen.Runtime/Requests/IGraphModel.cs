using System.Text.Json;

namespace GraphGen.Runtime;

/// <summary>
/// A generated model that reads and writes itself as Graph JSON. The runtime's builders and batches read results
/// through it, so generated code does not pass readers around.
/// </summary>
/// <typeparam name="TSelf">The model type.</typeparam>
public interface IGraphModel<TSelf>
    where TSelf : IGraphModel<TSelf>
{
    /// <summary>Reads the model from the JSON object the reader is on; unknown fields are skipped.</summary>
    /// <param name="reader">A reader positioned on the object's <c>{</c>; left on its <c>}</c>.</param>
    /// <returns>The model.</returns>
    static abstract TSelf ReadJson(ref GraphJsonReader reader);

    /// <summary>Writes the fields that are present as a JSON object.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The model.</param>
    static abstract void WriteJson(Utf8JsonWriter writer, TSelf value);
}
