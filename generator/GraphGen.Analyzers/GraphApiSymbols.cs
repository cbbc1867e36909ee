using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace GraphGen.Analyzers;

/// <summary>
/// The GraphGen.Runtime types the analyzer recognises generated code by, looked up once per compilation, and the
/// per-type facts it derives from them (cached: many method bodies ask about the same few types). Only the public
/// surface a user sees is used: base classes and interfaces, property and member names, <c>Has</c> and its enum.
/// </summary>
internal sealed class GraphApiSymbols
{
    private readonly ConcurrentDictionary<ITypeSymbol, ModelShape?> _models = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, SelectorShape?> _selectors = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, bool> _builders = new(SymbolEqualityComparer.Default);

    private GraphApiSymbols(
        INamedTypeSymbol graphModel,
        INamedTypeSymbol fieldSelectionOfT,
        INamedTypeSymbol requestBuilder,
        INamedTypeSymbol graphPage,
        INamedTypeSymbol presets)
    {
        GraphModel = graphModel;
        FieldSelectionOfT = fieldSelectionOfT;
        RequestBuilder = requestBuilder;
        GraphPage = graphPage;
        Presets = presets;
    }

    /// <summary><c>IGraphModel&lt;TSelf&gt;</c>: every generated model implements it.</summary>
    public INamedTypeSymbol GraphModel { get; }

    /// <summary><c>FieldSelection&lt;TSelf&gt;</c>: the base of every generated selector.</summary>
    public INamedTypeSymbol FieldSelectionOfT { get; }

    /// <summary><c>GraphRequestBuilder</c>: the base of every generated request builder.</summary>
    public INamedTypeSymbol RequestBuilder { get; }

    /// <summary><c>GraphPage&lt;T&gt;</c>: a page of an edge, as a call or an expanded edge returns it.</summary>
    public INamedTypeSymbol GraphPage { get; }

    /// <summary><c>IFieldSelectionPresets</c>: where a selector states its <c>Default</c> and <c>All</c> fields.</summary>
    public INamedTypeSymbol Presets { get; }

    /// <summary>The symbols, or null when the compilation does not reference GraphGen.Runtime (nothing to check).</summary>
    public static GraphApiSymbols? TryCreate(Compilation compilation)
    {
        var graphModel = compilation.GetTypeByMetadataName("GraphGen.Runtime.IGraphModel`1");
        var fieldSelection = compilation.GetTypeByMetadataName("GraphGen.Runtime.FieldSelection`1");
        var builder = compilation.GetTypeByMetadataName("GraphGen.Runtime.GraphRequestBuilder");
        var page = compilation.GetTypeByMetadataName("GraphGen.Runtime.GraphPage`1");
        var presets = compilation.GetTypeByMetadataName("GraphGen.Runtime.IFieldSelectionPresets");
        return graphModel is null || fieldSelection is null || builder is null || page is null || presets is null
            ? null
            : new GraphApiSymbols(graphModel, fieldSelection, builder, page, presets);
    }

    /// <summary>The model facts of <paramref name="type"/>, or null when it is not a generated model with <c>Has</c>.</summary>
    public ModelShape? Model(ITypeSymbol type) => _models.GetOrAdd(type, t => ModelShape.TryCreate(t, this));

    /// <summary>The selector facts of <paramref name="type"/>, or null when it is not a generated selector.</summary>
    public SelectorShape? Selector(ITypeSymbol type) => _selectors.GetOrAdd(type, t => SelectorShape.TryCreate(t, this));

    /// <summary>Whether <paramref name="type"/> is a request builder (generated, or a runtime base of one).</summary>
    public bool IsRequestBuilder(ITypeSymbol type) => _builders.GetOrAdd(type, t =>
    {
        for (var current = t; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, RequestBuilder))
            {
                return true;
            }
        }

        return false;
    });

    /// <summary>Whether <paramref name="type"/> is <c>GraphPage&lt;T&gt;</c>; <paramref name="item"/> is its T.</summary>
    public bool IsPage(ITypeSymbol type, out ITypeSymbol item)
    {
        if (type is INamedTypeSymbol { IsGenericType: true } named
            && SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, GraphPage))
        {
            item = named.TypeArguments[0];
            return true;
        }

        item = type;
        return false;
    }
}
