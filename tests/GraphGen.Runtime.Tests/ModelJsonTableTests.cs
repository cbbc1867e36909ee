using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace GraphGen.Runtime.Tests;

/// <summary>The runtime tables generated readers dispatch through: property names, enum wire values, shared strings.</summary>
public sealed class ModelJsonTableTests
{
    private enum Colour
    {
        Unrecognized = 0,
        Red = 1,
        DarkBlue = 2,
    }

    [Fact]
    public void Names_table_finds_every_name_by_its_utf8_bytes_and_nothing_else()
    {
        string[] names = { "id", "name", "local_news_megaphone_dismiss_status", "local_news_subscription_status", "caf\u00e9", "a" };
        var table = new GraphJsonNames(names);

        for (int i = 0; i < names.Length; i++) Assert.Equal(i, table.IndexOf(Encoding.UTF8.GetBytes(names[i])));
        Assert.Equal(-1, table.IndexOf("ids"u8));
        Assert.Equal(-1, table.IndexOf("local_news_megaphone_dismiss_statuS"u8));
        Assert.Equal(-1, table.IndexOf(ReadOnlySpan<byte>.Empty));
        Assert.Throws<ArgumentException>(() => new GraphJsonNames("id", "id"));
    }

    [Fact]
    public void Names_table_tells_apart_names_that_share_their_first_and_last_eight_bytes_or_differ_in_one_byte()
    {
        // Lengths 1 to 40 around the table's word boundaries (4, 8, 16 bytes): each name, and each with one byte
        // changed at every position, the same length, so the lookup cannot succeed on the length or the words alone.
        var names = new List<string>();
        for (int length = 1; length <= 40; length++) names.Add(new string('a', length));
        names.Add("abcdefgh_MIDDLE_1_abcdefgh");
        names.Add("abcdefgh_MIDDLE_2_abcdefgh");
        names.Add(string.Empty);
        var table = new GraphJsonNames(names.ToArray());

        for (int i = 0; i < names.Count; i++)
        {
            byte[] utf8 = Encoding.UTF8.GetBytes(names[i]);
            Assert.Equal(i, table.IndexOf(utf8));
            for (int at = 0; at < utf8.Length; at++)
            {
                byte[] changed = (byte[])utf8.Clone();
                changed[at] ^= 1;
                Assert.Equal(-1, table.IndexOf(changed));
            }
        }

        Assert.Equal(-1, table.IndexOf("abcdefgh_MIDDLE_3_abcdefgh"u8));
    }

    [Fact]
    public void Read_property_gives_the_index_of_escaped_and_unknown_names()
    {
        var table = new GraphJsonNames("id", "name");
        var reader = new GraphJsonReader("{\"n\\u0061me\":1,\"other\":{\"id\":2},\"id\":3}"u8);
        reader.Read();
        var seen = new List<int>();
        while (GraphModelJson.ReadProperty(ref reader, table, out int index))
        {
            seen.Add(index);
            reader.Skip();
        }

        Assert.Equal(new[] { 1, -1, 0 }, seen);
    }

    [Fact]
    public void Enum_table_converts_both_ways_and_keeps_unknown_wire_text()
    {
        var wire = new GraphEnumWire<Colour>("RED", "DARK_BLUE");

        Assert.Equal("DARK_BLUE", wire.ToWireValue(Colour.DarkBlue));
        Assert.True(wire.TryParse("RED", out Colour red));
        Assert.Equal(Colour.Red, red);
        Assert.False(wire.TryParse("red", out Colour none));
        Assert.Equal(Colour.Unrecognized, none);
        Assert.Equal(Colour.DarkBlue, Read(wire, "\"DARK_BLUE\""));
        Assert.Equal(Colour.Red, Read(wire, "\"R\\u0045D\""));
        Assert.Null(Read(wire, "null"));

        Colour unknown = Read(wire, "\"ULTRAVIOLET_NEW\"")!.Value;
        Assert.True((int)unknown < 0);
        Assert.Equal("ULTRAVIOLET_NEW", wire.ToWireValue(unknown));
        Assert.Throws<ArgumentOutOfRangeException>(() => wire.ToWireValue((Colour)99));
        Assert.Equal("[\"RED\"]", GraphJson.Serialize<IReadOnlyList<Colour>>(new[] { Colour.Red }, (w, v) => GraphModelJson.WriteArray(w, v, wire.Writer)));
    }

    [Fact]
    public void Equal_short_strings_of_one_document_are_one_instance_and_documents_do_not_share()
    {
        static IReadOnlyList<string> ReadStrings(ref GraphJsonReader r) => GraphJson.ReadList(ref r, static (ref GraphJsonReader i) => GraphJson.ReadString(ref i) ?? string.Empty)!;
        byte[] json = "[\"friends\",\"friends\",\"caf\\u00e9\",\"caf\\u00e9\",\"Zo\u00eb\"]"u8.ToArray();

        IReadOnlyList<string> first = GraphJson.Deserialize(json, ReadStrings);
        IReadOnlyList<string> second = GraphJson.Deserialize(json, ReadStrings);

        Assert.Equal(new[] { "friends", "friends", "caf\u00e9", "caf\u00e9", "Zo\u00eb" }, first);
        Assert.Same(first[0], first[1]);
        Assert.NotSame(first[0], second[0]);
    }

    private static Colour? Read(GraphEnumWire<Colour> wire, string json)
    {
        var reader = new GraphJsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return wire.Read(ref reader);
    }
}
