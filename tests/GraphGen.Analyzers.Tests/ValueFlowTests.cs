using System.Threading.Tasks;
using GraphGen.Analyzers.Tests.Infrastructure;

namespace GraphGen.Analyzers.Tests;

/// <summary>GG0029 through the flows a model value takes inside one method: loops, edges, patterns, ?., deconstruction.</summary>
public sealed class ValueFlowTests
{
    [Fact]
    public Task Await_foreach_over_ListAsync_checks_each_item() => Verify.AnalyzerAsync(Code.InMethod("""
        await foreach (var item in graph.Shops["1"].Items.ListAsync(new ItemFields().Id.Name))
        {
            Print(item.Name);
            Print(item.{|GG0029:Price|});
        }
        """));

    [Fact]
    public Task Await_foreach_with_ConfigureAwait_and_a_selector_local() => Verify.AnalyzerAsync(Code.InMethod("""
        var fields = new ItemFields().Price;
        await foreach (Item item in graph.Shops["1"].Items.ListAsync(fields, limit: 10).ConfigureAwait(false))
        {
            Print(item.Price);
            Print(item.{|GG0029:Name|});
        }
        """));

    [Fact]
    public Task ListAsync_without_fields_reads_the_default_fields() => Verify.AnalyzerAsync(Code.InMethod("""
        await foreach (var item in graph.Shops["1"].Items.ListAsync())
        {
            Print(item.Id);
            Print(item.{|GG0029:Name|});
        }
        """));

    [Fact]
    public Task GetPageAsync_items_are_checked() => Verify.AnalyzerAsync(Code.InMethod("""
        var page = await graph.Shops["1"].Items.GetPageAsync(new ItemFields().Name);
        Print(page.Data[0].Name);
        Print(page.Data[0].{|GG0029:Price|});
        """));

    [Fact]
    public Task Expanded_edge_items_by_index_are_checked_against_the_nested_selection() => Verify.AnalyzerAsync(Code.InMethod("""
        var shop = await graph.Shops["1"].GetAsync(f => f.Id.Items(i => i.Name, limit: 5));
        Print(shop.Items!.Data[0].Name);
        Print(shop.Items!.Data[0].{|GG0029:Price|});
        """));

    [Fact]
    public Task Foreach_over_an_expanded_edge_checks_each_item() => Verify.AnalyzerAsync(Code.InMethod("""
        var shop = await graph.Shops["1"].GetAsync(f => f.Items(i => i.Price));
        foreach (var item in shop.Items!.Data)
        {
            Print(item.Price);
            Print(item.{|GG0029:Name|});
        }
        """));

    [Fact]
    public Task Expanded_edge_without_nested_selection_has_the_item_defaults() => Verify.AnalyzerAsync(Code.InMethod("""
        var shop = await graph.Shops["1"].GetAsync(f => f.Items());
        var items = shop.Items!.Data;
        Print(items[0].Id);
        Print(items[0].{|GG0029:Name|});
        """));

    [Fact]
    public Task Edge_that_is_not_expanded_is_itself_unselected() => Verify.AnalyzerAsync(Code.InMethod("""
        var shop = await graph.Shops["1"].GetAsync(f => f.Id);
        var items = shop.{|GG0029:Items|};
        """));

    [Fact]
    public Task Nested_object_field_is_checked_against_its_selection() => Verify.AnalyzerAsync(Code.InMethod("""
        var shop = await graph.Shops["1"].GetAsync(f => f.Address(a => a.City));
        Print(shop.Address!.City);
        Print(shop.Address!.{|GG0029:Street|});
        """));

    [Fact]
    public Task Object_edge_is_checked_against_its_selection() => Verify.AnalyzerAsync(Code.InMethod("""
        var shop = await graph.Shops["1"].GetAsync(f => f.Logo(l => l.Url));
        Print(shop.Logo?.Url);
        Print(shop.Logo?.{|GG0029:Width|});
        """));

    [Fact]
    public Task Null_conditional_read_warns() => Verify.AnalyzerAsync(Code.InMethod("""
        var maybe = await graph.Shops["2"].GetAsync(f => f.Id);
        Print(maybe?.{|GG0029:Email|});
        Print(maybe?.{|GG0029:Address|}?.City);
        """));

    [Fact]
    public Task Null_conditional_chain_into_a_nested_object_warns() => Verify.AnalyzerAsync(Code.InMethod("""
        var shop = await graph.Shops["1"].GetAsync(f => f.Address(a => a.Street));
        Print(shop?.Address?.{|GG0029:City|});
        Print(shop?.Address?.Street);
        """));

    [Fact]
    public Task Property_pattern_read_warns() => Verify.AnalyzerAsync(Code.InMethod("""
        var shop = await graph.Shops["1"].GetAsync(f => f.Id);
        if (shop is { {|GG0029:Email|}: { } email })
        {
            Print(email);
        }
        """));

    [Fact]
    public Task Property_pattern_on_selected_fields_is_silent() => Verify.AnalyzerAsync(Code.InMethod("""
        var shop = await graph.Shops["1"].GetAsync(f => f.Id.Email);
        if (shop is { Id: not null, Email: var email })
        {
            Print(email);
        }
        """));

    [Fact]
    public Task Switch_expression_pattern_read_warns() => Verify.AnalyzerAsync(Code.InMethod("""
        var shop = await graph.Shops["1"].GetAsync(f => f.Name);
        var label = shop switch
        {
            { {|GG0029:Rating|}: > 4 } => "good",
            { Name: "x" } => "x",
            _ => "other",
        };
        Print(label);
        """));

    [Fact]
    public Task Nested_property_pattern_follows_the_nested_selection() => Verify.AnalyzerAsync(Code.InMethod("""
        var shop = await graph.Shops["1"].GetAsync(f => f.Address(a => a.City));
        if (shop is { Address: { City: "Paris", {|GG0029:Street|}: null } })
        {
            Print("paris");
        }
        """));

    [Fact]
    public Task Tuple_deconstruction_of_two_calls_tracks_each_value() => Verify.AnalyzerAsync(Code.InMethod("""
        var (first, second) = (await graph.Shops["1"].GetAsync(f => f.Id), await graph.Shops["2"].GetAsync(f => f.Email));
        Print(first.{|GG0029:Email|});
        Print(second.Email);
        """));

    [Fact]
    public Task Copy_to_another_local_is_followed() => Verify.AnalyzerAsync(Code.InMethod("""
        var shop = await graph.Shops["1"].GetAsync(f => f.Id);
        var same = shop;
        Print(same.{|GG0029:Email|});
        """));

    [Fact]
    public Task Read_inside_a_lambda_in_the_method_warns() => Verify.AnalyzerAsync(Code.InMethod("""
        var shop = await graph.Shops["1"].GetAsync(f => f.Id);
        Func<string?> email = () => shop.{|GG0029:Email|};
        Print(email());
        """));

    [Fact]
    public Task Every_unselected_read_is_reported() => Verify.AnalyzerAsync(Code.InMethod("""
        var shop = await graph.Shops["1"].GetAsync(f => f.Id);
        Print(shop.{|GG0029:Email|});
        Print(shop.{|GG0029:Email|});
        Print(shop.{|GG0029:Rating|});
        """));
}
