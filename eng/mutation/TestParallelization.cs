// Stryker.NET attributes the mutants a test reaches to that test while it runs (per-test coverage): with test classes
// running in parallel, a mutant reached by one test can be recorded for another, which then runs against it instead and
// lets it survive. The mutation run's tests run one at a time.
[assembly: Xunit.CollectionBehavior(DisableTestParallelization = true)]
