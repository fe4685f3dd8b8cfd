using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace ContactCenter.Api.Tests.Fuzz;

/// <summary>
/// Issue 12's fuzzer as a test: a seeded stream of hostile and mutated requests over every API endpoint the app
/// maps (found in its EndpointDataSource) and the sign-in form, signed in as admin. No answer may be a 5xx, and
/// for every refused request the state read before and after is identical.
/// </summary>
[Collection(FuzzCollection.Name)]
public sealed class ApiFuzzTests(FuzzFactory factory, ITestOutputHelper output)
{
    private const int Seed = 12_2026;
    private const int Requests = 10_000;
    private const int SignInEvery = 40;
    private const int ListWindow = 10;
    private static readonly TimeSpan Budget = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task Ten_thousand_hostile_requests_get_no_5xx_and_no_refusal_changes_state()
    {
        using var admin = await factory.SignedIn("admin");
        var endpoints = EndpointCatalog.Api(factory.Services);
        Assert.Contains(endpoints, e => e.ToString() == "PUT /api/queues/{id}");
        var random = new Random(Seed);
        var pool = new FuzzPool(random);
        var bodies = new ValidBodies(random, pool);
        var probe = new StateProbe(admin);
        var gets = endpoints.Where(e => e.Method == "GET").Select(e => e.Pattern).ToHashSet(StringComparer.Ordinal);
        await SeedPool(admin, bodies, endpoints);

        var failures = new List<string>();
        var statuses = new SortedDictionary<int, int>();
        var (refusals, signIns) = (0, 0);
        var clock = Stopwatch.StartNew();
        var sendTime = TimeSpan.Zero;
        var uncheckedLists = 0;
        // The lists are compared across windows of requests that changed nothing; an accepted change starts a new window.
        var lists = await Settled(probe);
        var window = new List<string>();
        var n = 0;
        for (; n < Requests; n++)
        {
            Assert.True(clock.Elapsed < Budget, $"the fuzzer ran out of time after {n} requests");
            if (n % SignInEvery == 0)
            {
                signIns++;
                Count(statuses, await SignInAttempt(random, failures));
                continue;
            }
            var endpoint = endpoints[random.Next(endpoints.Count)];
            var (path, segments, hostileRoute) = Fill(endpoint, random, pool);
            var (body, contentType, hostileBody) = endpoint.HasBody ? Body(endpoint, random, bodies) : (null, null, false);
            // A request that may well be accepted closes the window first, so an acceptance never lands inside one.
            if (endpoint.Method != "GET" && !hostileRoute && !hostileBody) await CloseWindow();
            var entity = endpoint.Method == "GET" ? null : StateProbe.EntityPath(endpoint, gets, segments) ?? StateProbe.CreatedEntity(endpoint, body);
            var before = await probe.Entity(entity);
            var sending = Stopwatch.StartNew();
            var status = await Send(admin, endpoint.Method, path, body, contentType, failures);
            sendTime += sending.Elapsed;
            Count(statuses, status);
            var what = $"#{n} {endpoint.Method} {Excerpt(path)} {Excerpt(body is null ? "" : Encoding.UTF8.GetString(body))} → {status}";
            if (status >= 500) failures.Add($"5xx: {what}");
            if (status >= 400)
            {
                refusals++;
                window.Add(what);
                if (await probe.EntityNow(entity) != before) failures.Add($"a refusal changed {entity}: {what}");
            }
            else if (endpoint.Method != "GET")
            {
                // Accepted although it looked hostile: the lists cannot tell the window's refusals from this change.
                uncheckedLists += window.Count;
                window.Clear();
                lists = await Settled(probe);
                probe.Forget();
                continue;
            }
            if (window.Count >= ListWindow) await CloseWindow();
            if (failures.Count > 20) break;
        }
        await CloseWindow();

        async Task CloseWindow()
        {
            if (window.Count == 0) return;
            var now = await probe.ReadLists();
            if (now != lists) failures.Add($"one of these refusals changed the lists:\n  {string.Join("\n  ", window)}\n  {Difference(lists, now)}");
            (lists, window) = (now, []);
        }

        output.WriteLine($"{n} requests ({signIns} sign-ins) over {endpoints.Count} endpoints in {clock.Elapsed.TotalSeconds:0.0} s ({sendTime.TotalSeconds:0.0} s sending); " +
            $"{refusals} refusals checked with {probe.Reads} state reads ({uncheckedLists} only against their entity); statuses: {string.Join(", ", statuses.Select(s => $"{s.Key}×{s.Value}"))}");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
        Assert.True(refusals > Requests / 4, $"only {refusals} refusals: the fuzzer is not hostile enough");
        Assert.True(uncheckedLists < refusals / 20, $"{uncheckedLists} of {refusals} refusals were not compared against the lists");
    }

    /// <summary>A few valid entities, so that valid ids reach real state.</summary>
    private async Task SeedPool(HttpClient admin, ValidBodies bodies, IReadOnlyList<FuzzEndpoint> endpoints)
    {
        foreach (var (queue, skill) in FuzzPool.Queues.Zip(FuzzPool.Skills))
            await Expect(admin, "PUT", $"/api/queues/{queue}",
                $$"""{"name":"{{queue}}","requiredSkills":[{"skill":"{{skill}}","minProficiency":1}],"serviceLevel":{"percent":80,"thresholdSeconds":20},"maxWaitSeconds":300}""");
        foreach (var agent in FuzzPool.Agents)
            await Expect(admin, "PUT", $"/api/agents/{agent}", Hostile.Serialize(bodies.For(endpoints.Single(e => e.ToString() == "PUT /api/agents/{id}"))));
        await Expect(admin, "PUT", "/api/entry-rules", Hostile.Serialize(bodies.For(endpoints.Single(e => e.ToString() == "PUT /api/entry-rules"))));
        foreach (var agent in FuzzPool.Agents.Take(2))
        {
            await Expect(admin, "POST", $"/api/agents/{agent}/login", "{}");
            await Expect(admin, "POST", $"/api/agents/{agent}/ready", "{}");
        }
        foreach (var (call, i) in FuzzPool.Interactions.Take(6).Select((c, i) => (c, i)))
            await Expect(admin, "POST", "/api/interactions",
                $$"""{"interactionId":"{{call}}","channel":"Voice","queueId":"{{FuzzPool.Queues[i % 4]}}","customerId":"{{FuzzPool.Customers[i % 3]}}"}""");
        // Cases need known customers; started cases, so the breach predictor leaves them alone while the clock is stopped.
        var grains = factory.Services.GetRequiredService<IGrainFactory>();
        foreach (var customer in FuzzPool.Customers)
            await grains.GetGrain<ContactCenter.Contracts.ICustomerGrain>(customer).Upsert(new(customer, "Fuzz customer", 5_000, factory.Time.GetUtcNow().AddYears(-1)));
        foreach (var (id, i) in FuzzPool.Cases.Select((c, i) => (c, i)))
        {
            await Expect(admin, "POST", "/api/cases",
                $$"""{"caseId":"{{id}}","customerId":"{{FuzzPool.Customers[i]}}","subject":"Fuzz case","queueId":"{{FuzzPool.Queues[i]}}","interactionId":"{{FuzzPool.Interactions[i]}}"}""");
            await Expect(admin, "POST", $"/api/cases/{id}/status", """{"status":"InProgress"}""");
        }
    }

    private static async Task Expect(HttpClient admin, string method, string path, string json)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        using var response = await admin.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Route values: mostly ids from the pool, some unknown, a third hostile.</summary>
    private static (string Path, Dictionary<string, string> Segments, bool Hostile) Fill(FuzzEndpoint endpoint, Random random, FuzzPool pool)
    {
        var path = endpoint.Pattern;
        var segments = new Dictionary<string, string>(StringComparer.Ordinal);
        var hostile = false;
        foreach (var name in endpoint.Parameters)
        {
            var roll = random.Next(10);
            hostile |= roll >= 7;
            var segment = roll < 6 ? pool.For(endpoint.Pattern) : roll < 7 ? pool.Unknown() : Hostile.PathSegment(random, Hostile.Id(random, inPath: true));
            segments[name] = segment;
            path = path.Replace($"{{{name}}}", segment);
        }
        return (path, segments, hostile);
    }

    private static (byte[] Body, string? ContentType, bool Hostile) Body(FuzzEndpoint endpoint, Random random, ValidBodies bodies)
    {
        var roll = random.Next(10);
        var contentType = random.Next(4) == 0 ? Hostile.ContentType(random) : "application/json";
        var hostileType = contentType is not ("application/json" or "application/json; charset=utf-8");
        if (roll < 2) return (Hostile.Body(random), contentType, true);
        var body = bodies.For(endpoint);
        var mutations = roll < 5 ? 0 : roll < 8 ? 1 : random.Next(2, 5);
        for (var i = 0; i < mutations; i++) body = bodies.Mutate(body);
        return (Encoding.UTF8.GetBytes(Hostile.Serialize(body)), contentType, hostileType || mutations >= 2);
    }

    private static async Task<int> Send(HttpClient http, string method, string path, byte[]? body, string? contentType, List<string> failures)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            if (contentType is not null) request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }
        try
        {
            using var response = await http.SendAsync(request);
            await response.Content.LoadIntoBufferAsync();
            return (int)response.StatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException or IOException)
        {
            failures.Add($"the request failed without an answer: {method} {Excerpt(path)}: {e.GetType().Name}: {e.Message}");
            return 599;
        }
    }

    /// <summary>The sign-in form with hostile user names, passwords, return URLs and tokens; it must never fail with a 5xx.</summary>
    private async Task<int> SignInAttempt(Random random, List<string> failures)
    {
        using var browser = factory.NewBrowser();
        var returnUrl = ReturnUrls[random.Next(ReturnUrls.Length)];
        using var page = await browser.GetAsync($"/login?returnUrl={Uri.EscapeDataString(returnUrl)}");
        if ((int)page.StatusCode >= 500) failures.Add($"5xx: GET /login?returnUrl={Excerpt(returnUrl)}");
        var html = await page.Content.ReadAsStringAsync();
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var form = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = random.Next(10) == 0 ? "garbage" : token,
            ["UserName"] = random.Next(3) == 0 ? "admin" : Hostile.Id(random, inPath: false),
            ["Password"] = random.Next(2) == 0 ? ApiFactory.Password : Hostile.Id(random, inPath: false),
            ["ReturnUrl"] = returnUrl,
        };
        using var response = await browser.PostAsync("/account/login", new FormUrlEncodedContent(form));
        var status = (int)response.StatusCode;
        var location = response.Headers.Location?.OriginalString;
        if (status >= 500) failures.Add($"5xx: sign-in as {Excerpt(form["UserName"])} to {Excerpt(returnUrl)} → {status}");
        else if (location is not null && (!location.StartsWith('/') || location.StartsWith("//") || location.StartsWith("/\\")))
            failures.Add($"sign-in redirected off the site: {Excerpt(returnUrl)} → {location}");
        return status;
    }

    private static readonly string[] ReturnUrls =
        ["/", "/\t/x", "/\u0001", "//evil.example", "/\\evil.example", "http://evil.example", "/café", "/a\r\nSet-Cookie: x=y", "", " ",
         "/" + new string('a', 10_000), "/wallboard?x=<script>", "/%00", "javascript:alert(1)", "/a\0b"];

    /// <summary>Reads the lists until two reads agree, so work an accepted request set going has landed.</summary>
    private static async Task<string> Settled(StateProbe probe)
    {
        var last = await probe.ReadLists();
        for (var i = 0; i < 20; i++)
        {
            var next = await probe.ReadLists();
            if (next == last) return next;
            last = next;
        }
        return last;
    }

    private static void Count(SortedDictionary<int, int> statuses, int status) => statuses[status] = statuses.GetValueOrDefault(status) + 1;

    private static string Difference(string before, string after)
    {
        var at = 0;
        while (at < before.Length && at < after.Length && before[at] == after[at]) at++;
        var from = Math.Max(0, at - 200);
        return $"before: …{before[from..Math.Min(before.Length, at + 200)]}…\n  after:  …{after[from..Math.Min(after.Length, at + 200)]}…";
    }

    private static string Excerpt(string text) => text.Length <= 160 ? text : $"{text[..160]}…({text.Length} chars)";
}
