using System.Net;
using ContactCenter.TestSupport;

namespace ContactCenter.Cluster.Tests.Infrastructure;

/// <summary>A dashboard process joining the Redis-backed cluster as a client, with one configured supervisor.</summary>
public sealed class DashboardProcess(ProductProcess process, Uri address) : IAsyncDisposable
{
    public const string User = "watcher";
    public const string Password = "watch-1234";

    public Uri Address { get; } = address;
    public bool Running => process.Running;
    public int ProcessId => process.Id;
    public string Log() => process.Log();

    /// <summary>Starts a dashboard and waits until it serves: ready (a silo answers) or, with waitForSilo false, merely alive.</summary>
    public static async Task<DashboardProcess> StartAsync(string redis, string clusterId, string logDirectory, bool waitForSilo = true)
    {
        var hash = await ProductProcess.RunAsync("dashboard", "ContactCenter.Dashboard.dll", "hash-password", Password);
        var port = LoopbackPorts.Free();
        var process = ProductProcess.Start("dashboard", "ContactCenter.Dashboard.dll", ["--urls", $"http://127.0.0.1:{port}"], new Dictionary<string, string>
        {
            ["Redis__ConnectionString"] = redis,
            ["Orleans__ClusterId"] = clusterId,
            ["Orleans__ServiceId"] = clusterId,
            ["Users__0__Name"] = User,
            ["Users__0__PasswordHash"] = hash,
            ["Users__0__Roles__0"] = "Supervisor",
            // Its own home, as on another machine: otherwise dashboards of one user share ~/.aspnet's keys by accident.
            ["HOME"] = Directory.CreateDirectory(Path.Combine(logDirectory, $"home-{port}")).FullName,
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__ContactCenter"] = "Information",
        }, Path.Combine(logDirectory, $"dashboard-{port}.log"));
        var dashboard = new DashboardProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        using var http = new HttpClient { BaseAddress = dashboard.Address };
        var probe = waitForSilo ? "/readyz" : "/healthz";
        await Poll.Until(async () => (await http.GetAsync(probe)).StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(90), $"dashboard on {port} to answer {probe}", () => process.Tail());
        return dashboard;
    }

    /// <summary>Signs in through the real login form and returns the cookie header for other clients (SignalR).</summary>
    public async Task<string> SignInCookieAsync()
    {
        var cookies = new CookieContainer();
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = Address };
        var response = await LoginForm.SignInAsync(browser, User, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return cookies.GetCookieHeader(Address);
    }

    public Task KillAsync() => process.KillAsync();

    public ValueTask DisposeAsync() => process.DisposeAsync();
}
