using System.CommandLine;
using ContactCenter.Load.Mixed;

namespace ContactCenter.Load.Cli;

/// <summary>`mixed [--calls N] [--callbacks N] [--chats N --messages M] [--emails N] [--agents N] [--out results/mixed.json]`.</summary>
internal static class MixedCommand
{
    public static Command Create()
    {
        var d = new MixedOptions();
        var calls = Int("--calls", "Voice calls", d.Calls);
        var callbacks = Int("--callbacks", "Callers who choose a callback as soon as possible", d.Callbacks);
        var chats = Int("--chats", "Chats (needs the chat grains)", d.Chats);
        var messages = Int("--messages", "Customer messages per chat, each answered by the agent", d.MessagesPerChat);
        var emails = Int("--emails", "Inbound emails (needs the email grains)", d.Emails);
        var agents = Int("--agents", "Simulated agents serving every channel", d.Agents);
        var chatCapacity = Int("--chat-capacity", "Chats an agent holds at once", d.ChatCapacity);
        var arrival = Num("--arrival-seconds", "Arrivals are spread over this many seconds", d.ArrivalSeconds);
        var handle = Num("--handle-seconds", "Mean talk or email handle time (exponential)", d.HandleSeconds);
        var think = Num("--think-seconds", "An agent's time to answer a chat message", d.ThinkSeconds);
        var drain = Num("--drain-seconds", "After the last arrival, wait at most this long for work to end", d.DrainSeconds);
        var output = new Option<FileInfo>("--out") { Description = "Where to write the JSON result; the Markdown table goes beside it.", DefaultValueFactory = _ => new FileInfo("results/mixed.json") };
        var command = new Command("mixed", "A mixed-channel scenario (calls, callbacks, chats with several messages, emails) on an in-process cluster: per-channel service level, ASA and agent occupancy.")
        {
            calls, callbacks, chats, messages, emails, agents, chatCapacity, arrival, handle, think, drain, output,
        };
        command.SetAction((parse, ct) => MixedRunner.RunAsync(d with
        {
            Calls = parse.GetValue(calls), Callbacks = parse.GetValue(callbacks), Chats = parse.GetValue(chats), MessagesPerChat = parse.GetValue(messages),
            Emails = parse.GetValue(emails), Agents = parse.GetValue(agents), ChatCapacity = parse.GetValue(chatCapacity), ArrivalSeconds = parse.GetValue(arrival),
            HandleSeconds = parse.GetValue(handle), ThinkSeconds = parse.GetValue(think), DrainSeconds = parse.GetValue(drain),
        }, parse.GetValue(output)!, ct));
        return command;
    }

    private static Option<int> Int(string name, string description, int value) => new(name) { Description = description, DefaultValueFactory = _ => value };

    private static Option<double> Num(string name, string description, double value) => new(name) { Description = description, DefaultValueFactory = _ => value };
}
