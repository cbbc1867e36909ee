using System;
using System.Buffers;
using System.Text;
using System.Text.Json;

namespace GraphGen.Runtime.Tests;

/// <summary>
/// <see cref="GraphJson.ReadValue{T}(ref Utf8JsonReader, JsonValueReader{T})"/>: Graph JSON read with a
/// <see cref="GraphJsonReader"/> reader from inside a <see cref="Utf8JsonReader"/>, which is left on the value's last token.
/// </summary>
public sealed class GraphJsonReadValueTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ReadValue_reads_graph_json_inside_a_utf8_json_reader_and_leaves_it_on_the_values_last_token(bool segmented)
    {
        byte[] json = """
            {"before":[1,{"x":"}"}],"user":{"id":"42","name":"Zo\u00eb \"Z\"","tags":["a","b"],"unknown":{"deep":[1,{"x":[]}]},"age":31},"after":true}
            """u8.ToArray();
        var reader = segmented ? new Utf8JsonReader(Segments(json, 7)) : new Utf8JsonReader(json);
        Assert.True(reader.Read());
        Assert.True(reader.Read()); // "before"
        reader.Skip();
        Assert.True(reader.Read()); // "user"
        Assert.Equal("user", reader.GetString());
        Assert.True(reader.Read());
        Assert.Equal(JsonTokenType.StartObject, reader.TokenType);

        Person person = GraphJson.ReadValue(ref reader, Person.Read);

        Assert.Equal(new Person("42", "Zo\u00eb \"Z\"", "a,b", 31), person);
        Assert.Equal(JsonTokenType.EndObject, reader.TokenType);
        Assert.Equal(1, reader.CurrentDepth);
        Assert.Equal(IndexOfUserEnd(json), reader.TokenStartIndex);
        Assert.True(reader.Read());
        Assert.Equal("after", reader.GetString());
        Assert.True(reader.Read());
        Assert.Equal(JsonTokenType.True, reader.TokenType);
        Assert.True(reader.Read());
        Assert.False(reader.Read());
    }

    [Theory]
    [InlineData("[\"caf\\u00e9\",2]", "caf\u00e9", JsonTokenType.String)]
    [InlineData("[null,2]", null, JsonTokenType.Null)]
    [InlineData("[1234,2]", "1234", JsonTokenType.Number)]
    [InlineData("[[\"a\",[\"b\"]],2]", "a|b", JsonTokenType.EndArray)]
    public void ReadValue_of_a_primitive_or_array_leaves_the_utf8_json_reader_on_that_value(string json, string? expected, JsonTokenType last)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        reader.Read();

        string? value = GraphJson.ReadValue(ref reader, (ref GraphJsonReader r) => r.TokenType == JsonTokenType.StartArray
            ? string.Join("|", GraphJson.ReadList(ref r, (ref GraphJsonReader item) => item.TokenType == JsonTokenType.StartArray
                ? string.Join("|", GraphJson.ReadList(ref item, GraphJson.ReadString)!)
                : GraphJson.ReadString(ref item))!)
            : GraphJson.ReadString(ref r));

        Assert.Equal(expected, value);
        Assert.Equal(last, reader.TokenType);
        Assert.True(reader.Read());
        Assert.Equal(JsonTokenType.Number, reader.TokenType);
        Assert.Equal(2, reader.GetInt32());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ReadValue_with_text_that_does_not_decode_is_a_json_error(bool commentsAllowed)
    {
        var reader = new Utf8JsonReader("[{\"id\":\"\\ud800\"}]"u8, new JsonReaderOptions { CommentHandling = commentsAllowed ? JsonCommentHandling.Skip : JsonCommentHandling.Disallow });
        reader.Read();
        reader.Read();
        try
        {
            GraphJson.ReadValue(ref reader, Person.Read);
            Assert.Fail("A lone surrogate was read as text.");
        }
        catch (JsonException)
        {
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ReadValue_with_invalid_utf8_in_the_value_is_a_json_error(bool commentsAllowed)
    {
        // Found by these tests: the value's raw text went through a string, and bytes that do not decode threw
        // InvalidOperationException out of GetRawText.
        byte[] json = { (byte)'[', (byte)'{', (byte)'"', (byte)'n', (byte)'a', (byte)'m', (byte)'e', (byte)'"', (byte)':', (byte)'"', 0xFF, (byte)'"', (byte)'}', (byte)']' };
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = commentsAllowed ? JsonCommentHandling.Skip : JsonCommentHandling.Disallow });
        reader.Read();
        reader.Read();
        try
        {
            GraphJson.ReadValue(ref reader, Person.Read);
            Assert.Fail("Invalid UTF-8 was read.");
        }
        catch (JsonException)
        {
        }
    }

    [Fact]
    public void ReadValue_reads_past_comments_and_trailing_commas_the_outer_reader_allows()
    {
        // Found by these tests: the raw text kept them, and GraphJsonReader (JSON only) rejected the value.
        byte[] json = """
            {"user": /* who */ {"id": "42", // the id
              "name": "Zo\u00eb", "tags": ["a", "b",], "age": 31,},
             "after": true,}
            """u8.ToArray();
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        reader.Read();
        reader.Read();
        reader.Read();

        Person person = GraphJson.ReadValue(ref reader, Person.Read);

        Assert.Equal(new Person("42", "Zo\u00eb", "a,b", 31), person);
        Assert.Equal(JsonTokenType.EndObject, reader.TokenType);
        Assert.True(reader.Read());
        Assert.Equal("after", reader.GetString());
    }

    private static long IndexOfUserEnd(byte[] json)
    {
        var reader = new Utf8JsonReader(json);
        while (reader.Read() && !(reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("user"u8)))
        {
        }

        reader.Read();
        reader.Skip();
        return reader.TokenStartIndex;
    }

    private static ReadOnlySequence<byte> Segments(byte[] json, int size)
    {
        var first = new Segment(json.AsMemory(0, Math.Min(size, json.Length)), 0);
        Segment last = first;
        for (int start = size; start < json.Length; start += size)
        {
            last = last.Append(json.AsMemory(start, Math.Min(size, json.Length - start)));
        }

        return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
    }

    // A model-like value as a generated ReadJson reads one: properties by name, lists, unknown properties skipped.
    private sealed record Person(string? Id, string? Name, string? Tags, int? Age)
    {
        public static Person Read(ref GraphJsonReader reader)
        {
            GraphModelJson.ExpectObject(ref reader, nameof(Person));
            string? id = null, name = null, tags = null;
            int? age = null;
            while (GraphModelJson.ReadProperty(ref reader, out ReadOnlySpan<byte> property))
            {
                if (property.SequenceEqual("id"u8)) id = GraphJson.ReadString(ref reader);
                else if (property.SequenceEqual("name"u8)) name = GraphJson.ReadString(ref reader);
                else if (property.SequenceEqual("tags"u8)) tags = string.Join(",", GraphJson.ReadList(ref reader, GraphJson.ReadString)!);
                else if (property.SequenceEqual("age"u8)) age = GraphJson.ReadInt32(ref reader);
                else GraphJson.Skip(ref reader);
            }

            return new Person(id, name, tags, age);
        }
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}
