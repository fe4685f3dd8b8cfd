namespace ContactCenter.Load.Replay;

/// <summary>
/// Turns one row's fields into a verdict. Validation comes first so a malformed row is reported as
/// bad even when its outcome would have excluded it anyway; only well-formed rows are then sorted
/// into replayable calls and the documented quirks.
/// </summary>
internal static class TraceRowReader
{
    public static TraceRowVerdict Read(string[] fields, TraceHeader header)
    {
        if (fields.Length != header.FieldCount)
        {
            return TraceRowVerdict.Bad(TraceReasons.WrongFieldCount);
        }

        var r = new TraceFieldReader(fields, header);
        var callId = r.Id(TraceColumns.CallId);
        var customerId = r.Text(TraceColumns.CustomerId);
        var priority = r.Priority();
        var type = r.Text(TraceColumns.Type);
        var date = r.Date();
        var vruEntry = r.Clock(TraceColumns.VruEntry);
        var vruExit = r.Clock(TraceColumns.VruExit);
        r.Seconds(TraceColumns.VruTime);
        var queueStart = r.OptionalClock(TraceColumns.QueueStart);
        var queueExit = r.Clock(TraceColumns.QueueExit);
        var queueSeconds = r.Seconds(TraceColumns.QueueTime);
        var outcome = r.Outcome();
        var serviceStart = r.OptionalClock(TraceColumns.ServiceStart);
        var serviceExit = r.Clock(TraceColumns.ServiceExit);
        var serviceSeconds = r.Seconds(TraceColumns.ServiceTime);
        var server = r.Text(TraceColumns.Server);
        if (r.Problem is not null)
        {
            return TraceRowVerdict.Bad(r.Problem);
        }

        DateTimeOffset At(TimeSpan clock) => TraceClock.OnCallTimeline(date, vruEntry, clock);
        DateTimeOffset? AtOptional(TimeSpan? clock) => clock is { } c ? At(c) : null;

        if (queueStart is { } qs && At(queueExit) < At(qs))
        {
            return TraceRowVerdict.Bad(TraceReasons.QueueEndsBeforeStart);
        }

        if (serviceStart is { } ss && At(serviceExit) < At(ss))
        {
            return TraceRowVerdict.Bad(TraceReasons.ServiceEndsBeforeStart);
        }

        var named = server != TraceColumns.NoServer;
        var call = new TraceCall(
            callId, customerId, priority == 0 ? 1 : priority, type, At(vruExit),
            queueStart is null ? 0 : queueSeconds, TraceOutcome.Answered, serviceSeconds,
            named ? server : null, AtOptional(serviceStart), serviceStart is null ? null : At(serviceExit));

        return outcome switch
        {
            TraceOutcomeCode.Phantom => TraceRowVerdict.Excluded(TraceReasons.Phantom),
            TraceOutcomeCode.Hang when queueStart is null => TraceRowVerdict.Excluded(TraceReasons.HungUpInVru),
            TraceOutcomeCode.Hang => TraceRowVerdict.Usable(call with
            {
                Outcome = TraceOutcome.Abandoned,
                ServiceSeconds = 0,
                Server = null,
                ServiceStartedAt = null,
                ServiceEndedAt = null,
            }),
            _ when !named => TraceRowVerdict.Excluded(TraceReasons.AgentWithoutServer),
            _ when serviceStart is null && serviceSeconds == 0 => TraceRowVerdict.Excluded(TraceReasons.NoRecordedService),
            _ when serviceSeconds == 0 => TraceRowVerdict.Excluded(TraceReasons.ZeroServiceTime),
            _ => TraceRowVerdict.Usable(call),
        };
    }
}
