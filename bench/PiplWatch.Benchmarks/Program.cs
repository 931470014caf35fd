using BenchmarkDotNet.Running;

// Kernels of PiplWatch measured with BenchmarkDotNet; figures and the commands that produced them are in BENCHMARKS.md.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
