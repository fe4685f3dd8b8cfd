using Bunit;
using ContactCenter.Dashboard.Components.Pages;
using ContactCenter.Dashboard.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContactCenter.Dashboard.Tests.Analyst;

/// <summary>
/// The model page rendered by bUnit on the dashboard's real embedded cluster, with its own training job service,
/// so each test starts with no job. Waiting is on the job's own task, never on time.
/// </summary>
public abstract class ModelPageContext : IAsyncLifetime
{
    protected ModelPageContext(DashboardFactory factory)
    {
        Grains = factory.Services.GetRequiredService<IGrainFactory>();
        Jobs = new ChurnTrainingJobs(Grains, TimeProvider.System, NullLogger<ChurnTrainingJobs>.Instance);
        Bunit = AnalystPages.Context(factory, services => services.AddSingleton(Jobs));
    }

    protected BunitContext Bunit { get; }
    protected IGrainFactory Grains { get; }
    protected ChurnTrainingJobs Jobs { get; }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        Jobs.Cancel();
        await Jobs.Running.ContinueWith(_ => { }, TaskScheduler.Default);
        Jobs.Dispose();
        await Bunit.DisposeAsync();
    }

    protected Task<string?> PromotedVersion() => Grains.GetGrain<IChurnModelGrain>(ChurnIndex.ModelKey).GetVersion();

    protected IRenderedComponent<ChurnModelPage> RenderPage()
    {
        var page = Bunit.Render<ChurnModelPage>();
        page.WaitForElement("[data-testid=current-model] [data-testid=no-model], [data-testid=current-summary]", AnalystPages.Soon);
        return page;
    }

    protected static void Upload(IRenderedComponent<ChurnModelPage> page, string csv, string name = "outside.csv") =>
        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(csv, name));

    /// <summary>Clicks a button of the open dialog by its exact text.</summary>
    protected static void ClickDialogButton(IRenderedComponent<ChurnModelPage> page, string text) =>
        page.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == text).Click();
}
