using System.Collections.Generic;
using System.Linq;
using System.Threading;
using TrustHubGen.Generator.Precompiled;

namespace TrustHubGen.Generator.Emit.Pipelines;

/// <summary>The attribute value types and the pipeline of one policy of a set, as generated files.</summary>
internal static class PipelineOutput
{
    public static IEnumerable<GeneratedFile> Files(PipelineSet set, string policyClass, string ns, string access, CancellationToken ct)
    {
        var values = set.Values.Where(v => v.PolicyClass == policyClass).ToList();
        if (values.Count > 0) yield return new GeneratedFile("PolicyAttributeValues." + policyClass + ".g.cs", AttributeValueEmitter.Emit(ns, access, values));
        foreach (var pipeline in set.Pipelines)
        {
            if (pipeline.PolicyClass != policyClass) continue;
            ct.ThrowIfCancellationRequested();
            yield return new GeneratedFile(pipeline.ClassName + ".g.cs", pipeline.IsProfile ? ProfilePipelineEmitter.Emit(ns, access, pipeline) : PipelineEmitter.Emit(ns, access, pipeline));
        }
    }
}
