using System.CommandLine;
using ContactCenter.Load.Cli;

var root = new RootCommand("Contact-center load tool: benchmarks and load scenarios against an in-process cluster.");
root.Subcommands.Add(BenchCommand.Create());
root.Subcommands.Add(PushLatencyCommand.Create());
root.Subcommands.Add(RunCommand.Create());
root.Subcommands.Add(ReplayCommand.Create());
return await root.Parse(args).InvokeAsync();
