using System;
using System.Buffers;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;

namespace GraphGen.Runtime;

/// <summary>Writes the <c>batch</c> parameter and reads the batch response array.</summary>
internal static class BatchCodec
{
    /// <summary>Graph's limit of requests per batch.</summary>
    public const int MaxItemsPerBatch = 50;

    /// <summary>The JSON array sent as the <c>batch</c> form field.</summary>
    public static string Encode(IReadOnlyList<GraphBatchItem> items, int start, int count)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            for (int i = start; i < start + count; i++)
            {
                GraphBatchItem item = items[i];
                GraphRequest request = item.Request;
                GraphBatchItem.RefuseFiles(request);
                string path = request.CallOptions?.ApiVersion is { } version ? version + "/" + request.Path : request.Path;
                string encoded = EncodePairs(request.Parameters);
                bool isGet = request.Method == HttpMethod.Get;
                writer.WriteStartObject();
                writer.WriteString("method", request.Method.Method);
                writer.WriteString("relative_url", isGet && encoded.Length > 0 ? path + "?" + encoded : path);
                if (!isGet && encoded.Length > 0) writer.WriteString("body", encoded);
                if (item.Name is not null) writer.WriteString("name", item.Name);
                if (item.DependsOn is not null) writer.WriteString("depends_on", item.DependsOn);
                if (item.OmitResponseOnSuccess is { } omit) writer.WriteBoolean("omit_response_on_success", omit);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Reads the response: an array with one entry per item, each <c>null</c> or <c>{code, headers, body}</c>.</summary>
    public static void Decode(ReadOnlySpan<byte> json, IReadOnlyList<GraphBatchItem> items, int start, int count,
        string batchUrl, SecretRedactor redactor, IGraphErrorClassifier? optionsClassifier, List<GraphBatchResult> results)
    {
        var reader = new GraphJsonReader(json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray) throw new JsonException("The batch response is not an array.");
        int index = start;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (index >= start + count) throw new JsonException($"The batch response has more than the {count} entries sent.");
            results.Add(ReadEntry(ref reader, index, items[index], batchUrl, redactor, optionsClassifier));
            index++;
        }

        if (index != start + count) throw new JsonException($"The batch response has {index - start} entries for {count} requests.");
    }

    private static GraphBatchResult ReadEntry(ref GraphJsonReader reader, int index, GraphBatchItem item, string batchUrl,
        SecretRedactor redactor, IGraphErrorClassifier? optionsClassifier)
    {
        string url = $"{batchUrl} item {index} ({item.Request.Method} {redactor.RedactText(item.Request.Path)})";
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (reader.TokenType == JsonTokenType.Null) return new GraphBatchResult(index, item, null, headers, null, null, null, url, redactor);
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException($"Batch entry {index} is a {reader.TokenType}.");

        int? code = null;
        string? body = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            string name = GraphJson.Text(ref reader)!;
            reader.Read();
            switch (name)
            {
                case "code": code = GraphJson.ReadInt32(ref reader); break;
                case "body": body = reader.TokenType == JsonTokenType.String ? GraphJson.Text(ref reader) : GraphJson.ReadJson(ref reader)?.GetRawText(); break;
                case "headers": ReadHeaders(ref reader, headers); break;
                default: reader.Skip(); break;
            }
        }

        if (code is null) throw new JsonException($"Batch entry {index} has no code.");
        var status = (HttpStatusCode)code.Value;
        GraphUsage? usage = GraphUsage.Parse(h => headers.TryGetValue(h, out string? v) ? v : null);
        GraphException? error = null;
        bool success = code.Value is >= 200 and <= 299;
        // A 2xx item can still carry a Graph error body, exactly like a whole response can: it is that error.
        if (success && body is not null && body.Contains("\"error\"", StringComparison.Ordinal)
            && GraphErrorBody.FindInSuccessBody(Encoding.UTF8.GetBytes(body)) is { } bodyError)
        {
            error = ErrorFactory.Api(redactor, status, url, bodyError, ErrorFactory.Classify(bodyError, item.Request.ErrorClassifier, optionsClassifier), usage);
        }
        else if (!success)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(body ?? string.Empty);
            GraphErrorBody? errorBody = GraphErrorBody.TryParse(bytes);
            error = errorBody is null
                ? new GraphProtocolException($"{url} returned HTTP {code} with a body that is not a Graph error: {ResponseBody.MakePreview(bytes, redactor)}",
                    status, url, null, ResponseBody.MakePreview(bytes, redactor), null)
                : ErrorFactory.Api(redactor, status, url, errorBody,
                    ErrorFactory.Classify(errorBody, item.Request.ErrorClassifier, optionsClassifier), usage);
        }

        return new GraphBatchResult(index, item, status, headers, body, error, usage, url, redactor);
    }

    private static void ReadHeaders(ref GraphJsonReader reader, Dictionary<string, string> headers)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return;
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            string? name = null, value = null;
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                continue;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                bool isName = reader.ValueTextEquals("name"u8);
                bool isValue = reader.ValueTextEquals("value"u8);
                reader.Read();
                // Headers are advisory (usage, ETag): one that is not text is dropped, not a reason to lose the batch.
                if (isName) name = HeaderText(ref reader);
                else if (isValue) value = HeaderText(ref reader);
                else reader.Skip();
            }

            if (name is not null && value is not null) headers[name] = value;
        }
    }

    private static string? HeaderText(ref GraphJsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            reader.Skip();
            return null;
        }

        try
        {
            return GraphJson.Text(ref reader);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // Form encoding, except that {result=name:$.path} references stay literal: Graph substitutes them in the raw text.
    private static string EncodePairs(IReadOnlyList<KeyValuePair<string, string>> pairs)
    {
        var sb = new StringBuilder();
        foreach (KeyValuePair<string, string> pair in pairs)
        {
            if (sb.Length > 0) sb.Append('&');
            sb.Append(Uri.EscapeDataString(pair.Key)).Append('=');
            AppendValue(sb, pair.Value);
        }

        return sb.ToString();
    }

    private static void AppendValue(StringBuilder sb, string value)
    {
        int pos = 0;
        while (pos < value.Length)
        {
            int refStart = value.IndexOf("{result=", pos, StringComparison.Ordinal);
            int refEnd = refStart < 0 ? -1 : value.IndexOf('}', refStart);
            if (refStart < 0 || refEnd < 0)
            {
                sb.Append(Uri.EscapeDataString(value[pos..]));
                return;
            }

            sb.Append(Uri.EscapeDataString(value[pos..refStart])).Append(value, refStart, refEnd - refStart + 1);
            pos = refEnd + 1;
        }
    }
}
