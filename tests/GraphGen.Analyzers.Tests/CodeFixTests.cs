using System.Threading.Tasks;
using GraphGen.Analyzers.Tests.Infrastructure;

namespace GraphGen.Analyzers.Tests;

/// <summary>The GG0029 fixes: add the field to the selection, or check Has before reading.</summary>
public sealed class CodeFixTests
{
    [Fact]
    public Task Adds_the_field_to_a_lambda_selection() => Verify.AddFieldFixAsync(
        Code.InMethod("""
            var shop = await graph.Shops["1"].GetAsync(f => f.Id.Name);
            Print(shop.{|GG0029:Email|});
            """),
        Code.InMethod("""
            var shop = await graph.Shops["1"].GetAsync(f => f.Id.Name.Email);
            Print(shop.Email);
            """));

    [Fact]
    public Task Adds_the_field_to_a_selector_built_in_the_method() => Verify.AddFieldFixAsync(
        Code.InMethod("""
            var fields = new ShopFields().Id;
            var shop = await graph.Shops["1"].GetAsync(fields);
            Print(shop.{|GG0029:Rating|});
            """),
        Code.InMethod("""
            var fields = new ShopFields().Id.Rating;
            var shop = await graph.Shops["1"].GetAsync(fields);
            Print(shop.Rating);
            """));

    [Fact]
    public Task Adds_an_object_field_expanded() => Verify.AddFieldFixAsync(
        Code.InMethod("""
            var shop = await graph.Shops["1"].GetAsync(f => f.Id);
            Print(shop.{|GG0029:Address|} is null);
            """),
        Code.InMethod("""
            var shop = await graph.Shops["1"].GetAsync(f => f.Id.Address());
            Print(shop.Address is null);
            """));

    [Fact]
    public Task Adds_the_field_to_the_nested_selection_of_an_edge() => Verify.AddFieldFixAsync(
        Code.InMethod("""
            var shop = await graph.Shops["1"].GetAsync(f => f.Items(i => i.Name));
            Print(shop.Items!.Data[0].{|GG0029:Price|});
            """),
        Code.InMethod("""
            var shop = await graph.Shops["1"].GetAsync(f => f.Items(i => i.Name.Price));
            Print(shop.Items!.Data[0].Price);
            """));

    [Fact]
    public Task Adds_the_field_after_a_preset() => Verify.AddFieldFixAsync(
        Code.InMethod("""
            var shop = await graph.Shops["1"].GetAsync(ShopFields.Default);
            Print(shop.{|GG0029:Email|});
            """),
        Code.InMethod("""
            var shop = await graph.Shops["1"].GetAsync(ShopFields.Default.Email);
            Print(shop.Email);
            """));

    [Fact]
    public Task Adds_the_field_to_a_ListAsync_selection() => Verify.AddFieldFixAsync(
        Code.InMethod("""
            await foreach (var item in graph.Shops["1"].Items.ListAsync(new ItemFields().Id))
            {
                Print(item.{|GG0029:Price|});
            }
            """),
        Code.InMethod("""
            await foreach (var item in graph.Shops["1"].Items.ListAsync(new ItemFields().Id.Price))
            {
                Print(item.Price);
            }
            """));

    [Fact]
    public Task No_add_field_fix_when_the_selection_is_the_defaults() => Verify.AddFieldFixAsync(
        Code.InMethod("""
            var shop = await graph.Shops["1"].GetAsync();
            Print(shop.{|GG0029:Email|});
            """),
        Code.InMethod("""
            var shop = await graph.Shops["1"].GetAsync();
            Print(shop.{|GG0029:Email|});
            """));

    [Fact]
    public Task Wraps_a_statement_in_a_Has_check() => Verify.HasFixAsync(
        Code.InMethod("""
            var shop = await graph.Shops["1"].GetAsync(f => f.Id);
            Print(shop.{|GG0029:Email|});
            """),
        Code.InMethod("""
            var shop = await graph.Shops["1"].GetAsync(f => f.Id);
            if (shop.Has(Shop.Field.Email))
            {
                Print(shop.Email);
            }
            """));

    [Fact]
    public Task Guards_a_read_inside_an_expression_with_Has() => Verify.HasFixAsync(
        Code.InMethod("""
            var shop = await graph.Shops["1"].GetAsync(f => f.Id);
            var email = shop.{|GG0029:Email|};
            Print(email);
            """),
        Code.InMethod("""
            var shop = await graph.Shops["1"].GetAsync(f => f.Id);
            var email = (shop.Has(Shop.Field.Email) ? shop.Email : null);
            Print(email);
            """));

    [Fact]
    public Task Guards_an_item_of_an_expanded_edge() => Verify.HasFixAsync(
        Code.InMethod("""
            var shop = await graph.Shops["1"].GetAsync(f => f.Items(i => i.Name));
            var items = shop.Items!.Data;
            Print(items[0].{|GG0029:Price|});
            """),
        Code.InMethod("""
            var shop = await graph.Shops["1"].GetAsync(f => f.Items(i => i.Name));
            var items = shop.Items!.Data;
            if (items[0].Has(Item.Field.Price))
            {
                Print(items[0].Price);
            }
            """));
}
