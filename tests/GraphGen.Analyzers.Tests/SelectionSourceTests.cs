using System.Threading.Tasks;
using GraphGen.Analyzers.Tests.Infrastructure;

namespace GraphGen.Analyzers.Tests;

/// <summary>GG0029 for each way a selection is known statically: a lambda, a selector built in the method, a preset, none.</summary>
public sealed class SelectionSourceTests
{
    [Fact]
    public Task Lambda_selection_without_the_field_warns_at_the_property_name() => Verify.AnalyzerAsync(Code.InMethod("""
        var shop = await graph.Shops["1"].GetAsync(f => f.Id.Name);
        Print(shop.{|GG0029:Email|});
        """));

    [Fact]
    public Task Lambda_selection_with_the_field_is_silent() => Verify.AnalyzerAsync(Code.InMethod("""
        var shop = await graph.Shops["1"].GetAsync(f => f.Id.Name.Email);
        Print(shop.Email);
        Print(shop.Name);
        """));

    [Fact]
    public Task Explicitly_typed_local_and_ConfigureAwait_are_followed() => Verify.AnalyzerAsync(Code.InMethod("""
        Shop shop = await graph.Shops["1"].GetAsync(f => f.Id, cancellationToken: default).ConfigureAwait(false);
        Print(shop.{|GG0029:Rating|});
        """));

    [Fact]
    public Task Reading_the_awaited_call_directly_warns() => Verify.AnalyzerAsync(Code.InMethod("""
        Print((await graph.Shops["1"].GetAsync(f => f.Name)).{|GG0029:Email|});
        """));

    [Fact]
    public Task Selector_built_in_the_method_is_followed() => Verify.AnalyzerAsync(Code.InMethod("""
        var fields = new ShopFields().Id.Name;
        var shop = await graph.Shops["1"].GetAsync(fields);
        Print(shop.Name);
        Print(shop.{|GG0029:Email|});
        """));

    [Fact]
    public Task Selector_built_in_steps_through_locals_is_followed() => Verify.AnalyzerAsync(Code.InMethod("""
        var basic = new ShopFields().Id;
        var withEmail = basic.Email;
        var shop = await graph.Shops["1"].GetAsync(withEmail);
        Print(shop.Email);
        Print(shop.{|GG0029:OpenedAt|});
        """));

    [Fact]
    public Task All_covers_every_plain_field() => Verify.AnalyzerAsync(Code.InMethod("""
        var shop = await graph.Shops["1"].GetAsync(ShopFields.All);
        Print(shop.Id);
        Print(shop.Email);
        Print(shop.OpenedAt);
        Print(shop.Address is null);
        """));

    [Fact]
    public Task All_leaves_out_edges_and_deprecated_fields() => Verify.AnalyzerAsync(Code.InMethod("""
        var shop = await graph.Shops["1"].GetAsync(ShopFields.All);
        var items = shop.{|GG0029:Items|};
        var logo = shop.{|GG0029:Logo|};
        #pragma warning disable CS0618
        Print(shop.{|GG0029:LegacyCode|});
        #pragma warning restore CS0618
        """));

    [Fact]
    public Task Default_preset_holds_only_the_default_fields() => Verify.AnalyzerAsync(Code.InMethod("""
        var shop = await graph.Shops["1"].GetAsync(ShopFields.Default);
        Print(shop.Id);
        Print(shop.Name);
        Print(shop.{|GG0029:Email|});
        """));

    [Fact]
    public Task No_selection_means_the_default_fields() => Verify.AnalyzerAsync(Code.InMethod("""
        var shop = await graph.Shops["1"].GetAsync();
        Print(shop.Name);
        Print(shop.{|GG0029:Email|});
        """));

    [Fact]
    public Task Identity_lambda_means_the_default_fields() => Verify.AnalyzerAsync(Code.InMethod("""
        var shop = await graph.Shops["1"].GetAsync(f => f);
        Print(shop.Id);
        Print(shop.{|GG0029:Rating|});
        """));

    [Fact]
    public Task Preset_extended_in_a_lambda_is_followed() => Verify.AnalyzerAsync(Code.InMethod("""
        var shop = await graph.Shops["1"].GetAsync(ShopFields.Default.Email);
        Print(shop.Email);
        Print(shop.{|GG0029:Rating|});
        """));

    [Fact]
    public Task Block_lambda_with_one_return_is_followed() => Verify.AnalyzerAsync(Code.InMethod("""
        var shop = await graph.Shops["1"].GetAsync(f => { return f.Id; });
        Print(shop.{|GG0029:Name|});
        """));
}
