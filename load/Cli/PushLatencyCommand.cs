using System.CommandLine;
using ContactCenter.Load.PushLatency;

namespace ContactCenter.Load.Cli;

/// <summary>`push-latency`: from a grain event to the change visible in many browsers' DOM.</summary>
internal static class PushLatencyCommand
{
    public static Command Create()
    {
        var url = new Option<string>("--url") { Description = "A running dashboard on loopback.", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var user = new Option<string>("--user") { Description = "A supervisor user.", DefaultValueFactory = _ => "supervisor" };
        var password = new Option<string>("--password") { Description = "Its password.", DefaultValueFactory = _ => "demo" };
        var pages = new Option<int>("--pages") { Description = "Browser pages watching the wallboard.", DefaultValueFactory = _ => 20 };
        var events = new Option<int>("--events") { Description = "Queue changes to time.", DefaultValueFactory = _ => 200 };
        var connections = new Option<int>("--connections")
        {
            Description = "Browserless mode: this many SignalR clients on /hubs/live instead of browser pages (half JoinAll, half JoinAgent).",
        };
        var agentChanges = new Option<int>("--agent-changes") { Description = "Browserless mode: probe agents renamed per round.", DefaultValueFactory = _ => 50 };
        var circuits = new Option<int>("--circuits")
        {
            Description = "Instead: open this many wallboards, then agent consoles, in headless Chromium and report the dashboard's memory per Blazor circuit (--user must be an admin).",
        };
        var agentUser = new Option<string>("--agent-user") { Description = "With --circuits: the agent user whose console is opened.", DefaultValueFactory = _ => "agent-064" };
        var output = new Option<FileInfo>("--out") { Description = "Where to write the JSON result.", DefaultValueFactory = _ => new FileInfo("push-latency.json") };
        var command = new Command("push-latency",
            "Time changes raised through the API until every signed-in wallboard page (or, with --connections, every SignalR client) has them; writes p50/p95 as JSON.")
        {
            url, user, password, pages, events, connections, agentChanges, circuits, agentUser, output,
        };
        command.SetAction((parse, ct) =>
        {
            var errors = new List<string>();
            if (parse.GetValue(pages) is < 1 or > 100) errors.Add("--pages must be between 1 and 100.");
            if (parse.GetValue(connections) is < 0 or > 20_000) errors.Add("--connections must be between 0 (browser mode) and 20000.");
            if (parse.GetValue(agentChanges) is < 0 or > 1000) errors.Add("--agent-changes must be between 0 and 1000.");
            if (parse.GetValue(circuits) is < 0 or > 50) errors.Add("--circuits must be between 0 and 50.");
            if (parse.GetValue(events) is < 1 or > 2000) errors.Add("--events must be between 1 and 2000.");
            if (!Uri.TryCreate(parse.GetValue(url), UriKind.Absolute, out var target) || !target.IsLoopback)
                errors.Add("--url must be an absolute loopback address (this tool sends traffic only to this machine).");
            if (errors.Count > 0)
            {
                foreach (var error in errors) Console.Error.WriteLine(error);
                return Task.FromResult(1);
            }
            if (parse.GetValue(circuits) > 0)
                return CircuitMemoryRun.RunAsync(target!, parse.GetValue(user)!, parse.GetValue(password)!, parse.GetValue(agentUser)!,
                    parse.GetValue(circuits), parse.GetValue(output), ct);
            if (parse.GetValue(connections) > 0)
                return HubProbeRun.RunAsync(new HubProbeOptions(target!, parse.GetValue(user)!, parse.GetValue(password)!,
                    parse.GetValue(connections), parse.GetValue(events), parse.GetValue(agentChanges), parse.GetValue(output)), ct);
            return PushLatencyRun.RunAsync(new PushLatencyOptions(target!, parse.GetValue(user)!, parse.GetValue(password)!,
                parse.GetValue(pages), parse.GetValue(events), parse.GetValue(output)!), ct);
        });
        return command;
    }
}
