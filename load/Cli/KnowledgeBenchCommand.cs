using System.CommandLine;
using ContactCenter.Load.KnowledgeBench;

namespace ContactCenter.Load.Cli;

/// <summary>`knowledge-bench [--articles 10000] [--searches 2000] [--seed 42]`: knowledge search latency, p50/p90/p99.</summary>
internal static class KnowledgeBenchCommand
{
    public static Command Create()
    {
        var articles = CliOptions.Positive("--articles", "Published articles to search.", 10_000, max: 1_000_000);
        var searches = CliOptions.Positive("--searches", "Timed searches of each kind.", 2_000, max: 1_000_000);
        var seed = new Option<int>("--seed") { Description = "Seed of the generated articles and queries.", DefaultValueFactory = _ => 42 };
        var command = new Command("knowledge-bench", "Time knowledge search (Lucene.Net, re-ranked by usage) over many published articles.") { articles, searches, seed };
        command.SetAction((parse, ct) => KnowledgeBenchRunner.RunAsync(parse.GetValue(articles), parse.GetValue(searches), parse.GetValue(seed), ct));
        return command;
    }
}
