// Each collection runs its own csharp-ls; on a 2-core machine two at once only make both slower.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
