using GraphGen.Facebook;

namespace GraphGen.Generated.Tests;

public sealed class FieldSelectionTests
{
    [Fact]
    public void Nested_edge_expansion_renders_exactly_graph_syntax()
    {
        var fields = new UserFields().Id.Name.Albums(a => a.Name.Photos(p => p.Name, limit: 2), limit: 5);
        Assert.Equal("id,name,albums.limit(5){name,photos.limit(2){name}}", fields.ToString());
    }

    [Fact]
    public void Object_fields_expand_with_sub_fields_and_without_limit()
    {
        var fields = new UserFields().Hometown(h => h.Id.Name).AgeRange();
        Assert.Equal("hometown{id,name},age_range", fields.ToString());
    }

    [Fact]
    public void Selections_are_immutable_so_a_shared_base_can_be_extended_twice()
    {
        var common = new UserFields().Id;
        var withName = common.Name;
        var withEmail = common.Email;
        Assert.Equal("id", common.ToString());
        Assert.Equal("id,name", withName.ToString());
        Assert.Equal("id,email", withEmail.ToString());
    }

    [Fact]
    public void Default_selection_is_the_public_profile_set_from_the_schema()
    {
        Assert.Equal("id,first_name,last_name,middle_name,name,name_format,short_name", UserFields.Default.ToString());
    }

    [Fact]
    public void All_selection_leaves_out_deprecated_and_no_data_fields()
    {
        var all = UserFields.All.ToString().Split(',');
        Assert.Contains("email", all);
        Assert.DoesNotContain("about", all);          // returns no data since 2018-04-04
        Assert.DoesNotContain("third_party_id", all); // deprecated
        Assert.DoesNotContain("locale", all);         // CoreDeprecated
    }

    [Fact]
    public void An_empty_selection_renders_as_empty()
    {
        Assert.True(new UserFields().IsEmpty);
        Assert.Equal(string.Empty, new UserFields().ToString());
    }

    [Fact]
    public void A_negative_edge_limit_is_rejected()
        => Assert.Throws<System.ArgumentOutOfRangeException>(() => new UserFields().Albums(limit: -1));
}
