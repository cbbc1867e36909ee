using System.Text.Json;

namespace GraphGen.Runtime;

/// <summary>The <c>{"success": true}</c> body Graph returns for many POST and DELETE calls.</summary>
public sealed class GraphSuccess
{
    /// <summary>Whether Graph reported success.</summary>
    public bool Success { get; init; }

    /// <summary>Reads <c>{"success": ...}</c>; a bare <c>true</c>/<c>false</c> (older endpoints) is accepted too.</summary>
    /// <param name="reader">The reader, on the value's first token.</param>
    /// <returns>The result.</returns>
    public static GraphSuccess Read(ref GraphJsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return new GraphSuccess { Success = GraphJson.ReadBool(ref reader) ?? false };
        }

        bool success = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            bool isSuccess = reader.ValueTextEquals("success"u8);
            reader.Read();
            if (isSuccess)
            {
                success = GraphJson.ReadBool(ref reader) ?? false;
            }
            else
            {
                reader.Skip();
            }
        }

        return new GraphSuccess { Success = success };
    }
}
