using System;
using System.Text.Json;

namespace GraphGen.Runtime;

/// <summary>The <c>error</c> object of a Graph error response.</summary>
internal sealed class GraphErrorBody
{
    public int Code { get; private init; }
    public int? Subcode { get; private init; }
    public string? Message { get; private init; }
    public string? Type { get; private init; }
    public string? UserTitle { get; private init; }
    public string? UserMessage { get; private init; }
    public string? FbTraceId { get; private init; }
    public bool IsTransient { get; private init; }

    /// <summary>Parses <c>{"error": {...}}</c>; <c>null</c> when the body is not a Graph error (no JSON, no code).</summary>
    public static GraphErrorBody? TryParse(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new GraphJsonReader(body);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                bool isError = reader.ValueTextEquals("error"u8);
                reader.Read();
                if (isError && reader.TokenType == JsonTokenType.StartObject) return ReadError(ref reader);
                reader.Skip();
            }

            return null;
        }
        catch (JsonException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>
    /// The error a 2xx body carries, if any: Graph sometimes answers HTTP 200 with <c>{"error": {...}}</c>, which must
    /// not read as an empty success. A body without the bytes <c>"error"</c> (nearly all) is not parsed twice.
    /// </summary>
    public static GraphErrorBody? FindInSuccessBody(ReadOnlySpan<byte> body) =>
        body.IndexOf("\"error\""u8) < 0 ? null : TryParse(body);

    /// <summary>Reads the <c>error</c> object itself (also used for batch item bodies).</summary>
    public static GraphErrorBody? ReadError(ref GraphJsonReader reader)
    {
        int? code = null;
        int? subcode = null;
        string? message = null, type = null, userTitle = null, userMessage = null, traceId = null;
        bool transient = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            string name = GraphJson.Text(ref reader)!;
            reader.Read();
            switch (name)
            {
                case "code": code = GraphJson.ReadInt32(ref reader); break;
                case "error_subcode": subcode = GraphJson.ReadInt32(ref reader); break;
                case "message": message = GraphJson.ReadString(ref reader); break;
                case "type": type = GraphJson.ReadString(ref reader); break;
                case "error_user_title": userTitle = GraphJson.ReadString(ref reader); break;
                case "error_user_msg": userMessage = GraphJson.ReadString(ref reader); break;
                case "fbtrace_id": traceId = GraphJson.ReadString(ref reader); break;
                case "is_transient": transient = GraphJson.ReadBool(ref reader) ?? false; break;
                default: reader.Skip(); break;
            }
        }

        if (code is null) return null;
        return new GraphErrorBody
        {
            Code = code.Value, Subcode = subcode, Message = message, Type = type, UserTitle = userTitle,
            UserMessage = userMessage, FbTraceId = traceId, IsTransient = transient,
        };
    }
}
