using Spectre.Console;
using System.CommandLine;
using ContactCenter.Load.Cli;

// Redirected output (CI, files) has no terminal width; tables would wrap at 80 columns.
if (Console.IsOutputRedirected) AnsiConsole.Profile.Width = 200;
var root = new RootCommand("Contact-center load tool: benchmarks and load scenarios against an in-process cluster, and a failover measurement against a running one.");
root.Subcommands.Add(BenchCommand.Create());
root.Subcommands.Add(PushLatencyCommand.Create());
root.Subcommands.Add(RunCommand.Create());
root.Subcommands.Add(ReplayCommand.Create());
root.Subcommands.Add(FailoverCommand.Create());
root.Subcommands.Add(ChurnCompareCommand.Create());
root.Subcommands.Add(ChurnBenchCommand.Create());
root.Subcommands.Add(CasesCommand.Create());
root.Subcommands.Add(IndexBenchCommand.Create());
root.Subcommands.Add(KnowledgeBenchCommand.Create());
root.Subcommands.Add(MemoryCommand.Create());
root.Subcommands.Add(MixedCommand.Create());
return await root.Parse(args).InvokeAsync();
