using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using ContactCenter.Dashboard.Auth;
using Microsoft.AspNetCore.Hosting;

namespace ContactCenter.Api.Tests;

/// <summary>The host with a mail gateway key configured.</summary>
public sealed class EmailApiFactory : ApiFactory
{
    public const string GatewayKey = "test-gateway-key-0123456789";

    protected override void ConfigureMore(IWebHostBuilder builder)
    {
        builder.UseSetting(MailGatewayAuth.ConfigKey, GatewayKey);
        builder.UseSetting("Mail:Folder", Path.Combine(Path.GetTempPath(), "cc-email-api-tests"));
    }
}

/// <summary>Inbound email over HTTP (JSON and raw MIME), who may post it, fields named in 400s, and the routing rules API.</summary>
public sealed class EmailApiTests(EmailApiFactory factory) : IClassFixture<EmailApiFactory>
{
    private readonly ApiClient _supervisor = new(factory, "supervisor");

    private async Task<HttpResponseMessage> Inbound(HttpContent content, string? key = EmailApiFactory.GatewayKey)
    {
        var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/email/inbound") { Content = content };
        if (key is not null) request.Headers.Add(MailGatewayAuth.Header, key);
        return await client.SendAsync(request);
    }

    private static HttpContent Json(object body) => JsonContent.Create(body);

    private static object Mail(string from, string? messageId = null, string? inReplyTo = null, object? references = null) => new
    {
        from, to = "support@center.example", subject = "Invoice is wrong", body = "I was charged twice.",
        messageId = messageId ?? $"<{Guid.NewGuid():N}@mail.example.com>", inReplyTo, references,
    };

    private async Task<string> RouteEverythingToANewQueue()
    {
        var queue = await _supervisor.NewQueue(ApiClient.Key("email"));
        var (status, _) = await _supervisor.Put("/api/email/rules", new { defaultQueueId = queue, rules = Array.Empty<object>() });
        Assert.Equal(HttpStatusCode.OK, status);
        return queue;
    }

    private static async Task<JsonNode> Body(HttpResponseMessage response) => JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    [Fact]
    public async Task A_json_email_opens_a_case_and_queues_an_interaction_and_the_same_message_id_answers_200_with_the_same_case()
    {
        var queue = await RouteEverythingToANewQueue();
        var mail = Mail($"buyer.{Guid.NewGuid():N}@mail.example.com");

        var first = await Inbound(Json(mail));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var accepted = await Body(first);
        var caseId = accepted["caseId"]!.GetValue<string>();
        Assert.Equal((queue, false), (accepted["queueId"]!.GetValue<string>(), accepted["threaded"]!.GetValue<bool>()));
        Assert.Equal($"/api/cases/{caseId}", first.Headers.Location!.OriginalString);

        var again = await Inbound(Json(mail));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal((caseId, true), ((await Body(again))["caseId"]!.GetValue<string>(), (await Body(again))["duplicate"]!.GetValue<bool>()));

        var read = (await _supervisor.Get($"/api/cases/{caseId}")).Body!;
        Assert.Equal("Email", read["origin"]!.GetValue<string>());
        Assert.Single(read["timeline"]!.AsArray(), e => e!["kind"]!.GetValue<string>() == "EmailReceived");
        var interaction = (await _supervisor.Get($"/api/interactions/{accepted["interactionId"]!.GetValue<string>()}")).Body!;
        Assert.Equal(("Email", "Queued"), (interaction["channel"]!.GetValue<string>(), interaction["status"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_raw_mime_message_is_parsed_with_its_html_body_as_text_and_threads_by_its_in_reply_to()
    {
        await RouteEverythingToANewQueue();
        var from = $"html.{Guid.NewGuid():N}@mail.example.com";
        var firstId = $"{Guid.NewGuid():N}@mail.example.com";
        var raw = $"""
            From: Hilda Html <{from}>
            To: support@center.example
            Subject: =?UTF-8?B?{Convert.ToBase64String(Encoding.UTF8.GetBytes("Größe falsch"))}?=
            Message-Id: <{firstId}>
            MIME-Version: 1.0
            Content-Type: text/html; charset=utf-8

            <html><head><style>p {"{"} color: red {"}"}</style></head><body><p>Hello &amp; thanks,</p><p>the <b>size</b> is wrong.</p><script>alert(1)</script></body></html>
            """.Replace("\n", "\r\n");

        var response = await Inbound(new StringContent(raw, Encoding.UTF8, "message/rfc822"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var caseId = (await Body(response))["caseId"]!.GetValue<string>();
        var read = (await _supervisor.Get($"/api/cases/{caseId}")).Body!;
        Assert.Equal("Größe falsch", read["subject"]!.GetValue<string>());
        var detail = read["timeline"]!.AsArray().Single(e => e!["kind"]!.GetValue<string>() == "EmailReceived")!["detail"]!.GetValue<string>();
        Assert.Contains("Hello & thanks,\nthe size is wrong.", detail);
        Assert.DoesNotContain("<", detail);
        Assert.DoesNotContain("alert", detail);
        Assert.DoesNotContain("color", detail);

        var answer = $"From: {from}\r\nTo: support@center.example\r\nSubject: Re: size\r\nMessage-Id: <{Guid.NewGuid():N}@mail.example.com>\r\n"
            + $"In-Reply-To: <{firstId}>\r\nReferences: <{firstId}>\r\n\r\nStill wrong.\r\n";
        var threaded = await Body(await Inbound(new StringContent(answer, Encoding.UTF8, "message/rfc822")));
        Assert.Equal((caseId, true), (threaded["caseId"]!.GetValue<string>(), threaded["threaded"]!.GetValue<bool>()));
    }

    [Theory]
    [InlineData("from")]
    [InlineData("body")]
    [InlineData("messageId")]
    [InlineData("references[1]")]
    public async Task Bad_fields_are_refused_with_400_naming_them(string field)
    {
        await RouteEverythingToANewQueue();
        object mail = field switch
        {
            "from" => new { from = "nobody", to = "support@center.example", subject = "s", body = "b", messageId = "<a1@x.example>" },
            "body" => new { from = "a@x.example", to = "support@center.example", subject = "s", body = "", messageId = "<a2@x.example>" },
            "messageId" => new { from = "a@x.example", to = "support@center.example", subject = "s", body = "b" },
            _ => Mail("a@x.example", references: new[] { "<ok@x.example>", "not an id" }),
        };
        var response = await Inbound(Json(mail));
        ApiClient.AssertFieldError((response.StatusCode, await Body(response)), field);
    }

    [Fact]
    public async Task Bad_json_and_a_mime_message_without_a_sender_are_400s_and_another_content_type_415()
    {
        var badJson = await Inbound(new StringContent("{\"from\": 12", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, badJson.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await Inbound(new StringContent("hello", Encoding.UTF8, "text/plain"))).StatusCode);
        var noFrom = await Inbound(new StringContent("To: a@x.example\r\nMessage-Id: <z@x.example>\r\n\r\nhi\r\n", Encoding.UTF8, "message/rfc822"));
        ApiClient.AssertFieldError((noFrom.StatusCode, await Body(noFrom)), "from");
    }

    [Fact]
    public async Task Only_the_gateway_key_or_an_admin_may_post_mail()
    {
        var mail = Mail("a@x.example");
        Assert.Equal(HttpStatusCode.Unauthorized, (await Inbound(Json(mail), key: null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Inbound(Json(mail), key: "wrong-key-wrong-key-wrong")).StatusCode);
        var supervisor = await factory.SignedIn("supervisor");
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.PostAsJsonAsync("/api/email/inbound", mail)).StatusCode);
    }

    [Fact]
    public async Task Rules_are_replaced_by_a_supervisor_refused_naming_the_field_read_back_and_audited()
    {
        var queue = await RouteEverythingToANewQueue();
        var rules = new
        {
            defaultQueueId = queue,
            rules = new object[] { new { name = "invoices", subjectKeywords = new[] { "invoice" }, queueId = queue, basePriority = 30 } },
        };
        var put = await _supervisor.Put("/api/email/rules", rules);
        Assert.Equal(HttpStatusCode.OK, put.Status);
        var read = (await _supervisor.Get("/api/email/rules")).Body!;
        Assert.Equal("invoices", read["rules"]![0]!["name"]!.GetValue<string>());
        Assert.Empty(read["rules"]![0]!["bodyKeywords"]!.AsArray());
        var audit = (await _supervisor.Get("/api/email/rules/audit")).Body!.AsArray();
        Assert.Contains(audit, e => e!["by"]!.GetValue<string>() == "supervisor" && e["field"]!.GetValue<string>() == "invoices");

        var bad = new { defaultQueueId = queue, rules = new object[] { new { name = "x", mailbox = "not-mail", queueId = queue } } };
        ApiClient.AssertFieldError(await _supervisor.Put("/api/email/rules", bad), "rules[0].mailbox");
        var analyst = new ApiClient(factory, "analyst");
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.Put("/api/email/rules", rules)).Status);
        Assert.Equal("invoices", (await _supervisor.Get("/api/email/rules")).Body!["rules"]![0]!["name"]!.GetValue<string>());
    }
}
