using ContactCenter.Grains.Live;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ContactCenter.Tests.Live;

public sealed class LivePublisherChatTests
{
    private sealed class Recorder : ILiveSubscriber
    {
        public List<LiveBatch> Batches { get; } = [];

        public Task OnLive(LiveBatch batch)
        {
            Batches.Add(batch);
            return Task.CompletedTask;
        }
    }

    private sealed class Fixed(params ILiveSubscriber[] subscribers) : ILiveSubscriberSource
    {
        public Task<IReadOnlyList<ILiveSubscriber>> GetAsync() => Task.FromResult<IReadOnlyList<ILiveSubscriber>>(subscribers);
    }

    private static ChatEvent Typing(string chat, bool typing) =>
        new(chat, ChatEventKind.Typing, DateTimeOffset.UnixEpoch, Typist: ChatSender.Customer, Typing: typing);

    [Fact]
    public async Task A_newcomer_gets_the_chat_events_of_its_first_tick_with_everything_else()
    {
        var recorder = new Recorder();
        var publisher = new LivePublisher(new Fixed(recorder), new FakeTimeProvider(), NullLogger<LivePublisher>.Instance);
        publisher.Publish(Typing("chat-a", true));
        await publisher.FlushAsync();
        Assert.Equal("chat-a", Assert.Single(Assert.Single(recorder.Batches).Chats!).InteractionId);
    }

    [Fact]
    public async Task Chat_events_are_all_sent_once_in_order_even_when_they_repeat()
    {
        var recorder = new Recorder();
        var publisher = new LivePublisher(new Fixed(recorder), new FakeTimeProvider(), NullLogger<LivePublisher>.Instance);
        await publisher.FlushAsync();
        recorder.Batches.Clear();
        publisher.Publish(Typing("chat-a", true));
        publisher.Publish(Typing("chat-a", false));
        publisher.Publish(Typing("chat-a", true));
        publisher.Publish(Typing("chat-b", true));
        await publisher.FlushAsync();
        Assert.Null(await publisher.FlushAsync());
        var batch = Assert.Single(recorder.Batches);
        Assert.Equal([("chat-a", true), ("chat-a", false), ("chat-a", true), ("chat-b", true)],
            batch.Chats!.Select(c => (c.InteractionId, c.Typing)));
    }
}
