using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace GraphGen.Analyzers.CodeFixes;

/// <summary>
/// GG0029 fix: makes the read say what it means when the field may be absent. A statement that reads the field is
/// wrapped in <c>if (me.Has(User.Field.Email)) { ... }</c>; a read elsewhere becomes
/// <c>(me.Has(User.Field.Email) ? me.Email : null)</c>. Offered for <c>x.Field</c> reads whose receiver can be
/// evaluated twice (a name or a chain of member accesses), not for patterns or <c>?.</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(GuardWithHasCodeFix)), Shared]
public sealed class GuardWithHasCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(AnalyzerDiagnostics.UnselectedFieldRead.Id);

    public override FixAllProvider? GetFixAllProvider() => null;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(AnalyzerDiagnostics.HasArgumentProperty, out var hasArgument)
                || hasArgument is null
                || root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)?.Parent is not MemberAccessExpressionSyntax read
                || !IsRepeatable(read.Expression))
            {
                continue;
            }

            var title = "Check Has(" + hasArgument + ") before reading";
            context.RegisterCodeFix(
                CodeAction.Create(title, token => GuardAsync(context.Document, root, read, hasArgument, token), title),
                diagnostic);
        }
    }

    private static Task<Document> GuardAsync(Document document, SyntaxNode root, MemberAccessExpressionSyntax read, string hasArgument, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var check = SyntaxFactory.InvocationExpression(
            SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, read.Expression.WithoutTrivia(), SyntaxFactory.IdentifierName("Has")),
            SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(SyntaxFactory.ParseExpression(hasArgument)))));

        SyntaxNode newRoot;
        if (read.FirstAncestorOrSelf<StatementSyntax>() is ExpressionStatementSyntax statement && statement.Parent is BlockSyntax)
        {
            var guarded = SyntaxFactory.IfStatement(check, SyntaxFactory.Block(statement.WithoutLeadingTrivia().WithoutTrailingTrivia()))
                .WithLeadingTrivia(statement.GetLeadingTrivia())
                .WithTrailingTrivia(statement.GetTrailingTrivia())
                .WithAdditionalAnnotations(Formatter.Annotation);
            newRoot = root.ReplaceNode(statement, guarded);
        }
        else
        {
            var conditional = SyntaxFactory.ParenthesizedExpression(SyntaxFactory.ConditionalExpression(
                    check,
                    read.WithoutTrivia(),
                    SyntaxFactory.LiteralExpression(SyntaxKind.NullLiteralExpression)))
                .WithTriviaFrom(read);
            newRoot = root.ReplaceNode(read, conditional);
        }

        return Task.FromResult(document.WithSyntaxRoot(newRoot));
    }

    // Evaluated twice by the fix (in Has and in the read): only names, member accesses and element accesses with
    // constant or simple indexes, which have no side effects.
    private static bool IsRepeatable(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax or ThisExpressionSyntax => true,
        MemberAccessExpressionSyntax access => IsRepeatable(access.Expression),
        ElementAccessExpressionSyntax element => IsRepeatable(element.Expression)
            && element.ArgumentList.Arguments.Count == 1
            && element.ArgumentList.Arguments[0].Expression is IdentifierNameSyntax or LiteralExpressionSyntax,
        ParenthesizedExpressionSyntax parenthesized => IsRepeatable(parenthesized.Expression),
        _ => false,
    };
}
