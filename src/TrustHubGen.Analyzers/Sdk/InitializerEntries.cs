using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TrustHubGen.Analyzers.Values;

namespace TrustHubGen.Analyzers.Sdk;

/// <summary>Reads the entries written in source for a dictionary or a list: initialisers, arrays and collection expressions.</summary>
internal static class InitializerEntries
{
    /// <summary>
    /// The key and value operations of a dictionary created with an initialiser (<c>["k"] = v</c> or <c>{ "k", v }</c>);
    /// empty when the dictionary is not created right there (its entries are then unknown).
    /// </summary>
    public static IEnumerable<(IOperation Key, IOperation Value)> OfDictionary(IOperation? dictionary)
    {
        if (dictionary is null || ConstantResolver.Unwrap(dictionary) is not IObjectCreationOperation { Initializer: { } initializer })
            yield break;
        foreach (var element in initializer.Initializers)
        {
            switch (element)
            {
                case IInvocationOperation { Arguments.Length: 2 } add:
                    yield return (add.Arguments[0].Value, add.Arguments[1].Value);
                    break;
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Arguments.Length: 1 } indexer } set:
                    yield return (indexer.Arguments[0].Value, set.Value);
                    break;
            }
        }
    }

    /// <summary>The elements of an array, list initialiser or collection expression written in source; empty otherwise.</summary>
    public static IEnumerable<IOperation> OfList(IOperation? list)
    {
        switch (list is null ? null : ConstantResolver.Unwrap(list))
        {
            case IArrayCreationOperation { Initializer: { } array }:
                foreach (var element in array.ElementValues) yield return element;
                break;
            case ICollectionExpressionOperation collection:
                foreach (var element in collection.Elements)
                {
                    if (element is not ISpreadOperation) yield return element;
                }
                break;
            case IObjectCreationOperation { Initializer: { } initializer }:
                foreach (var element in initializer.Initializers)
                {
                    if (element is IInvocationOperation { Arguments.Length: 1 } add) yield return add.Arguments[0].Value;
                }
                break;
        }
    }
}
