using System.Collections.Generic;
using System.Threading;
using TrustHubGen.Generator.Precompiled;

namespace TrustHubGen.Generator.Emit.Pipelines;

/// <summary>The attribute value types and the pipelines of a policy set, as generated files.</summary>
internal static class PipelineOutput
{
    public static IEnumerable<GeneratedFile> Files(PipelineSet set, string ns, string access, CancellationToken ct)
    {
        if (!set.Values.IsEmpty) yield return new GeneratedFile("PolicyAttributeValues.g.cs", AttributeValueEmitter.Emit(ns, access, set.Values));
        foreach (var pipeline in set.Pipelines)
        {
            ct.ThrowIfCancellationRequested();
            yield return new GeneratedFile(pipeline.ClassName + ".g.cs", pipeline.IsProfile ? ProfilePipelineEmitter.Emit(ns, access, pipeline) : PipelineEmitter.Emit(ns, access, pipeline));
        }
    }
}
