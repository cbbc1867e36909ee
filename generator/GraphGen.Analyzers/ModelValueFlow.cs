using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GraphGen.Analyzers;

/// <summary>
/// Follows model values through one method body: from a generated call with a statically known selection
/// (<c>await x.GetAsync(f =&gt; f.Id)</c>, <c>await foreach (var a in x.ListAsync(sel))</c>) through locals, loop
/// variables, deconstruction, expanded edges and nested objects, null-conditional access and patterns. Anything it
/// cannot follow with certainty is "unknown" (null), which keeps the analyzer silent.
/// </summary>
internal sealed class ModelValueFlow
{
    private const int MaxDepth = 32;

    private readonly GraphApiSymbols _symbols;
    private readonly MethodBodyFacts _facts;
    private readonly Dictionary<ILocalSymbol, ModelValue?> _locals = new(SymbolEqualityComparer.Default);

    public ModelValueFlow(GraphApiSymbols symbols, MethodBodyFacts facts)
    {
        _symbols = symbols;
        _facts = facts;
    }

    /// <summary>The model value <paramref name="operation"/> evaluates to, or null when not known statically.</summary>
    public ModelValue? Of(IOperation? operation, int depth = 0)
    {
        if (operation is null || depth > MaxDepth)
        {
            return null;
        }

        depth++;
        switch (operation)
        {
            case IConversionOperation conversion:
                return Of(conversion.Operand, depth);
            case ILocalReferenceOperation local:
                return OfLocal(local.Local, depth);
            case IAwaitOperation awaited:
                return OfAwaited(awaited.Operation, depth);
            case IInvocationOperation { TargetMethod.Name: "ConfigureAwait" or "WithCancellation" } configured
                when (configured.Instance ?? (configured.TargetMethod.IsExtensionMethod ? configured.Arguments[0].Value : null)) is { } stream:
                // await foreach (var x in edge.ListAsync(...).ConfigureAwait(false)): an extension on the stream.
                return Of(stream, depth) is { Kind: ModelValueKind.Items } items ? items : null;
            case IInvocationOperation invocation:
                return CallResult(invocation, awaited: false, depth);
            case IPropertyReferenceOperation property:
                return Navigate(property, depth);
            case IConditionalAccessInstanceOperation instance:
                return Of(ConditionalReceiver(instance), depth);
            case IConditionalAccessOperation access:
                return Of(access.WhenNotNull, depth);
            case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.PatternInput } input:
                return Of(PatternInput(input), depth);
            default:
                return null;
        }
    }

    private ModelValue? OfLocal(ILocalSymbol local, int depth)
    {
        if (_locals.TryGetValue(local, out var known))
        {
            return known;
        }

        // Marked unknown while it is being computed, so a cycle ends as "unknown".
        _locals[local] = null;
        ModelValue? value = null;
        if (!_facts.IsEscaped(local) && _facts.Writes.TryGetValue(local, out var writes) && writes.Count == 1)
        {
            var write = writes[0];
            value = write.ForEachCollection is not null
                ? Of(write.ForEachCollection, depth) is { Kind: ModelValueKind.Items } items ? Item(items) : null
                : Of(write.Value, depth);
        }

        _locals[local] = value;
        return value;
    }

    private ModelValue? OfAwaited(IOperation operation, int depth)
    {
        operation = MethodBodyFacts.Unwrap(operation);
        if (operation is IInvocationOperation { TargetMethod.Name: "ConfigureAwait", Instance: { } task })
        {
            operation = MethodBodyFacts.Unwrap(task);
        }

        return operation is IInvocationOperation invocation ? CallResult(invocation, awaited: true, depth) : null;
    }

    // A call on a request builder whose selection parameter (XxxFields, or Func<XxxFields, XxxFields>) is known.
    private ModelValue? CallResult(IInvocationOperation invocation, bool awaited, int depth)
    {
        var method = invocation.TargetMethod;
        if (!_symbols.IsRequestBuilder(method.ContainingType))
        {
            return null;
        }

        Selection? selection = null;
        var found = false;
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is not { } parameter)
            {
                continue;
            }

            if (_symbols.Selector(parameter.Type) is { } selector)
            {
                found = true;
                selection = argument.ArgumentKind == ArgumentKind.DefaultValue
                    ? Selection.Empty(selector.Type)
                    : EvaluateSelection(argument.Value, selector.Type, depth);
            }
            else if (parameter.Type is INamedTypeSymbol func && SelectorShape.FuncSelector(func) is { } funcSelector
                && _symbols.Selector(funcSelector) is not null)
            {
                found = true;
                selection = EvaluateSelection(argument.Value, funcSelector, depth);
            }
        }

        if (!found || selection is null || method.ReturnType is not INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } returned)
        {
            return null;
        }

        var result = returned.TypeArguments[0];
        return returned.Name switch
        {
            "Task" or "ValueTask" when awaited => FromType(result, selection),
            "IAsyncEnumerable" when !awaited => _symbols.Model(result) is not null ? ModelValue.ItemsOf(result, selection) : null,
            _ => null,
        };
    }

    private ModelValue? Navigate(IPropertyReferenceOperation property, int depth)
    {
        if (Of(property.Instance, depth) is not { } instance)
        {
            return null;
        }

        switch (instance.Kind)
        {
            case ModelValueKind.Model when SymbolEqualityComparer.Default.Equals(property.Property.ContainingType, instance.Model!.Type):
                return instance.Selection.Members.TryGetValue(property.Property.Name, out var member) && member.Nested is { } nested && property.Type is { } type
                    ? FromType(type, nested)
                    : null;
            case ModelValueKind.Page when property.Property.Name == "Data"
                && SymbolEqualityComparer.Default.Equals(property.Property.ContainingType.OriginalDefinition, _symbols.GraphPage):
                return ModelValue.ItemsOf(instance.ItemType, instance.Selection);
            case ModelValueKind.Items when property.Property.IsIndexer:
                return Item(instance);
            default:
                return null;
        }
    }

    /// <summary>A value of <paramref name="type"/> (a model, a page of them, a list of them) read with <paramref name="selection"/>.</summary>
    private ModelValue? FromType(ITypeSymbol type, Selection selection)
    {
        if (_symbols.Model(type) is not null)
        {
            return Resolve(type, selection);
        }

        if (_symbols.IsPage(type, out var pageItem))
        {
            return _symbols.Model(pageItem) is not null ? ModelValue.PageOf(pageItem, selection) : null;
        }

        return type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } list
            && list.Name is "IReadOnlyList" or "IList" or "List" or "IEnumerable" or "IReadOnlyCollection"
            && _symbols.Model(list.TypeArguments[0]) is not null
                ? ModelValue.ItemsOf(list.TypeArguments[0], selection)
                : null;
    }

    private ModelValue? Item(ModelValue items) => Resolve(items.ItemType, items.Selection);

    // An empty selection means Graph's default fields: known only when the selector's Default preset is.
    private ModelValue? Resolve(ITypeSymbol type, Selection selection)
    {
        if (_symbols.Model(type) is not { } model)
        {
            return null;
        }

        if (selection.IsEmpty)
        {
            if (_symbols.Selector(selection.SelectorType)?.Default is not { } defaults)
            {
                return null;
            }

            selection = defaults;
        }

        return ModelValue.ModelOf(model, selection);
    }

    /// <summary>The selection <paramref name="operation"/> builds, or null when it is not known statically.</summary>
    private Selection? EvaluateSelection(IOperation? operation, INamedTypeSymbol selectorType, int depth)
    {
        if (operation is null || depth > MaxDepth)
        {
            return null;
        }

        depth++;
        switch (operation)
        {
            case IConversionOperation conversion:
                return EvaluateSelection(conversion.Operand, selectorType, depth);
            case IDelegateCreationOperation delegateCreation:
                return EvaluateSelection(delegateCreation.Target, selectorType, depth);
            case IAnonymousFunctionOperation { Body.Operations: [IReturnOperation { ReturnedValue: { } returned }] }:
                return EvaluateSelection(returned, selectorType, depth);
            case IParameterReferenceOperation { Parameter.ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.AnonymousFunction } } seed
                when _symbols.Selector(seed.Type!) is { } seedSelector:
                return Selection.Empty(seedSelector.Type);
            case IObjectCreationOperation { Arguments.Length: 0, Initializer: null } creation
                when _symbols.Selector(creation.Type!) is { } created:
                return Selection.Empty(created.Type);
            case ILiteralOperation { ConstantValue: { HasValue: true, Value: null } }:
            case IDefaultValueOperation:
                return Selection.Empty(selectorType);
            case IPropertyReferenceOperation { Property.IsStatic: true } preset:
                return Preset(preset);
            case IPropertyReferenceOperation { Instance: { } instance } field
                when _symbols.Selector(field.Property.ContainingType) is { } owner
                     && owner.Members.TryGetValue(field.Property.Name, out var fieldMember) && !fieldMember.IsExpansion:
                return EvaluateSelection(instance, owner.Type, depth)?.With(field.Property.Name, null, false, field.Syntax);
            case IInvocationOperation { Instance: { } instance } expansion
                when _symbols.Selector(expansion.TargetMethod.ContainingType) is { } owner
                     && owner.Members.TryGetValue(expansion.TargetMethod.Name, out var member) && member is { IsExpansion: true, NestedType: { } nestedType }:
                return EvaluateSelection(instance, owner.Type, depth)?.With(expansion.TargetMethod.Name, Nested(expansion, nestedType, depth), true, expansion.Syntax);
            case ILocalReferenceOperation local
                when _facts.Writes.TryGetValue(local.Local, out var writes) && writes.Count == 1 && writes[0].ForEachCollection is null:
                return EvaluateSelection(writes[0].Value, selectorType, depth);
            default:
                return null;
        }
    }

    private Selection? Nested(IInvocationOperation expansion, INamedTypeSymbol nestedType, int depth)
    {
        foreach (var argument in expansion.Arguments)
        {
            if (argument.Parameter?.Ordinal == 0)
            {
                return argument.ArgumentKind == ArgumentKind.DefaultValue
                    ? Selection.Empty(nestedType)
                    : EvaluateSelection(argument.Value, nestedType, depth);
            }
        }

        return null;
    }

    // FieldSelection<XFields>.All / .Default, written UserFields.All: the presets, when readable from source.
    private Selection? Preset(IPropertyReferenceOperation preset)
    {
        var owner = preset.Property.ContainingType;
        if (!SymbolEqualityComparer.Default.Equals(owner.OriginalDefinition, _symbols.FieldSelectionOfT)
            || _symbols.Selector(owner.TypeArguments[0]) is not { } selector)
        {
            return null;
        }

        var selection = preset.Property.Name switch
        {
            "All" => selector.All,
            "Default" => selector.Default,
            _ => null,
        };
        return selection?.WithAppendTarget(preset.Syntax);
    }

    // x?.A.B: the receiver of the innermost conditional access whose "when not null" part holds the instance.
    private static IOperation? ConditionalReceiver(IConditionalAccessInstanceOperation instance)
    {
        for (var current = instance.Parent; current is not null; current = current.Parent)
        {
            if (current is IConditionalAccessOperation access && !Contains(access.Operation, instance))
            {
                return access.Operation;
            }
        }

        return null;
    }

    private static bool Contains(IOperation outer, IOperation inner)
    {
        for (var current = inner; current is not null; current = current.Parent)
        {
            if (current == outer)
            {
                return true;
            }
        }

        return false;
    }

    // The value a property pattern matches: `me is { Email: var e }`, a switch arm, a nested `{ Address: { City: ... } }`.
    private static IOperation? PatternInput(IInstanceReferenceOperation input)
    {
        IOperation? current = input.Parent is IPropertyReferenceOperation member ? member.Parent : null;
        if (current is not IPropertySubpatternOperation)
        {
            return null;
        }

        for (current = current.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case IRecursivePatternOperation:
                case IBinaryPatternOperation:
                case INegatedPatternOperation:
                    continue;
                case IIsPatternOperation isPattern:
                    return isPattern.Value;
                case ISwitchExpressionArmOperation { Parent: ISwitchExpressionOperation switchExpression }:
                    return switchExpression.Value;
                case IPropertySubpatternOperation outer:
                    return outer.Member;
                default:
                    return null;
            }
        }

        return null;
    }
}

/// <summary>What a model value is: one model, a page of an edge, or items to loop over or index.</summary>
internal enum ModelValueKind
{
    Model,
    Page,
    Items,
}

/// <summary>
/// A value that is, or holds, generated models read with a known selection. For <see cref="ModelValueKind.Model"/>
/// the selection is resolved (never empty: Graph's defaults are filled in); for pages and items it applies to each item.
/// </summary>
internal sealed class ModelValue
{
    private ModelValue(ModelValueKind kind, ModelShape? model, ITypeSymbol itemType, Selection selection)
    {
        Kind = kind;
        Model = model;
        ItemType = itemType;
        Selection = selection;
    }

    public ModelValueKind Kind { get; }

    /// <summary>The model, for <see cref="ModelValueKind.Model"/>.</summary>
    public ModelShape? Model { get; }

    /// <summary>The item type, for pages and items.</summary>
    public ITypeSymbol ItemType { get; }

    public Selection Selection { get; }

    public static ModelValue ModelOf(ModelShape model, Selection selection) => new(ModelValueKind.Model, model, model.Type, selection);

    public static ModelValue PageOf(ITypeSymbol item, Selection selection) => new(ModelValueKind.Page, null, item, selection);

    public static ModelValue ItemsOf(ITypeSymbol item, Selection selection) => new(ModelValueKind.Items, null, item, selection);
}
