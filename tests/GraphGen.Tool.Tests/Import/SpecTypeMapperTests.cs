using GraphGen.Tool.Import;

namespace GraphGen.Tool.Tests.Import;

public sealed class SpecTypeMapperTests
{
    private static readonly SpecTypeMapper Mapper = new(name => name is "AdAccount" or "AdAccount_status");

    [Theory]
    [InlineData("string", "string")]
    [InlineData("unsigned int", "int64")]
    [InlineData("int", "int64")]
    [InlineData("float", "float")]
    [InlineData("datetime", "datetime")]
    [InlineData("Object", "json")]
    [InlineData("list", "json")]
    [InlineData("map", "json")]
    [InlineData("list<AdAccount>", "list<AdAccount>")]
    [InlineData("list<map<string, list<AdAccount_status>>>", "list<map<string,list<AdAccount_status>>>")]
    [InlineData("file", "file")]
    [InlineData("map<unsigned int, list<float>>", "map<int64,list<float>>")]
    [InlineData("list<map<datetime, string>>", "list<map<datetime,string>>")]
    [InlineData("list<map<Object, Object>>", "list<map<string,json>>")]
    public void Spec_types_map_to_schema_types(string spec, string expected)
    {
        var mapped = Mapper.Map(spec);

        Assert.Equal(expected, mapped.Expression);
        Assert.Null(mapped.Gap);
        Assert.False(mapped.IsApproximated);
    }

    [Theory]
    [InlineData("list<file>", ImportGap.FileParameter)]
    [InlineData("map<string, file>", ImportGap.FileParameter)]
    public void What_the_format_cannot_say_is_a_gap(string spec, ImportGap gap)
    {
        Assert.Equal(gap, Mapper.Map(spec).Gap);
    }

    [Fact]
    public void A_type_without_a_spec_file_is_json_and_remembers_its_name()
    {
        var mapped = Mapper.Map("list<IGMedia>");

        Assert.Equal("list<json>", mapped.Expression);
        Assert.Equal("IGMedia", mapped.UnknownTypeName);
    }
}
