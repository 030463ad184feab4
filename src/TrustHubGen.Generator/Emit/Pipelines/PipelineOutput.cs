using Microsoft.CodeAnalysis;

namespace TrustHubGen.Generator.Emit.Pipelines;

/// <summary>Adds the attribute value types and the pipelines to the compilation.</summary>
internal static class PipelineOutput
{
    public static void Emit(SourceProductionContext context, PipelineSet set, string ns, string access)
    {
        if (!set.Values.IsEmpty) context.AddSource("PolicyAttributeValues.g.cs", AttributeValueEmitter.Emit(ns, access, set.Values));
        foreach (var pipeline in set.Pipelines)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            context.AddSource(pipeline.ClassName + ".g.cs", pipeline.IsProfile ? ProfilePipelineEmitter.Emit(ns, access, pipeline) : PipelineEmitter.Emit(ns, access, pipeline));
        }
    }
}
