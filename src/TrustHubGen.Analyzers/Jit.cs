using System.Runtime.CompilerServices;

namespace TrustHubGen.Analyzers;

/// <summary>
/// How the compiler process's JIT treats the analyzers' hot path. The compiler's own assemblies are precompiled; ours
/// are compiled by the JIT at its quickest tier first, and a compiler process keeps compiling new code for its whole
/// compilation, which holds back the promotion to optimised code: in a fresh <c>csc</c> our per-call-site code ran
/// unoptimised from the first call site to the last (2-3x the CPU of optimised code, measured in process).
/// </summary>
internal static class Jit
{
    /// <summary>
    /// <c>MethodImplOptions.AggressiveOptimization</c> (not named in netstandard2.0; every runtime that loads analyzers
    /// knows it): the method is compiled optimised at its first call. Only on the methods every operation, call or value
    /// runs through: compiling a method optimised costs several times what the quick tier costs, more than a method run
    /// once per method body (the order rules) or per rare value (statuses, policies, end-user attributes) ever saves;
    /// in a fresh compiler process the JIT was more than half of the analyzer's time (dotnet-trace, issue 10 §6).
    /// </summary>
    public const MethodImplOptions Optimized = (MethodImplOptions)512;
}
