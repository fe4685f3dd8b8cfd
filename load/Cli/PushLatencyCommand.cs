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
        var output = new Option<FileInfo>("--out") { Description = "Where to write the JSON result.", DefaultValueFactory = _ => new FileInfo("push-latency.json") };
        var command = new Command("push-latency",
            "Time arrivals raised through the API until every signed-in wallboard page shows them; writes p50/p95 as JSON.")
        {
            url, user, password, pages, events, output,
        };
        command.SetAction((parse, ct) =>
        {
            var errors = new List<string>();
            if (parse.GetValue(pages) is < 1 or > 100) errors.Add("--pages must be between 1 and 100.");
            if (parse.GetValue(events) is < 1 or > 2000) errors.Add("--events must be between 1 and 2000.");
            if (!Uri.TryCreate(parse.GetValue(url), UriKind.Absolute, out var target) || !target.IsLoopback)
                errors.Add("--url must be an absolute loopback address (this tool sends traffic only to this machine).");
            if (errors.Count > 0)
            {
                foreach (var error in errors) Console.Error.WriteLine(error);
                return Task.FromResult(1);
            }
            return PushLatencyRun.RunAsync(new PushLatencyOptions(target!, parse.GetValue(user)!, parse.GetValue(password)!,
                parse.GetValue(pages), parse.GetValue(events), parse.GetValue(output)!), ct);
        });
        return command;
    }
}
