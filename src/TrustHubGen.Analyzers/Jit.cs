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
    /// knows it): the method is compiled optimised at its first call. Only on the methods every call site runs through.
    /// </summary>
    public const MethodImplOptions Optimized = (MethodImplOptions)512;
}
