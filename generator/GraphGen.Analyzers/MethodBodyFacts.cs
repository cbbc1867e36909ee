using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GraphGen.Analyzers;

/// <summary>
/// What one method body does with its locals and generated models, gathered in a single walk of its operations:
/// where each local is written, which locals let a model escape (to another method, a field, a return), which
/// <c>Has</c> checks and property writes it contains, and which model properties it reads.
/// </summary>
internal sealed class MethodBodyFacts
{
    private readonly GraphApiSymbols _symbols;
    private readonly Dictionary<ILocalSymbol, List<ILocalSymbol>> _aliasRoots = new(SymbolEqualityComparer.Default);
    private readonly HashSet<ILocalSymbol> _escaped = new(SymbolEqualityComparer.Default);

    private MethodBodyFacts(GraphApiSymbols symbols) => _symbols = symbols;

    /// <summary>Every write of each local: its declaration's initializer, an assignment, a loop variable...</summary>
    public Dictionary<ILocalSymbol, List<LocalWrite>> Writes { get; } = new(SymbolEqualityComparer.Default);

    /// <summary>The (model, field) pairs the body checks with <c>Has</c> or sets; reads of them are not reported.</summary>
    public HashSet<(ITypeSymbol Model, string Field)> Guarded { get; } = new(GuardComparer.Instance);

    /// <summary>Models whose <c>Has</c> is called with a computed field: none of their reads is reported.</summary>
    public HashSet<ITypeSymbol> GuardedEntirely { get; } = new(SymbolEqualityComparer.Default);

    /// <summary>Property reads on generated models: the candidates for GG0029.</summary>
    public List<IPropertyReferenceOperation> Reads { get; } = new();

    /// <summary>Whether a model held by <paramref name="local"/> (or a local it was copied to) leaves the method.</summary>
    public bool IsEscaped(ILocalSymbol local) => _escaped.Contains(local);

    public static MethodBodyFacts Collect(ImmutableArray<IOperation> blocks, GraphApiSymbols symbols)
    {
        var facts = new MethodBodyFacts(symbols);
        foreach (var block in blocks)
        {
            foreach (var operation in block.DescendantsAndSelf())
            {
                facts.Visit(operation);
            }
        }

        facts.PropagateEscapes();
        return facts;
    }

    private void Visit(IOperation operation)
    {
        switch (operation)
        {
            case IVariableDeclaratorOperation declarator when declarator.GetVariableInitializer() is { } initializer:
                AddWrite(declarator.Symbol, new LocalWrite(initializer.Value, null));
                break;
            case IForEachLoopOperation loop:
                foreach (var local in loop.Locals)
                {
                    AddWrite(local, new LocalWrite(null, loop.Collection));
                }

                break;
            case IDeconstructionAssignmentOperation deconstruction:
                AddDeconstructionWrites(deconstruction);
                break;
            case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment:
                AddWrite(target.Local, new LocalWrite(assignment.Value, null));
                break;
            case IAssignmentOperation { Target: ILocalReferenceOperation target }:
                AddWrite(target.Local, LocalWrite.Unknown);
                break;
            case IIncrementOrDecrementOperation { Target: ILocalReferenceOperation target }:
                AddWrite(target.Local, LocalWrite.Unknown);
                break;
            case IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } argument:
                foreach (var local in argument.Value.DescendantsAndSelf())
                {
                    if (local is ILocalReferenceOperation reference)
                    {
                        AddWrite(reference.Local, LocalWrite.Unknown);
                    }
                }

                break;
            case IDeclarationPatternOperation { DeclaredSymbol: ILocalSymbol declared }:
                AddWrite(declared, LocalWrite.Unknown);
                break;
            case IRecursivePatternOperation { DeclaredSymbol: ILocalSymbol declared }:
                AddWrite(declared, LocalWrite.Unknown);
                break;
            case IInvocationOperation { Instance: { } instance } invocation:
                AddHasCheck(instance, invocation);
                break;
            case IPropertyReferenceOperation property:
                AddPropertyUse(property);
                break;
            case ILocalReferenceOperation reference when !reference.IsDeclaration && !IsWriteTarget(reference)
                && IsModelValued(reference.Type) && Escapes(reference, reference.Local):
                _escaped.Add(reference.Local);
                break;
        }
    }

    private void AddWrite(ILocalSymbol local, LocalWrite write)
    {
        if (!Writes.TryGetValue(local, out var writes))
        {
            Writes[local] = writes = new List<LocalWrite>(1);
        }

        writes.Add(write);
    }

    private void AddDeconstructionWrites(IDeconstructionAssignmentOperation deconstruction)
    {
        var targets = deconstruction.Target is IDeclarationExpressionOperation { Expression: ITupleOperation declared }
            ? declared
            : deconstruction.Target as ITupleOperation;
        var values = Unwrap(deconstruction.Value) as ITupleOperation;
        if (targets is null)
        {
            return;
        }

        for (var i = 0; i < targets.Elements.Length; i++)
        {
            if (targets.Elements[i] is ILocalReferenceOperation target)
            {
                var value = values is not null && values.Elements.Length == targets.Elements.Length ? values.Elements[i] : null;
                AddWrite(target.Local, new LocalWrite(value, null));
            }
        }
    }

    private void AddHasCheck(IOperation instance, IInvocationOperation invocation)
    {
        if (_symbols.Model(invocation.TargetMethod.ContainingType) is not { } model || !model.IsHas(invocation.TargetMethod))
        {
            return;
        }

        if (Unwrap(invocation.Arguments[0].Value) is IFieldReferenceOperation { Field: { HasConstantValue: true } field }
            && SymbolEqualityComparer.Default.Equals(field.ContainingType, model.FieldEnum))
        {
            Guarded.Add((model.Type, field.Name));
        }
        else
        {
            GuardedEntirely.Add(model.Type);
        }
    }

    private void AddPropertyUse(IPropertyReferenceOperation property)
    {
        if (_symbols.Model(property.Property.ContainingType) is not { } model)
        {
            return;
        }

        // A property the code sets is present from then on (Has is true), so reading it is no mistake.
        if (IsWriteTarget(property))
        {
            Guarded.Add((model.Type, property.Property.Name));
        }
        else
        {
            Reads.Add(property);
        }
    }

    private static bool IsWriteTarget(IOperation operation) => operation.Parent switch
    {
        IAssignmentOperation assignment => assignment.Target == operation,
        IIncrementOrDecrementOperation increment => increment.Target == operation,
        IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } => true,
        ITupleOperation tuple => IsWriteTarget(tuple) || tuple.Parent is IDeclarationExpressionOperation,
        _ => false,
    };

    // Follows a model-valued local reference up to what consumes it. Reading a property, checking Has, matching a
    // pattern, comparing with null, looping or copying to another local (tracked as an alias) keep it in the method;
    // anything else (an argument, a return, a field, a lambda's result) lets code elsewhere set its properties.
    private bool Escapes(IOperation operation, ILocalSymbol root)
    {
        while (true)
        {
            var parent = operation.Parent;
            switch (parent)
            {
                case IConversionOperation:
                case ICoalesceOperation coalesce when coalesce.Value == operation:
                    operation = parent;
                    continue;
                case IPropertyReferenceOperation property when property.Instance == operation:
                    if (IsWriteTarget(property) || !IsModelValued(property.Type))
                    {
                        return false;
                    }

                    operation = property;
                    continue;
                case IConditionalAccessOperation access when access.Operation == operation:
                    if (!IsModelValued(access.WhenNotNull.Type))
                    {
                        return access.WhenNotNull is IInvocationOperation call && IsModelMethodOtherThanHas(call.TargetMethod);
                    }

                    operation = access;
                    continue;
                case IInvocationOperation invocation when invocation.Instance == operation:
                    return IsModelMethodOtherThanHas(invocation.TargetMethod);
                case IForEachLoopOperation loop when loop.Collection == operation:
                    foreach (var local in loop.Locals)
                    {
                        AddAlias(local, root);
                    }

                    return false;
                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                    AddAlias(declarator.Symbol, root);
                    return false;
                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment when assignment.Value == operation:
                    AddAlias(target.Local, root);
                    return false;
                case IIsPatternOperation isPattern when isPattern.Value == operation:
                    AliasPatternLocals(isPattern.Pattern, root);
                    return false;
                case ISwitchExpressionOperation switchExpression when switchExpression.Value == operation:
                    foreach (var arm in switchExpression.Arms)
                    {
                        AliasPatternLocals(arm.Pattern, root);
                    }

                    return false;
                case IBinaryOperation:
                    return false;
                default:
                    return true;
            }
        }
    }

    private bool IsModelMethodOtherThanHas(IMethodSymbol method) =>
        _symbols.Model(method.ContainingType) is { } model && !model.IsHas(method);

    private void AliasPatternLocals(IPatternOperation pattern, ILocalSymbol root)
    {
        foreach (var operation in pattern.DescendantsAndSelf())
        {
            var declared = operation switch
            {
                IDeclarationPatternOperation declaration => declaration.DeclaredSymbol,
                IRecursivePatternOperation recursive => recursive.DeclaredSymbol,
                _ => null,
            };
            if (declared is ILocalSymbol local)
            {
                AddAlias(local, root);
            }
        }
    }

    private void AddAlias(ILocalSymbol alias, ILocalSymbol root)
    {
        if (!_aliasRoots.TryGetValue(alias, out var roots))
        {
            _aliasRoots[alias] = roots = new List<ILocalSymbol>(1);
        }

        roots.Add(root);
    }

    private void PropagateEscapes()
    {
        var pending = new Stack<ILocalSymbol>(_escaped);
        while (pending.Count > 0)
        {
            if (_aliasRoots.TryGetValue(pending.Pop(), out var roots))
            {
                foreach (var root in roots)
                {
                    if (_escaped.Add(root))
                    {
                        pending.Push(root);
                    }
                }
            }
        }
    }

    /// <summary>Whether a value of <paramref name="type"/> is or holds generated models (a model, page, list, stream).</summary>
    private bool IsModelValued(ITypeSymbol? type)
    {
        if (type is null)
        {
            return false;
        }

        if (_symbols.Model(type) is not null)
        {
            return true;
        }

        return type is INamedTypeSymbol { IsGenericType: true } named && named.TypeArguments.Length == 1 && IsModelValued(named.TypeArguments[0]);
    }

    internal static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    private sealed class GuardComparer : IEqualityComparer<(ITypeSymbol Model, string Field)>
    {
        public static readonly GuardComparer Instance = new();

        public bool Equals((ITypeSymbol Model, string Field) x, (ITypeSymbol Model, string Field) y) =>
            x.Field == y.Field && SymbolEqualityComparer.Default.Equals(x.Model, y.Model);

        public int GetHashCode((ITypeSymbol Model, string Field) obj) =>
            (SymbolEqualityComparer.Default.GetHashCode(obj.Model) * 397) ^ obj.Field.GetHashCode();
    }
}

/// <summary>
/// One write of a local: the value assigned (null when unknown, e.g. <c>out</c>), or the collection a loop variable
/// takes its items from.
/// </summary>
internal readonly record struct LocalWrite(IOperation? Value, IOperation? ForEachCollection)
{
    public static LocalWrite Unknown => default;
}
